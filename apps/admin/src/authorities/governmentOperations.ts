import { graphql } from '../gql';

export const GovernmentsQuery = graphql(`
  query Governments($search: String, $level: GovernmentLevel, $departmentCode: String) {
    governments(search: $search, level: $level, departmentCode: $departmentCode, limit: 30) {
      id
      name
      level
      ubigeo
      department {
        code
        name
      }
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
