import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PartnerType, UnitType } from './partner.types.js';

@Resolver(() => PartnerType)
export class PartnerResolver {
  @Query(() => [PartnerType], { description: 'Catálogo público de entidades integrantes.' })
  async entities(@Ctx() ctx: Context): Promise<PartnerType[]> {
    return (await ctx.services.partners.list()).map(PartnerType.from);
  }

  @Query(() => [UnitType], { description: 'Catálogo público de unidades orgánicas responsables, por entidad.' })
  async units(@Ctx() ctx: Context): Promise<UnitType[]> {
    return (await ctx.services.partners.units()).map(UnitType.from);
  }

  @Mutation(() => PartnerType, {
    description: 'Coordinación: agrega una entidad integrante (p. ej. el JNE); también queda como responsable "entidad" en los planes.',
  })
  async createEntity(
    @Ctx() ctx: Context,
    @Arg('code', () => String) code: string,
    @Arg('name', () => String) name: string,
    @Arg('shortName', () => String, { nullable: true }) shortName?: string | null,
  ): Promise<PartnerType> {
    return PartnerType.from(await ctx.services.partners.createEntity(ctx.principal, code, name, shortName ?? null));
  }

  @Mutation(() => UnitType, { description: 'Coordinación: agrega una unidad orgánica a una entidad.' })
  async createUnit(
    @Ctx() ctx: Context,
    @Arg('entityCode', () => String) entityCode: string,
    @Arg('code', () => String) code: string,
    @Arg('name', () => String) name: string,
  ): Promise<UnitType> {
    return UnitType.from(await ctx.services.partners.createUnit(ctx.principal, entityCode, code, name));
  }
}
