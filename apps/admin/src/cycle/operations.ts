import { graphql } from '../gql';

export const SubmissionFieldsFragment = graphql(`
  fragment SubmissionFields on MonthlySubmission {
    entityCode
    year
    month
    status
    comment
    submittedAt
    submittedBy
    reviewedAt
    reviewedBy
    hasActivities
  }
`);

/** Entity × month: all 84 cells for the coordination, its own 12 for a focal point. */
export const MonthlySubmissionsQuery = graphql(`
  query MonthlySubmissions($year: Int!) {
    monthlySubmissions(year: $year) {
      ...SubmissionFields
    }
  }
`);

/** How many executions each month has, over the activities the viewer sees (its entity's). */
export const ExecutionsPerMonthQuery = graphql(`
  query ExecutionsPerMonth($year: Int!, $asOf: String!) {
    activities(year: $year) {
      code
      year
      months(asOf: $asOf) {
        month
        executions
      }
    }
  }
`);

export const SubmitMonthMutation = graphql(`
  mutation SubmitMonth($year: Int!, $month: Int!) {
    submitMonth(year: $year, month: $month) {
      ...SubmissionFields
    }
  }
`);

export const ApproveMonthMutation = graphql(`
  mutation ApproveMonth($entityCode: String!, $year: Int!, $month: Int!) {
    approveMonth(entityCode: $entityCode, year: $year, month: $month) {
      ...SubmissionFields
    }
  }
`);

export const ReturnMonthMutation = graphql(`
  mutation ReturnMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {
    returnMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {
      ...SubmissionFields
    }
  }
`);

export const ReopenMonthMutation = graphql(`
  mutation ReopenMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String!) {
    reopenMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment) {
      ...SubmissionFields
    }
  }
`);

/** What the coordination reviews of one month of one entity: its executions, and its activities' month. */
export const MonthContentQuery = graphql(`
  query MonthContent($entityCode: String!, $year: Int!, $month: Int!, $asOf: String!) {
    executions(entityCode: $entityCode, year: $year, monthFrom: $month, monthTo: $month, first: 200) {
      totalCount
      nodes {
        id
        activityCode
        date
        title
        place
        participantCount
        evidenceUrl
        recordedBy {
          entity {
            code
            shortName
          }
        }
      }
    }
    activities(year: $year) {
      code
      year
      name
      entities {
        code
      }
      months(asOf: $asOf) {
        month
        planned
        status
      }
    }
  }
`);
