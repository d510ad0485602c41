import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * Benchmarks only (GJ_BENCH_MEMORY_FLOOR=1, never in production): floor (c), the same answer
 * served from memory behind the same stack. The first answer to an operation, its variables and
 * its caller is kept; later ones skip execution (parsing, validation, authentication, limits and
 * serialization still run), so the difference to the API is what resolving costs.
 */
export function memoryFloor(): ApolloServerPlugin<Context> {
  const answers = new Map<string, GraphQLResponse['body']>();
  return {
    async requestDidStart({ request, contextValue }) {
      const viewer = contextValue.principal.viewer;
      const key = JSON.stringify([request.query, request.variables ?? null, viewer?.accountId ?? null, viewer?.apiKeyId ?? null]);
      return {
        async responseForOperation() {
          const body = answers.get(key);
          return body ? { http: { status: undefined, headers: new HeaderMap() }, body } : null;
        },
        async willSendResponse({ response }) {
          if (!answers.has(key) && response.body.kind === 'single' && !response.body.singleResult.errors) answers.set(key, response.body);
        },
      };
    },
  };
}
