import { graphql } from '../gql';

/** What a progress bar and its sentence need (TargetProgress). */
export const ProgressFieldsFragment = graphql(`
  fragment ProgressFields on Progress {
    achieved
    target
    percentOfTarget
    remaining
    met
    numerator
    denominator
    required
    missing
    counted
    warnings
  }
`);

/** A month of the January–December strip (MonthStrip, the dashboard's heatmap). */
export const MonthFieldsFragment = graphql(`
  fragment MonthFields on MonthState {
    month
    planned
    executions
    status
  }
`);

/** "Mis actividades": what the list shows of each activity at the cut-off date. */
export const ActivitiesOverviewQuery = graphql(`
  query ActivitiesOverview($year: Int!, $asOf: String!) {
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
        description
      }
      plannedMonths
      schedule {
        candidates
        reading
        ambiguous
      }
      flags {
        field
      }
      progress(asOf: $asOf) {
        ...ProgressFields
      }
      months(asOf: $asOf) {
        ...MonthFields
      }
    }
  }
`);

/** One activity: the plan's data, progress with its breakdowns, and the executions recorded. */
export const ActivityDetailQuery = graphql(`
  query ActivityDetail($code: String!, $year: Int!, $asOf: String!) {
    activity(code: $code, year: $year) {
      code
      year
      name
      objective {
        code
        name
      }
      responsibleUnits {
        code
        name
        isWholeEntity
        entity {
          code
          shortName
        }
      }
      entities {
        code
        shortName
        name
      }
      target {
        value
        unit
        counted
        description
        composition {
          key
          label
          value
        }
      }
      originalTarget {
        value
        unit
      }
      reprogrammings {
        ...ReprogrammingFields
      }
      indicator
      strategyObjectives
      plannedMonths
      schedule {
        candidates
        reading
        ambiguous
        note
      }
      scheduleAmbiguous
      flags {
        field
        message
      }
      footnotes {
        number
        text
      }
      interpretation
      progress(asOf: $asOf) {
        ...ProgressFields
        byOffice {
          office
          label
          count
        }
        byDepartment {
          departmentCode
          departmentName
          count
        }
        parts {
          key
          label
          target
          achieved
          counted
        }
      }
      months(asOf: $asOf) {
        ...MonthFields
      }
      monthStatuses {
        entityCode
        month
        status
      }
      executions {
        ...ExecutionFields
      }
    }
  }
`);
