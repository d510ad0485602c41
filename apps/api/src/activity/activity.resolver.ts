import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { ActivityType } from './activity.types.js';

@Resolver(() => ActivityType)
export class ActivityResolver {
  @Query(() => [ActivityType], { description: 'Actividades que el usuario puede ver; año 2024 por defecto.' })
  async activities(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<ActivityType[]> {
    return (await ctx.services.activities.list(ctx.scope, year ?? undefined)).map(ActivityType.from);
  }

  @Query(() => ActivityType, { nullable: true, description: 'Nulo si no existe o si el usuario no puede verla.' })
  async activity(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ): Promise<ActivityType | null> {
    const row = await ctx.services.activities.findByCode(ctx.scope, code, year ?? undefined);
    return row ? ActivityType.from(row) : null;
  }
}
