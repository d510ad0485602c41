import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PAGE_SIZES } from '../common/pagination.js';
import type { Context } from '../context.js';
import { NoticeConnectionType, NoticeType } from './notice.types.js';

@Resolver(() => NoticeType)
export class NoticeResolver {
  @Query(() => NoticeConnectionType, {
    description: 'Los avisos de la cuenta que consulta, del más reciente al más antiguo (una clave de API no tiene avisos).',
  })
  async notices(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZES.notices.default }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false, description: 'Solo los no leídos.' }) unreadOnly?: boolean | null,
  ): Promise<NoticeConnectionType> {
    const page = await ctx.services.notices.list(ctx.principal, first ?? PAGE_SIZES.notices.default, after, unreadOnly ?? false);
    return { nodes: page.items.map(NoticeType.from), totalCount: page.totalCount, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @Query(() => Int, { description: 'Cuántos avisos sin leer tiene la cuenta que consulta (el número de la campana).' })
  async unreadNoticeCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notices.unreadCount(ctx.principal);
  }

  @Mutation(() => Int, { description: 'Marca como leídos avisos propios; los de otras cuentas se ignoran como si no existieran. Devuelve cuántos cambiaron.' })
  async markNoticesRead(@Ctx() ctx: Context, @Arg('ids', () => [Int]) ids: number[]): Promise<number> {
    return ctx.services.notices.markRead(ctx.principal, ids);
  }

  @Mutation(() => Int, { description: 'Marca como leídos todos los avisos propios. Devuelve cuántos cambiaron.' })
  async markAllNoticesRead(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notices.markAllRead(ctx.principal);
  }
}
