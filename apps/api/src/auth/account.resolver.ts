import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Role } from '@gj/domain';
import type { Context } from '../context.js';
import type { AccountRow } from './account.entity.js';
import { RoleEnum } from './auth.types.js';

@ObjectType('Account', { description: 'Cuenta de usuario (sin contraseña).' })
export class AccountType {
  @Field(() => Int) id!: number;
  @Field(() => String) email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field(() => String, { nullable: true }) entityCode!: string | null;
  @Field(() => Boolean) active!: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;

  static from(row: AccountRow): AccountType {
    const { id, email, role, entityCode, createdAt } = row;
    return Object.assign(new AccountType(), { id, email, role, entityCode, active: Boolean(row.active), createdAt });
  }
}

/** Account administration for the coordination; the same rules as the `users` command. */
@Resolver(() => AccountType)
export class AccountResolver {
  @Query(() => [AccountType], { description: 'Coordinación: todas las cuentas.' })
  async accounts(@Ctx() ctx: Context): Promise<AccountType[]> {
    return (await ctx.services.accounts.listFor(ctx.principal)).map(AccountType.from);
  }

  @Mutation(() => AccountType, { description: 'Coordinación: crea una cuenta (contraseña de 12 caracteres o más).' })
  async createAccount(
    @Ctx() ctx: Context,
    @Arg('email', () => String) email: string,
    @Arg('role', () => RoleEnum) role: Role,
    @Arg('password', () => String) password: string,
    @Arg('entityCode', () => String, { nullable: true }) entityCode?: string | null,
  ): Promise<AccountType> {
    return AccountType.from(await ctx.services.accounts.createBy(ctx.principal, { email, role, password, entity: entityCode ?? null }));
  }

  @Mutation(() => AccountType, { description: 'Coordinación: habilita o deshabilita una cuenta (sus sesiones terminan al deshabilitarla).' })
  async setAccountActive(@Ctx() ctx: Context, @Arg('email', () => String) email: string, @Arg('active', () => Boolean) active: boolean): Promise<AccountType> {
    return AccountType.from(await ctx.services.accounts.setActiveBy(ctx.principal, email, active));
  }
}
