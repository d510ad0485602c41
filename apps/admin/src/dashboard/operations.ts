import { graphql } from '../gql';

/**
 * The dashboard draws the consolidated report (its figures are computed once, by the API) and,
 * for the heatmap, each activity's months.
 */
export const DashboardQuery = graphql(`
  query Dashboard($year: Int!, $asOf: String!) {
    entities {
      code
      shortName
    }
    consolidatedReport(year: $year, asOf: $asOf) {
      year
      asOf
      activities {
        code
        name
        percentOfTarget
        met
      }
      totals {
        activities
        averagePercentOfTarget
        targetsMet
        withDelays
        plannedMonths
        doneMonths
        delayedMonths
        reachedAuthorities
      }
      byObjective {
        key
        label
        activities
        averagePercentOfTarget
      }
      byEntity {
        key
        label
        activities
        averagePercentOfTarget
      }
      byDepartment {
        key
        label
        reached
      }
      alerts {
        ...AlertFields
      }
    }
    activities(year: $year) {
      code
      year
      months(asOf: $asOf) {
        ...MonthFields
      }
    }
  }
`);
