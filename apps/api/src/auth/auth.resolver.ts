import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { PartnerType } from '../partner/partner.types.js';
import { AuthPayloadType, ViewerType } from './auth.types.js';
import type { Viewer } from './viewer.js';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: 'Nulo sin sesión.' })
  async viewer(@Ctx() ctx: Context): Promise<ViewerType | null> {
    return ctx.principal.viewer ? toViewerType(ctx, ctx.principal.viewer) : null;
  }

  @Mutation(() => AuthPayloadType, { description: 'Inicia sesión y devuelve un token firmado con vencimiento.' })
  async login(@Ctx() ctx: Context, @Arg('email', () => String) email: string, @Arg('password', () => String) password: string): Promise<AuthPayloadType> {
    const { token, expiresAt, viewer } = await ctx.services.auth.login(email, password, ctx.origin);
    return Object.assign(new AuthPayloadType(), { token, expiresAt, viewer: await toViewerType(ctx, viewer) });
  }

  @Mutation(() => Boolean, { description: 'Cierra la sesión de este token: deja de funcionar aunque no haya vencido.' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.auth.logout(ctx.principal, ctx.origin);
  }
}

async function toViewerType(ctx: Context, viewer: Viewer): Promise<ViewerType> {
  const entity = viewer.entityCode ? (await ctx.services.partners.list()).find((e) => e.code === viewer.entityCode) : undefined;
  return Object.assign(new ViewerType(), { email: viewer.email, role: viewer.role, entity: entity ? PartnerType.from(entity) : null });
}
