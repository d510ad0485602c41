import { graphql } from '../gql';

/** The entities of the strategy with their units (the catalogue the plans refer to). */
export const EntitiesQuery = graphql(`
  query Entities {
    entities {
      code
      name
      shortName
    }
    units {
      ...UnitFields
    }
  }
`);

/** Only the entities: the selects of accounts, keys and the audit trail. */
export const EntityOptionsQuery = graphql(`
  query EntityOptions {
    entities {
      code
      name
      shortName
    }
  }
`);

export const CreateEntityMutation = graphql(`
  mutation CreateEntity($code: String!, $name: String!, $shortName: String) {
    createEntity(code: $code, name: $name, shortName: $shortName) {
      code
      name
      shortName
    }
  }
`);

export const CreateUnitMutation = graphql(`
  mutation CreateUnit($entityCode: String!, $code: String!, $name: String!) {
    createUnit(entityCode: $entityCode, code: $code, name: $name) {
      ...UnitFields
    }
  }
`);
