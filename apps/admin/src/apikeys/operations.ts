import { graphql } from '../gql';

export const ApiKeyFieldsFragment = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    entityCode
    createdAt
    createdBy
    lastUsedAt
    revokedAt
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      ...ApiKeyFields
    }
  }
`);

/** The full key comes back once: the mutation runs with `no-cache` so it never sits in the cache. */
export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($name: String!, $entityCode: String) {
    createApiKey(name: $name, entityCode: $entityCode) {
      key
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: Int!) {
    revokeApiKey(id: $id) {
      ...ApiKeyFields
    }
  }
`);
