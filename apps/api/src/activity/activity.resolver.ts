import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { parseAsOf } from '../common/dates.js';
import type { Context } from '../context.js';
import { ActivityMonthStatusType } from '../cycle/cycle.types.js';
import { ExecutionType } from '../execution/execution.types.js';
import { MonthStateType, ProgressType } from '../progress/progress.types.js';
import { describeReprogramming, plannedMonthsOfDocument } from '@gj/domain';
import type { ReprogrammingRow } from '../plan/reprogramming.entity.js';
import { ActivityType, ReprogrammingType, TargetType } from './activity.types.js';

@Resolver(() => ActivityType)
export class ActivityResolver {
  @Query(() => [ActivityType], { description: 'Actividades que el usuario puede ver; sin año, las del plan vigente del año en curso (o el último vigente).' })
  async activities(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('entityCode', () => String, { nullable: true, description: 'Solo las de esta entidad responsable.' }) entityCode?: string | null,
    @Arg('objectiveCode', () => String, { nullable: true, description: 'Solo las de este objetivo específico ("1", "2", "3").' }) objectiveCode?: string | null,
  ): Promise<ActivityType[]> {
    const rows = await ctx.services.activities.list(ctx.principal, year ?? (await ctx.services.plans.defaultYear(ctx.principal)));
    return rows
      .filter((r) => !entityCode || r.units.some((u) => u.entityCode === entityCode.toUpperCase()))
      .filter((r) => !objectiveCode || r.objective.code === objectiveCode)
      .map(ActivityType.from);
  }

  @Query(() => ActivityType, { nullable: true, description: 'Nulo si no existe o si el usuario no puede verla.' })
  async activity(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<ActivityType | null> {
    const row = await ctx.services.activities.findByCode(ctx.principal, code, year ?? (await ctx.services.plans.defaultYear(ctx.principal)));
    return row ? ActivityType.from(row) : null;
  }

  @FieldResolver(() => ProgressType, { description: 'Avance calculado desde los registros a la fecha de corte (hoy por defecto).' })
  progress(@Root() activity: ActivityType, @Ctx() ctx: Context, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null): Promise<ProgressType> {
    return ctx.loaders.progress.load({ row: activity.row, asOf: parseAsOf(asOf, ctx.principal.disclosure) });
  }

  @FieldResolver(() => [MonthStateType], { description: 'Los 12 meses: programados frente a ejecutados a la fecha de corte.' })
  months(@Root() activity: ActivityType, @Ctx() ctx: Context, @Arg('asOf', () => String, { nullable: true }) asOf?: string | null): Promise<MonthStateType[]> {
    return ctx.loaders.months.load({ row: activity.row, asOf: parseAsOf(asOf, ctx.principal.disclosure) });
  }

  @FieldResolver(() => TargetType, { description: 'La meta programada originalmente; igual a target si nunca se reprogramó.' })
  async originalTarget(@Root() activity: ActivityType, @Ctx() ctx: Context): Promise<TargetType> {
    const [first] = await ctx.loaders.reprogrammings.load(activity.row.id);
    return first ? { ...activity.target, value: first.before.targetValue } : activity.target;
  }

  @FieldResolver(() => [ReprogrammingType], { description: 'Reprogramaciones, de la más antigua a la más reciente.' })
  async reprogrammings(@Root() activity: ActivityType, @Ctx() ctx: Context): Promise<ReprogrammingType[]> {
    const rows = await ctx.loaders.reprogrammings.load(activity.row.id);
    const months = (schedule: ReprogrammingRow['after']['schedule']) => plannedMonthsOfDocument({ schedule });
    return rows.map((r) => ({
      effectiveDate: r.effectiveDate,
      reason: r.reason,
      document: r.document,
      target: r.after.targetValue !== r.before.targetValue ? { ...activity.target, value: r.after.targetValue } : null,
      previousTarget: { ...activity.target, value: r.before.targetValue },
      plannedMonths: months(r.after.schedule).join() !== months(r.before.schedule).join() ? months(r.after.schedule) : null,
      unitCodes: r.after.unitCodes.join() !== r.before.unitCodes.join() ? r.after.unitCodes : null,
      summary: describeReprogramming(r.before, r.after),
      createdBy: r.createdBy,
      createdAt: new Date(r.createdAt).toISOString(),
    }));
  }

  @FieldResolver(() => [ActivityMonthStatusType], {
    description:
      'Estado del reporte mensual de cada entidad responsable, mes a mes (solo el estado): en una actividad conjunta, también el de la otra entidad. Un mes aprobado de cualquiera de ellas bloquea las ejecuciones de la actividad en ese mes.',
  })
  async monthStatuses(@Root() activity: ActivityType, @Ctx() ctx: Context): Promise<ActivityMonthStatusType[]> {
    return (await ctx.services.cycle.activityMonths(ctx.principal, activity.row)).map((m) => Object.assign(new ActivityMonthStatusType(), m));
  }

  @FieldResolver(() => [ExecutionType], { description: 'Ejecuciones registradas, por fecha.' })
  async executions(@Root() activity: ActivityType, @Ctx() ctx: Context): Promise<ExecutionType[]> {
    return (await ctx.loaders.executionsByActivity.load(activity.row.id)).map(ExecutionType.from);
  }
}
