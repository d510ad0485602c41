import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import type { ApiKeyRow } from './api-key.entity.js';

@ObjectType('ApiKey', { description: 'Clave de un sistema integrador (solo lectura). El secreto no se vuelve a mostrar.' })
export class ApiKeyType {
  @Field(() => Int) id!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Parte pública de la clave, para reconocerla.' }) prefix!: string;
  @Field(() => String, { nullable: true, description: 'Entidad a la que se limita; nula: todas.' }) entityCode!: string | null;
  @Field(() => String) createdBy!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) revokedAt!: Date | null;

  static from(row: ApiKeyRow): ApiKeyType {
    const { id, name, prefix, entityCode, createdBy, createdAt, lastUsedAt, revokedAt } = row;
    return Object.assign(new ApiKeyType(), { id, name, prefix, entityCode, createdBy, createdAt, lastUsedAt, revokedAt });
  }
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field(() => String, { description: 'La clave completa: se muestra solo esta vez.' }) key!: string;
  @Field(() => ApiKeyType) apiKey!: ApiKeyType;
}

@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Query(() => [ApiKeyType], { description: 'Coordinación: claves de integradores.' })
  async apiKeys(@Ctx() ctx: Context): Promise<ApiKeyType[]> {
    return (await ctx.services.apiKeys.list(ctx.principal)).map(ApiKeyType.from);
  }

  @Mutation(() => CreatedApiKeyType, { description: 'Coordinación: crea una clave de solo lectura, para todas las entidades o para una.' })
  async createApiKey(
    @Ctx() ctx: Context,
    @Arg('name', () => String) name: string,
    @Arg('entityCode', () => String, { nullable: true }) entityCode?: string | null,
  ): Promise<CreatedApiKeyType> {
    const { key, row } = await ctx.services.apiKeys.create(ctx.principal, name, entityCode ?? null);
    return { key, apiKey: ApiKeyType.from(row) };
  }

  @Mutation(() => ApiKeyType, { description: 'Coordinación: revoca una clave; deja de funcionar de inmediato.' })
  async revokeApiKey(@Ctx() ctx: Context, @Arg('id', () => Int) id: number): Promise<ApiKeyType> {
    return ApiKeyType.from(await ctx.services.apiKeys.revoke(ctx.principal, id));
  }
}
