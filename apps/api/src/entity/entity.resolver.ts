import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { EntityType } from './entity.types.js';

@Resolver(() => EntityType)
export class EntityResolver {
  @Query(() => [EntityType], { description: 'Catálogo público de entidades integrantes.' })
  async entities(@Ctx() ctx: Context): Promise<EntityType[]> {
    return (await ctx.services.entities.list()).map(EntityType.from);
  }
}
