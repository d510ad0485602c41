import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthorityType } from '../authorities/authority.types.js';
import type { Context } from '../context.js';
import {
  ExecutionConnectionType,
  ExecutionInputType,
  ExecutionType,
  ParticipantImportResultType,
  ParticipantInputType,
  ParticipantType,
  ParticipationConnectionType,
  ParticipationType,
} from './execution.types.js';
import type { ExecutionFilter } from './execution.service.js';
import { decodeUpload, readingUpload } from '../common/upload.js';
import { PAGE_SIZES } from '../common/pagination.js';

@ArgsType()
class ExecutionFilterArgs implements ExecutionFilter {
  @Field(() => Int, { nullable: true, description: 'Año del plan; sin año, el plan vigente del año en curso (o el último vigente).' }) year?: number | null;
  @Field(() => String, { nullable: true }) activityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Entidad responsable (MIMP, PCM…).' }) entityCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Objetivo específico: "1", "2" o "3".' }) objectiveCode?: string | null;
  @Field(() => Int, { nullable: true, description: 'Desde el mes (1–12), por la fecha de la ejecución.' }) monthFrom?: number | null;
  @Field(() => Int, { nullable: true, description: 'Hasta el mes (1–12).' }) monthTo?: number | null;
  @Field(() => String, { nullable: true, description: 'Con participantes de gobiernos de este departamento (código INEI DD).' }) departmentCode?: string | null;
  @Field(() => Int, { nullable: true, defaultValue: PAGE_SIZES.executions.default, description: `Tamaño de página (1–${PAGE_SIZES.executions.max}).` }) first?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Cursor `endCursor` de la página anterior.' }) after?: string | null;
}

@Resolver(() => ExecutionType)
export class ExecutionResolver {
  @Query(() => ExecutionConnectionType, { description: 'Ejecuciones visibles para el usuario, filtradas y paginadas con cursor.' })
  async executions(@Ctx() ctx: Context, @Args(() => ExecutionFilterArgs) args: ExecutionFilterArgs): Promise<ExecutionConnectionType> {
    const { first, after, ...filter } = args;
    filter.year ??= await ctx.services.plans.defaultYear(ctx.principal);
    const page = await ctx.services.executions.page(ctx.principal, filter, first ?? PAGE_SIZES.executions.default, after);
    return { nodes: page.items.map(ExecutionType.from), totalCount: page.totalCount, pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage } };
  }

  @Query(() => ParticipationConnectionType, { description: 'Participaciones visibles (datos personales: requiere acceso al registro), paginadas con cursor.' })
  async participations(@Ctx() ctx: Context, @Args(() => ExecutionFilterArgs) args: ExecutionFilterArgs): Promise<ParticipationConnectionType> {
    const { first, after, ...filter } = args;
    filter.year ??= await ctx.services.plans.defaultYear(ctx.principal);
    const page = await ctx.services.executions.participationPage(ctx.principal, filter, first ?? PAGE_SIZES.participations.default, after);
    return {
      nodes: page.items.map((p) =>
        Object.assign(new ParticipationType(), {
          id: p.id,
          execution: ExecutionType.from(p.execution),
          authority: AuthorityType.from(p.authority),
          outcome: p.outcome,
        }),
      ),
      totalCount: page.totalCount,
      pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    };
  }

  @Query(() => ExecutionType, { nullable: true, description: 'Nula si no existe o si el usuario no puede verla.' })
  async execution(@Ctx() ctx: Context, @Arg('id', () => Int) id: number): Promise<ExecutionType | null> {
    const row = await ctx.services.executions.get(ctx.principal, id);
    return row ? ExecutionType.from(row) : null;
  }

  @FieldResolver(() => Int)
  participantCount(@Root() execution: ExecutionType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.participantCount.load(execution.id);
  }

  @FieldResolver(() => [ParticipantType], { description: 'Participantes con su resultado (requiere acceso al registro).' })
  async participants(@Root() execution: ExecutionType, @Ctx() ctx: Context): Promise<ParticipantType[]> {
    const rows = await ctx.loaders.participants.load(execution.id);
    return rows.map((p) => Object.assign(new ParticipantType(), { authority: AuthorityType.from(p.authority), outcome: p.outcome }));
  }

  @Mutation(() => ExecutionType, { description: 'Registra una ejecución de una actividad de su entidad, con participantes opcionales.' })
  async createExecution(
    @Ctx() ctx: Context,
    @Arg('activityCode', () => String) activityCode: string,
    @Arg('input', () => ExecutionInputType) input: ExecutionInputType,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
    @Arg('participants', () => [ParticipantInputType], { nullable: true }) participants?: ParticipantInputType[] | null,
  ): Promise<ExecutionType> {
    return ExecutionType.from(
      await ctx.services.executions.create(
        ctx.principal,
        activityCode,
        year ?? (await ctx.services.plans.defaultYear(ctx.principal)),
        input,
        participants ?? [],
      ),
    );
  }

  @Mutation(() => ExecutionType, { description: 'Modifica una ejecución; `version` es la que se leyó (conflicto si otra persona la cambió).' })
  async updateExecution(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => ExecutionInputType) input: ExecutionInputType,
  ): Promise<ExecutionType> {
    return ExecutionType.from(await ctx.services.executions.update(ctx.principal, id, version, input));
  }

  @Mutation(() => Boolean)
  deleteExecution(@Ctx() ctx: Context, @Arg('id', () => Int) id: number): Promise<boolean> {
    return ctx.services.executions.delete(ctx.principal, id);
  }

  @Mutation(() => ExecutionType, { description: 'Agrega participantes o cambia su resultado.' })
  async addParticipants(
    @Ctx() ctx: Context,
    @Arg('executionId', () => Int) executionId: number,
    @Arg('participants', () => [ParticipantInputType]) participants: ParticipantInputType[],
  ): Promise<ExecutionType> {
    return ExecutionType.from(await ctx.services.executions.addParticipants(ctx.principal, executionId, participants));
  }

  @Mutation(() => ExecutionType)
  async removeParticipants(
    @Ctx() ctx: Context,
    @Arg('executionId', () => Int) executionId: number,
    @Arg('authorityIds', () => [Int]) authorityIds: number[],
  ): Promise<ExecutionType> {
    return ExecutionType.from(await ctx.services.executions.removeParticipants(ctx.principal, executionId, authorityIds));
  }

  @Mutation(() => ParticipantImportResultType, {
    description: 'Importa participantes desde CSV o XLSX (contenido en base64). Columnas: dni, nombres, apellidos, ubigeo, resultado. Todo o nada.',
  })
  async importParticipants(
    @Ctx() ctx: Context,
    @Arg('executionId', () => Int) executionId: number,
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
  ): Promise<ParticipantImportResultType> {
    const { format, content } = decodeUpload(fileName, contentBase64);
    return readingUpload(() => ctx.services.participantImport.import(ctx.principal, executionId, content, format));
  }
}
