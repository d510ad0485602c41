import { graphql } from '../gql';

/** Everything the first dashboard draws comes from `activities { progress months }`. */
export const DashboardQuery = graphql(`
  query Dashboard($year: Int!, $asOf: String!) {
    entities {
      code
      shortName
      name
    }
    plan(year: $year) {
      year
      objectives {
        code
        name
      }
    }
    activities(year: $year) {
      code
      year
      name
      objective {
        code
        name
      }
      entities {
        code
        shortName
      }
      target {
        value
        unit
        counted
      }
      progress(asOf: $asOf) {
        achieved
        target
        percentOfTarget
        met
        byDepartment {
          departmentCode
          departmentName
          count
        }
      }
      months(asOf: $asOf) {
        month
        planned
        executions
        status
      }
    }
  }
`);
