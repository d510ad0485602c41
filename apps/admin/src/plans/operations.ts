import { graphql } from '../gql';

/** A plan-year as the list and the editor's header show it. */
export const PlanFieldsFragment = graphql(`
  fragment PlanFields on Plan {
    year
    status
    title
    legalBasis
    generalObjective
    publishedAt
    closedAt
    objectives {
      code
      name
    }
  }
`);

/** The years a person may choose (a focal point: the published ones), and the one the API shows by default. */
export const PlanYearsQuery = graphql(`
  query PlanYears {
    planYears
    plans {
      year
      status
    }
    defaultPlan: plan {
      year
    }
  }
`);

export const PlansQuery = graphql(`
  query Plans {
    plans {
      ...PlanFields
    }
  }
`);

/** A change of the programming of an activity in force (history, oldest first). */
export const ReprogrammingFieldsFragment = graphql(`
  fragment ReprogrammingFields on Reprogramming {
    effectiveDate
    reason
    document
    summary
    createdBy
    createdAt
    plannedMonths
    unitCodes
    target {
      value
      unit
    }
    previousTarget {
      value
      unit
    }
  }
`);

/**
 * What the editor shows and edits of each activity. Of its reprogrammings only their dates (how
 * many, and the latest a new one may not precede): the history is read per activity
 * (ActivityReprogrammingsQuery), which keeps the whole plan's query within the API's cost limit.
 */
export const PlanActivityFieldsFragment = graphql(`
  fragment PlanActivityFields on Activity {
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
    indicator
    plannedMonths
    schedule {
      candidates
      reading
      ambiguous
      note
    }
    strategyObjectives
    footnotes {
      number
      text
    }
    interpretation
    reprogrammings {
      effectiveDate
    }
  }
`);

/** An activity's reprogrammings in full, for its history. */
export const ActivityReprogrammingsQuery = graphql(`
  query ActivityReprogrammings($year: Int!, $code: String!) {
    activity(year: $year, code: $code) {
      code
      year
      reprogrammings {
        ...ReprogrammingFields
      }
    }
  }
`);

/** The catalogue of responsible units, grouped by entity in the selects. */
export const UnitFieldsFragment = graphql(`
  fragment UnitFields on Unit {
    code
    name
    isWholeEntity
    entity {
      code
      shortName
      name
    }
  }
`);

export const PlanEditorQuery = graphql(`
  query PlanEditor($year: Int!) {
    plan(year: $year) {
      ...PlanFields
    }
    activities(year: $year) {
      ...PlanActivityFields
    }
    units {
      ...UnitFields
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation CreatePlan($year: Int!, $copyFrom: Int) {
    createPlan(year: $year, copyFrom: $copyFrom) {
      ...PlanFields
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation UpdatePlan($year: Int!, $input: PlanInput!) {
    updatePlan(year: $year, input: $input) {
      ...PlanFields
    }
  }
`);

export const SavePlanActivityMutation = graphql(`
  mutation SavePlanActivity($year: Int!, $input: PlanActivityInput!) {
    savePlanActivity(year: $year, input: $input) {
      ...PlanFields
    }
  }
`);

export const DeletePlanActivityMutation = graphql(`
  mutation DeletePlanActivity($year: Int!, $code: String!) {
    deletePlanActivity(year: $year, code: $code) {
      ...PlanFields
    }
  }
`);

export const ImportPlanMutation = graphql(`
  mutation ImportPlan($year: Int!, $fileName: String!, $contentBase64: String!) {
    importPlan(year: $year, fileName: $fileName, contentBase64: $contentBase64) {
      plan {
        ...PlanFields
      }
      errors {
        line
        message
      }
    }
  }
`);

export const PublishPlanMutation = graphql(`
  mutation PublishPlan($year: Int!) {
    publishPlan(year: $year) {
      ...PlanFields
    }
  }
`);

export const ClosePlanMutation = graphql(`
  mutation ClosePlan($year: Int!) {
    closePlan(year: $year) {
      ...PlanFields
    }
  }
`);

export const ReprogramActivityMutation = graphql(`
  mutation ReprogramActivity($year: Int!, $code: String!, $input: ReprogrammingInput!) {
    reprogramActivity(year: $year, code: $code, input: $input) {
      ...PlanActivityFields
      reprogrammings {
        ...ReprogrammingFields
      }
    }
  }
`);
