import { termOf, type Office } from '@gj/domain';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { inputError } from '../common/errors.js';
import { OfficeEnum } from '../common/graphql-types.js';
import type { Context } from '../context.js';
import { decodeUpload, readingUpload } from '../common/upload.js';
import type { ActivityRow } from '../activity/activity.entity.js';
import {
  ActivityParticipationType,
  AuthorityConnectionType,
  AuthorityInputType,
  AuthorityType,
  RegisterImportResultType,
  RegisterReviewType,
} from './authority.types.js';

/** One lookup of an activity per request, however many authorities ask about it. */
const activityLookups = new WeakMap<Context, Map<string, Promise<ActivityRow | null>>>();
function activityOf(ctx: Context, code: string, year: number): Promise<ActivityRow | null> {
  const cache = activityLookups.get(ctx) ?? new Map<string, Promise<ActivityRow | null>>();
  activityLookups.set(ctx, cache);
  const key = `${year}|${code}`;
  if (!cache.has(key)) cache.set(key, ctx.services.activities.findByCode(ctx.principal, code, year));
  return cache.get(key)!;
}
import { PAGE_SIZES } from '../common/pagination.js';

@Resolver(() => AuthorityType)
export class AuthorityResolver {
  @Query(() => AuthorityConnectionType, { description: 'Busca en el registro de mujeres autoridades (nombre, DNI, gobierno, cargo).' })
  async authorities(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('dni', () => String, { nullable: true }) dni?: string | null,
    @Arg('governmentId', () => Int, { nullable: true }) governmentId?: number | null,
    @Arg('office', () => OfficeEnum, { nullable: true }) office?: Office | null,
    @Arg('departmentCode', () => String, { nullable: true }) departmentCode?: string | null,
    @Arg('includeInactive', () => Boolean, { nullable: true }) includeInactive?: boolean | null,
    @Arg('onlyPossibleDuplicates', () => Boolean, { nullable: true }) onlyPossibleDuplicates?: boolean | null,
    @Arg('termStart', () => Int, { nullable: true, description: 'Solo registros del periodo que empieza ese año (2023 para 2023–2026).' })
    termStart?: number | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: PAGE_SIZES.authorities.default }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<AuthorityConnectionType> {
    const page = await ctx.services.authorities.search(
      ctx.principal,
      { search, dni, governmentId, office, departmentCode, includeInactive, onlyPossibleDuplicates, termStart },
      first ?? PAGE_SIZES.authorities.default,
      after,
    );
    return { nodes: page.items.map(AuthorityType.from), totalCount: page.totalCount, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @Query(() => AuthorityType, { nullable: true })
  async authority(@Ctx() ctx: Context, @Arg('id', () => Int) id: number): Promise<AuthorityType | null> {
    const row = await ctx.services.authorities.get(ctx.principal, id);
    return row ? AuthorityType.from(row) : null;
  }

  @Mutation(() => AuthorityType, { description: 'Coordinación: agrega una autoridad al registro.' })
  async createAuthority(@Ctx() ctx: Context, @Arg('input', () => AuthorityInputType) input: AuthorityInputType): Promise<AuthorityType> {
    return AuthorityType.from(await ctx.services.authorities.create(ctx.principal, input));
  }

  @Mutation(() => AuthorityType, { description: 'Coordinación: corrige una autoridad del registro.' })
  async updateAuthority(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('input', () => AuthorityInputType) input: AuthorityInputType,
  ): Promise<AuthorityType> {
    return AuthorityType.from(await ctx.services.authorities.update(ctx.principal, id, input));
  }

  @Mutation(() => AuthorityType, { description: 'Coordinación: activa o desactiva una autoridad (p. ej. al terminar su cargo).' })
  async setAuthorityActive(@Ctx() ctx: Context, @Arg('id', () => Int) id: number, @Arg('active', () => Boolean) active: boolean): Promise<AuthorityType> {
    return AuthorityType.from(await ctx.services.authorities.setActive(ctx.principal, id, active));
  }

  @Mutation(() => AuthorityType, { description: 'Coordinación: fusiona un posible duplicado con el registro original (merge) o lo conserva.' })
  async resolveDuplicate(@Ctx() ctx: Context, @Arg('id', () => Int) id: number, @Arg('merge', () => Boolean) merge: boolean): Promise<AuthorityType> {
    return AuthorityType.from(await ctx.services.authorities.resolveDuplicate(ctx.principal, id, merge));
  }

  @Query(() => [RegisterReviewType], { description: 'Coordinación: cambios del registro retenidos por una importación, por revisar.' })
  async registerReviews(@Ctx() ctx: Context, @Arg('pendingOnly', () => Boolean, { defaultValue: true }) pendingOnly: boolean): Promise<RegisterReviewType[]> {
    return (await ctx.services.authorities.reviews(ctx.principal, pendingOnly)).map(RegisterReviewType.from);
  }

  @Mutation(() => RegisterReviewType, { description: 'Coordinación: aplica (apply: true) o descarta un cambio retenido; queda en la auditoría.' })
  async resolveRegisterReview(@Ctx() ctx: Context, @Arg('id', () => Int) id: number, @Arg('apply', () => Boolean) apply: boolean): Promise<RegisterReviewType> {
    return RegisterReviewType.from(await ctx.services.authorities.resolveReview(ctx.principal, id, apply));
  }

  @Mutation(() => RegisterImportResultType, {
    description:
      'Coordinación: importa el registro de un periodo desde CSV o XLSX (base64). Columnas: dni, nombres, apellidos, cargo, ubigeo; opcional sexo (las filas M se omiten). Todo o nada; nunca borra registros de otros periodos.',
  })
  async importAuthorities(
    @Ctx() ctx: Context,
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
    @Arg('termStart', () => Int, { nullable: true, description: 'Año en que empieza el periodo (2027 para 2027–2030); por defecto, el periodo en funciones.' })
    termStart?: number | null,
  ): Promise<RegisterImportResultType> {
    const term = termStart == null ? undefined : termOf(termStart);
    if (term && term.start !== termStart)
      throw inputError(`${termStart} no es el inicio de un periodo: los periodos empiezan en ${term.start}, ${term.start + 4}…`);
    const { format, content } = decodeUpload(fileName, contentBase64);
    return readingUpload(() => ctx.services.authorities.importRegister(ctx.principal, content, format, term));
  }

  @FieldResolver(() => ActivityParticipationType, {
    nullable: true,
    description:
      'La primera ejecución de la actividad (otra que exceptExecutionId) en la que ya participa: ya cuenta para la actividad. Nulo si no participa o si la actividad está fuera del alcance.',
  })
  async participationIn(
    @Root() authority: AuthorityType,
    @Ctx() ctx: Context,
    @Arg('activityCode', () => String) activityCode: string,
    @Arg('year', () => Int) year: number,
    @Arg('exceptExecutionId', () => Int, { nullable: true }) exceptExecutionId?: number | null,
  ): Promise<ActivityParticipationType | null> {
    const activity = await activityOf(ctx, activityCode, year);
    if (!activity) return null;
    // Executions in date order, their participants by the request's loaders: one batch for all the results.
    const executions = (await ctx.loaders.executionsByActivity.load(activity.id)).filter((e) => e.id !== exceptExecutionId);
    const participants = await ctx.loaders.participants.loadMany(executions.map((e) => e.id));
    const index = participants.findIndex((rows) => Array.isArray(rows) && rows.some((p) => p.authorityId === authority.id));
    if (index < 0) return null;
    return Object.assign(new ActivityParticipationType(), { executionId: executions[index]!.id, date: executions[index]!.date });
  }

  @FieldResolver(() => [AuthorityType], { description: 'Coordinación: los registros de la misma persona (mismo DNI) en otros periodos.' })
  async otherTerms(@Root() authority: AuthorityType, @Ctx() ctx: Context): Promise<AuthorityType[]> {
    return (await ctx.services.authorities.otherTerms(ctx.principal, authority.row)).map(AuthorityType.from);
  }
}
