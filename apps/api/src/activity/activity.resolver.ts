import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { parseAsOf } from '../common/dates.js';
import type { Context } from '../context.js';
import { ExecutionType } from '../execution/execution.types.js';
import { MonthStateType, ProgressType } from '../progress/progress.types.js';
import { ActivityType } from './activity.types.js';

@Resolver(() => ActivityType)
export class ActivityResolver {
  @Query(() => [ActivityType], { description: 'Actividades que el usuario puede ver; año 2024 por defecto.' })
  async activities(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('entityCode', () => String, { nullable: true, description: 'Solo las de esta entidad responsable.' }) entityCode?: string | null,
    @Arg('objectiveCode', () => String, { nullable: true, description: 'Solo las de este objetivo específico ("1", "2", "3").' }) objectiveCode?: string | null,
  ): Promise<ActivityType[]> {
    const rows = await ctx.services.activities.list(ctx.principal, year ?? undefined);
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
    const row = await ctx.services.activities.findByCode(ctx.principal, code, year ?? undefined);
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

  @FieldResolver(() => [ExecutionType], { description: 'Ejecuciones registradas, por fecha.' })
  async executions(@Root() activity: ActivityType, @Ctx() ctx: Context): Promise<ExecutionType[]> {
    return (await ctx.loaders.executionsByActivity.load(activity.row.id)).map(ExecutionType.from);
  }
}
