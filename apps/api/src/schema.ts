import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ActivityResolver } from './activity/activity.resolver.js';
import { AuditResolver } from './audit/audit.resolver.js';
import { AccountResolver } from './auth/account.resolver.js';
import { AuthResolver } from './auth/auth.resolver.js';
import { CycleResolver } from './cycle/cycle.resolver.js';
import { ReportResolver } from './report/report.resolver.js';
import { AuthorityResolver } from './authorities/authority.resolver.js';
import { PartnerResolver } from './partner/partner.resolver.js';
import { TermResolver } from './terms/term.resolver.js';
import { ExecutionResolver } from './execution/execution.resolver.js';
import { GeographyResolver } from './geography/geography.resolver.js';
import { ApiKeyResolver } from './apikeys/api-key.resolver.js';
import { PlanResolver } from './plan/plan.resolver.js';
import { NoticeResolver } from './notice/notice.resolver.js';
import { EvidenceResolver } from './evidence/evidence.resolver.js';

export const RESOLVERS = [
  AuthResolver,
  PartnerResolver,
  TermResolver,
  PlanResolver,
  ActivityResolver,
  GeographyResolver,
  AuthorityResolver,
  ExecutionResolver,
  EvidenceResolver,
  ReportResolver,
  CycleResolver,
  AuditResolver,
  AccountResolver,
  ApiKeyResolver,
  NoticeResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process; type-graphql keeps its metadata globally anyway. */
export function getSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers: RESOLVERS, validate: false });
  return schema;
}

/** The schema as committed in `schema.graphql`. */
export async function printSchemaSDL(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
