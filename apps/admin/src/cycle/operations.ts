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
  mutation SubmitMonth($year: Int!, $month: Int!, $narratives: [NarrativeInput!]) {
    submitMonth(year: $year, month: $month, narratives: $narratives) {
      ...SubmissionFields
    }
  }
`);

export const SaveMonthNarrativeMutation = graphql(`
  mutation SaveMonthNarrative($year: Int!, $month: Int!, $entries: [NarrativeInput!]!) {
    saveMonthNarrative(year: $year, month: $month, entries: $entries) {
      entityCode
      year
      month
      version
    }
  }
`);

/** One month of one entity with its content: activities, executions and files, narrative, comments, versions. */
export const MonthReportQuery = graphql(`
  query MonthReport($entityCode: String!, $year: Int!, $month: Int!, $asOf: String!) {
    monthReport(entityCode: $entityCode, year: $year, month: $month) {
      entityCode
      entityName
      year
      month
      status
      version
      editable
      comment
      submittedAt
      submittedBy
      reviewedAt
      reviewedBy
      activities {
        planned
        delayed
        requiredFields
        activity {
          code
          year
          name
          target {
            value
            unit
          }
          progress(asOf: $asOf) {
            achieved
            percentOfTarget
          }
        }
        executions {
          id
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
          evidence {
            id
            fileName
            downloadPath
          }
        }
        draft {
          achievements
          difficulties
          correctiveActions
          updatedAt
          updatedBy
        }
        sent {
          achievements
          difficulties
          correctiveActions
        }
        comments {
          version
          activityCode
          comment
          author
          createdAt
        }
      }
      versions {
        version
        entries {
          activityCode
          achievements
          difficulties
          correctiveActions
          updatedAt
          updatedBy
        }
        comments {
          activityCode
          comment
          author
          createdAt
        }
      }
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
  mutation ReturnMonth($entityCode: String!, $year: Int!, $month: Int!, $comment: String, $activityComments: [ActivityCommentInput!]) {
    returnMonth(entityCode: $entityCode, year: $year, month: $month, comment: $comment, activityComments: $activityComments) {
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
