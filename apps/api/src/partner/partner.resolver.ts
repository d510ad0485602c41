import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PartnerType } from './partner.types.js';

@Resolver(() => PartnerType)
export class PartnerResolver {
  @Query(() => [PartnerType], { description: 'Catálogo público de entidades integrantes.' })
  async entities(@Ctx() ctx: Context): Promise<PartnerType[]> {
    return (await ctx.services.partners.list()).map(PartnerType.from);
  }
}
