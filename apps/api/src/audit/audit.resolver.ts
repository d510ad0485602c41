import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { AuditConnectionType, AuditEntryType } from './audit.types.js';
import { PAGE_SIZES } from '../common/pagination.js';

/** Read-only by design: the schema has no operation that changes or deletes audit entries. */
@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Query(() => AuditConnectionType, { description: 'Coordinación: registro de auditoría, del más reciente al más antiguo.' })
  async auditTrail(
    @Ctx() ctx: Context,
    @Arg('entityCode', () => String, { nullable: true }) entityCode?: string | null,
    @Arg('activityCode', () => String, { nullable: true }) activityCode?: string | null,
    @Arg('actorEmail', () => String, { nullable: true, description: 'Todo o parte del correo de quien hizo el cambio, sin distinguir mayúsculas.' })
    actorEmail?: string | null,
    @Arg('action', () => String, { nullable: true }) action?: string | null,
    @Arg('from', () => String, { nullable: true, description: 'AAAA-MM-DD (UTC).' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'AAAA-MM-DD (UTC).' }) to?: string | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZES.auditTrail.default }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuditConnectionType> {
    const page = await ctx.services.audit.list(
      ctx.principal,
      { entityCode, activityCode, actorEmail, action, from, to },
      first ?? PAGE_SIZES.auditTrail.default,
      after,
    );
    return { nodes: page.items.map(AuditEntryType.from), totalCount: page.totalCount, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }
}
