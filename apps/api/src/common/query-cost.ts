/**
 * Two limits on what one request may make the server build, so that no query exhausts memory:
 *  - before running, the query's estimated size computed with its variables and the schema's
 *    defaults (`first: $n` weighs what `first: 500` weighs);
 *  - while running, the list items actually produced, which bounds queries whose lists hold more
 *    than the estimate assumed (an execution with thousands of participants).
 */
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { getNamedType, getNullableType, GraphQLError, isListType, type GraphQLField } from 'graphql';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import type { Context } from '../context.js';

/** Estimated values (objects and scalars) one request may ask for. */
export const MAX_QUERY_COST = 50_000;
/** List items one request may actually produce. */
export const MAX_LIST_ITEMS = 25_000;

/**
 * Lists without a page size, sized as a large real plan would fill them: a plan has a few dozen
 * activities, an activity up to a few dozen executions a year, an execution up to ~100 people.
 */
const ASSUMED_LIST_SIZES: Record<string, number> = {
  'Query.activities': 40,
  'Query.accounts': 100,
  'Query.apiKeys': 50,
  'Query.departments': 25,
  'Query.monthlySubmissions': 240,
  'Activity.executions': 50,
  'Activity.months': 12,
  'Activity.plannedMonths': 12,
  'Activity.schedule': 12,
  'Activity.entities': 3,
  'Activity.responsibleUnits': 4,
  'Activity.flags': 4,
  'Activity.footnotes': 4,
  'Activity.strategyObjectives': 4,
  'Execution.participants': 100,
  // Files per execution are capped by the domain (EVIDENCE_MAX_FILES).
  'Execution.evidence': 5,
  // One entity's month: its activities of the month, their executions that month, a few sendings.
  'MonthReport.activities': 20,
  'MonthReport.versions': 5,
  'MonthReportActivity.executions': 20,
  'MonthReportActivity.requiredFields': 3,
  'MonthReportActivity.comments': 5,
  'MonthReportVersion.entries': 20,
  'MonthReportVersion.comments': 10,
  'Progress.byOffice': 8,
  'Progress.byDepartment': 25,
  'Progress.parts': 4,
  'ScheduleMark.candidates': 2,
  'ScheduleMark.reading': 2,
  'ConsolidatedReport.activities': 40,
  'ConsolidatedReport.alerts': 80,
};
const DEFAULT_LIST_SIZE = 25;

export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'TOO_COMPLEX', http: { status: 400 } } });
}

/** Every field costs 1; a list multiplies what each item asks for by its page size or assumed size. */
function estimate({ type, field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const pageSize = [args.first, args.limit].find((v): v is number => typeof v === 'number');
  if (pageSize !== undefined) return 1 + Math.max(1, pageSize) * childComplexity;
  // A connection's `nodes` hold one page: the page size was counted on the connection's field.
  if (field.name === 'nodes' && type.name.endsWith('Connection')) return 1 + childComplexity;
  if (isListType(getNullableType((field as GraphQLField<unknown, unknown>).type))) {
    return 1 + (ASSUMED_LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE) * Math.max(1, childComplexity);
  }
  return 1 + childComplexity;
}

/** The estimated cost of an operation with its variables (throws on variables that do not coerce). */
export function queryCost(
  schema: Parameters<typeof getComplexity>[0]['schema'],
  query: Parameters<typeof getComplexity>[0]['query'],
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query, variables: variables as Record<string, unknown>, operationName, estimators: [estimate] });
}

/** Per request: the items produced so far and the people whose data left in the answer. */
export interface RequestGuard {
  listItems: number;
  exceeded: boolean;
  /** Register ids returned to the caller (Ley 29733: who read which personal data). */
  authoritiesRead: Set<number>;
}

export const newRequestGuard = (): RequestGuard => ({ listItems: 0, exceeded: false, authoritiesRead: new Set() });

const TOO_BIG = `La consulta pide demasiados datos a la vez (más de ${MAX_LIST_ITEMS.toLocaleString('es-PE')} elementos). Pida menos campos o use páginas más pequeñas (first).`;

/**
 * The Apollo plugin: refuses an operation whose estimate is over the limit; stops one whose lists
 * grow past the limit and answers with a single error instead of a partial, huge response; and
 * reports the people of the register that a query returned, for the audit trail.
 */
export function queryLimits(onPersonalDataRead: (ctx: Context, operationName: string | null, ids: number[]) => Promise<void>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<Context>> {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          let cost: number;
          try {
            cost = queryCost(schema, document, request.variables, operationName ?? undefined);
          } catch {
            return; // variables that do not coerce: execution refuses them with BAD_USER_INPUT
          }
          if (cost > MAX_QUERY_COST) {
            throw tooComplex(
              `La consulta es demasiado grande (costo estimado ${cost.toLocaleString('es-PE')}, máximo ${MAX_QUERY_COST.toLocaleString('es-PE')}). Pida menos campos, menos alias o páginas más pequeñas (first).`,
            );
          }
        },
        async executionDidStart() {
          return {
            willResolveField({ contextValue, info }) {
              const guard = contextValue.guard;
              if (guard.exceeded) throw tooComplex(TOO_BIG);
              const returnsAuthority = getNamedType(info.returnType).name === 'Authority';
              return (error, result) => {
                if (error) return;
                if (Array.isArray(result)) {
                  guard.listItems += result.length;
                  if (guard.listItems > MAX_LIST_ITEMS) guard.exceeded = true;
                }
                if (returnsAuthority && result) {
                  for (const item of Array.isArray(result) ? result : [result]) {
                    const id = (item as { id?: unknown }).id;
                    if (typeof id === 'number') guard.authoritiesRead.add(id);
                  }
                }
              };
            },
          };
        },
        async willSendResponse({ contextValue, response, operation, operationName }) {
          if (contextValue.guard?.exceeded && response.body.kind === 'single') {
            response.body.singleResult = { errors: [{ message: TOO_BIG, extensions: { code: 'TOO_COMPLEX' } }] };
            response.http.status = 400;
            return; // nothing was sent, so nothing was read
          }
          const read = contextValue.guard?.authoritiesRead;
          if (read && read.size > 0 && operation?.operation === 'query') await onPersonalDataRead(contextValue, operationName ?? null, [...read]);
        },
      };
    },
  };
}
