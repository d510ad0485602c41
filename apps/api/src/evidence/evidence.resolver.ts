import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../context.js';
import { ExecutionType } from '../execution/execution.types.js';
import { EvidenceType } from './evidence.types.js';

@Resolver(() => ExecutionType)
export class EvidenceResolver {
  @FieldResolver(() => [EvidenceType], { description: 'Medios de verificación adjuntos (se suben con POST /api/executions/{id}/evidence).' })
  async evidence(@Root() execution: ExecutionType, @Ctx() ctx: Context): Promise<EvidenceType[]> {
    return (await ctx.loaders.evidence.load(execution.id)).map(EvidenceType.from);
  }

  @Mutation(() => Boolean, { description: 'Elimina un medio de verificación (mes abierto; la entidad que registró la ejecución o la coordinación).' })
  deleteEvidence(@Ctx() ctx: Context, @Arg('id', () => Int) id: number): Promise<boolean> {
    return ctx.services.evidence.delete(ctx.principal, id);
  }
}
