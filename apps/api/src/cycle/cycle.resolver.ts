import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Month } from '@gj/domain';
import type { Context } from '../context.js';
import type { MonthlySubmissionRow } from './monthly-submission.entity.js';
import { MonthlySubmissionType } from './cycle.types.js';
import type { NarrativeEntry } from './month-report.service.js';
import { ActivityCommentInputType, MonthReportType, NarrativeInputType } from './month-report.types.js';

const narrativeEntry = (input: NarrativeInputType): NarrativeEntry => ({
  activityCode: input.activityCode,
  achievements: input.achievements ?? '',
  difficulties: input.difficulties ?? '',
  correctiveActions: input.correctiveActions ?? '',
});

// A month that is submitted or reviewed belongs to an entity in the cycle (the grid says which have activities).
const toType = (row: MonthlySubmissionRow) =>
  MonthlySubmissionType.from({ entityCode: row.entityCode, year: row.year, month: row.month as Month, status: row.status, row, hasActivities: true });

@Resolver(() => MonthlySubmissionType)
export class CycleResolver {
  @Query(() => [MonthlySubmissionType], { description: 'Estado de cada entidad × mes; un punto focal ve solo su entidad.' })
  async monthlySubmissions(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<MonthlySubmissionType[]> {
    return (await ctx.services.cycle.grid(ctx.principal, year ?? (await ctx.services.plans.defaultYear(ctx.principal)))).map(MonthlySubmissionType.from);
  }

  @Query(() => MonthReportType, {
    nullable: true,
    description: 'El reporte de un mes de una entidad con su contenido. Nulo si la entidad no existe o el usuario no la alcanza.',
  })
  async monthReport(
    @Ctx() ctx: Context,
    @Arg('entityCode', () => String) entityCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
  ): Promise<MonthReportType | null> {
    const report = await ctx.services.monthReports.get(ctx.principal, entityCode, year, month);
    return report ? MonthReportType.from(report) : null;
  }

  @Mutation(() => MonthReportType, { description: 'Punto focal: guarda el borrador del informe del mes (logros, dificultades, medidas correctivas).' })
  async saveMonthNarrative(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('entries', () => [NarrativeInputType]) entries: NarrativeInputType[],
  ): Promise<MonthReportType> {
    await ctx.services.monthReports.saveDraft(ctx.principal, year, month, entries.map(narrativeEntry));
    return MonthReportType.from((await ctx.services.monthReports.get(ctx.principal, ctx.principal.entityCode!, year, month))!);
  }

  @Mutation(() => MonthlySubmissionType, {
    description:
      'Punto focal: envía el mes de su entidad a la coordinación, con el informe de cada actividad (se guarda antes como borrador). Las actividades retrasadas exigen dificultades y medidas correctivas; las ejecutadas, logros.',
  })
  async submitMonth(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('narratives', () => [NarrativeInputType], { nullable: true }) narratives?: NarrativeInputType[] | null,
  ): Promise<MonthlySubmissionType> {
    return toType(await ctx.services.monthReports.submit(ctx.principal, year, month, narratives ? narratives.map(narrativeEntry) : null));
  }

  @Mutation(() => MonthlySubmissionType, { description: 'Coordinación: aprueba un mes enviado; sus ejecuciones quedan bloqueadas.' })
  async approveMonth(
    @Ctx() ctx: Context,
    @Arg('entityCode', () => String) entityCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
  ): Promise<MonthlySubmissionType> {
    return toType(await ctx.services.cycle.approve(ctx.principal, entityCode, year, month));
  }

  @Mutation(() => MonthlySubmissionType, {
    description: 'Coordinación: devuelve un mes enviado, con un comentario sobre el mes y/o comentarios por actividad.',
  })
  async returnMonth(
    @Ctx() ctx: Context,
    @Arg('entityCode', () => String) entityCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('comment', () => String, { nullable: true }) comment?: string | null,
    @Arg('activityComments', () => [ActivityCommentInputType], { nullable: true }) activityComments?: ActivityCommentInputType[] | null,
  ): Promise<MonthlySubmissionType> {
    return toType(await ctx.services.monthReports.return(ctx.principal, entityCode, year, month, comment ?? null, activityComments ?? []));
  }

  @Mutation(() => MonthlySubmissionType, { description: 'Coordinación: reabre un mes aprobado para permitir cambios.' })
  async reopenMonth(
    @Ctx() ctx: Context,
    @Arg('entityCode', () => String) entityCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('comment', () => String) comment: string,
  ): Promise<MonthlySubmissionType> {
    return toType(await ctx.services.cycle.reopen(ctx.principal, entityCode, year, month, comment));
  }
}
