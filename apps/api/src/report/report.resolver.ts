import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { parseAsOf } from '../common/dates.js';
import type { Context } from '../context.js';
import { ConsolidatedReportType } from './report.types.js';

@Resolver(() => ConsolidatedReportType)
export class ReportResolver {
  @Query(() => ConsolidatedReportType, { description: 'Reporte consolidado: la coordinación ve todo; un punto focal, su entidad.' })
  async consolidatedReport(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('asOf', () => String, { nullable: true }) asOf?: string | null,
  ): Promise<ConsolidatedReportType> {
    return ctx.services.reports.consolidated(
      ctx.principal,
      year ?? (await ctx.services.plans.defaultYear(ctx.principal)),
      parseAsOf(asOf, ctx.principal.disclosure),
    );
  }
}
