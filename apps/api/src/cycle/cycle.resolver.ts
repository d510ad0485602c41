import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Month } from '@gj/domain';
import type { Context } from '../context.js';
import type { MonthlySubmissionRow } from './monthly-submission.entity.js';
import { MonthlySubmissionType } from './cycle.types.js';

// A month that is submitted or reviewed belongs to an entity in the cycle (the grid says which have activities).
const toType = (row: MonthlySubmissionRow) =>
  MonthlySubmissionType.from({ entityCode: row.entityCode, year: row.year, month: row.month as Month, status: row.status, row, hasActivities: true });

@Resolver(() => MonthlySubmissionType)
export class CycleResolver {
  @Query(() => [MonthlySubmissionType], { description: 'Estado de cada entidad × mes; un punto focal ve solo su entidad.' })
  async monthlySubmissions(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<MonthlySubmissionType[]> {
    return (await ctx.services.cycle.grid(ctx.principal, year ?? (await ctx.services.plans.defaultYear(ctx.principal)))).map(MonthlySubmissionType.from);
  }

  @Mutation(() => MonthlySubmissionType, { description: 'Punto focal: envía el mes de su entidad a la coordinación.' })
  async submitMonth(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('month', () => Int) month: number): Promise<MonthlySubmissionType> {
    return toType(await ctx.services.cycle.submit(ctx.principal, year, month));
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

  @Mutation(() => MonthlySubmissionType, { description: 'Coordinación: devuelve un mes enviado, con comentario.' })
  async returnMonth(
    @Ctx() ctx: Context,
    @Arg('entityCode', () => String) entityCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('month', () => Int) month: number,
    @Arg('comment', () => String) comment: string,
  ): Promise<MonthlySubmissionType> {
    return toType(await ctx.services.cycle.return(ctx.principal, entityCode, year, month, comment));
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
