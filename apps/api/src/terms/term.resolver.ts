import { LEADING_AUTHORITIES, groupSize, officeDefinition, termLabel, type AuthorityCensus } from '@gj/domain';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.js';
import { CensusCountInput, CensusType, TermType } from './term.types.js';

const censusType = (census: AuthorityCensus): CensusType => ({
  source: census.source,
  counts: census.counts.map((c) => ({ office: c.office, label: officeDefinition(c.office).pluralLabel, women: c.women, seats: c.seats })),
  leadingAuthorities: groupSize(LEADING_AUTHORITIES, census),
});

@Resolver(() => TermType)
export class TermResolver {
  @Query(() => [TermType], { description: 'Periodos de gobierno que la plataforma conoce (de un plan, del registro o de un censo), con su censo. Público.' })
  async terms(@Ctx() ctx: Context): Promise<TermType[]> {
    return (await ctx.services.terms.list(ctx.principal)).map((t) => ({
      start: t.term.start,
      end: t.term.end,
      label: termLabel(t.term),
      authorities: t.authorities,
      census: t.census ? censusType(t.census) : null,
      planYears: t.planYears,
    }));
  }

  @Mutation(() => CensusType, {
    description: 'Coordinación: registra o reemplaza el censo de un periodo (todos los cargos a la vez, con su fuente). Rechazo: extensions.problems.',
  })
  async setCensus(
    @Ctx() ctx: Context,
    @Arg('termStart', () => Int, { description: 'Año en que empieza el periodo (2027 para 2027–2030).' }) termStart: number,
    @Arg('source', () => String) source: string,
    @Arg('counts', () => [CensusCountInput]) counts: CensusCountInput[],
  ): Promise<CensusType> {
    return censusType(await ctx.services.terms.setCensus(ctx.principal, termStart, { source, counts: counts.map((c) => ({ ...c })) }));
  }
}
