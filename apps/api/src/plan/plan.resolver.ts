import { DEFAULT_PLAN_YEAR } from '@gj/domain';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { ObjectiveType, PlanType } from './plan.types.js';

@Resolver(() => PlanType)
export class PlanResolver {
  @Query(() => PlanType, { nullable: true, description: 'Plan de un año (2024 por defecto): objetivo general y específicos. Público.' })
  async plan(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<PlanType | null> {
    const found = await ctx.services.plans.find(year ?? DEFAULT_PLAN_YEAR);
    if (!found) return null;
    const { plan, objectives } = found;
    return Object.assign(new PlanType(), {
      year: plan.year,
      title: plan.title,
      legalBasis: plan.legalBasis,
      generalObjective: plan.generalObjective,
      objectives: objectives.map(ObjectiveType.from),
    });
  }

  @Query(() => [Int], { description: 'Años con plan de trabajo cargado.' })
  async planYears(@Ctx() ctx: Context): Promise<number[]> {
    return (await ctx.services.plans.years()).map((p) => p.year);
  }
}
