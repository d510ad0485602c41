import { graphql } from '../gql';

/** A regional government or municipality with its department: an authority's, or an option to pick. */
export const GovernmentFieldsFragment = graphql(`
  fragment GovernmentFields on Government {
    id
    name
    level
    ubigeo
    department {
      code
      name
    }
  }
`);

export const GovernmentsQuery = graphql(`
  query Governments($search: String, $level: GovernmentLevel, $departmentCode: String) {
    governments(search: $search, level: $level, departmentCode: $departmentCode, limit: 30) {
      ...GovernmentFields
    }
  }
`);

export const DepartmentsQuery = graphql(`
  query Departments {
    departments {
      code
      name
    }
  }
`);
