import { graphql } from '../gql';

export const ConsolidatedReportQuery = graphql(`
  query ConsolidatedReport($year: Int!, $asOf: String!) {
    consolidatedReport(year: $year, asOf: $asOf) {
      year
      asOf
      totals {
        activities
        averagePercentOfTarget
        targetsMet
        withDelays
        behind
        reachedAuthorities
      }
      activities {
        code
        name
        objectiveCode
        entities
        strategyObjectives
        originalTargetValue
        targetValue
        targetUnit
        achieved
        percentOfTarget
        expectedPercent
        met
        behind
        executions
        executionsWithEvidence
        plannedMonths
        executedMonths
        delayedMonths
      }
      byObjective {
        ...ReportGroupFields
      }
      byEntity {
        ...ReportGroupFields
      }
      byStrategyObjective {
        ...ReportGroupFields
      }
      byOffice {
        ...ReachFields
      }
      byDepartment {
        ...ReachFields
      }
      alerts {
        ...AlertFields
      }
    }
  }
`);

export const ReportGroupFieldsFragment = graphql(`
  fragment ReportGroupFields on ReportGroup {
    key
    label
    activities
    averagePercentOfTarget
    targetsMet
    withDelays
    behind
    executions
    executionsWithEvidence
  }
`);

export const ReachFieldsFragment = graphql(`
  fragment ReachFields on ReachRow {
    key
    label
    reached
    inRegister
  }
`);

export const AlertFieldsFragment = graphql(`
  fragment AlertFields on Alert {
    kind
    activityCode
    message
  }
`);

/** The coordination dashboard's alerts: the report's alerts only. */
