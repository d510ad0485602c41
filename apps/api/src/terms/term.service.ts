import { censusOf, censusProblems, seesPlan, termLabel, termOf, type AuthorityCensus, type CensusInput, type Term } from '@gj/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import { problemsError } from '../common/errors.js';
import { PlanRow } from '../plan/plan.entity.js';
import { CensusRow } from './census.entity.js';

/** Census of several terms at once (one query): what progress needs for a list of activities. */
export async function censusesOf(manager: EntityManager, termStarts: readonly number[]): Promise<Map<number, AuthorityCensus>> {
  const result = new Map<number, AuthorityCensus>();
  if (termStarts.length === 0) return result;
  const rows = await manager
    .getRepository(CensusRow)
    .createQueryBuilder('c')
    .where('c.termStart IN (:...starts)', { starts: [...new Set(termStarts)] })
    .getMany();
  for (const start of new Set(termStarts)) {
    const own = rows.filter((r) => r.termStart === start);
    if (own.length === 0) continue;
    result.set(start, censusOf(termOf(start), { source: own[0]!.source, counts: own.map((r) => ({ office: r.office, women: r.women, seats: r.seats })) }));
  }
  return result;
}

export interface TermSummary {
  term: Term;
  /** Records of the register in that term (active or not). */
  authorities: number;
  census: AuthorityCensus | null;
  planYears: number[];
}

/**
 * Terms of office and their census. The census is data per term, entered by the coordination;
 * each plan-year's rules use the census of the term its year falls in.
 */
export class TermService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Every term the platform knows: of a plan-year, of the register or of a census. */
  async list(principal: Principal): Promise<TermSummary[]> {
    const [allPlans, census, register]: [PlanRow[], CensusRow[], { term_start: number | string; n: number | string }[]] = await Promise.all([
      this.dataSource.getRepository(PlanRow).find({ select: { year: true, status: true } }),
      this.dataSource.getRepository(CensusRow).find(),
      this.dataSource
        .getRepository(AuthorityRow)
        .createQueryBuilder('a')
        .select('a.term_start', 'term_start')
        .addSelect('COUNT(*)', 'n')
        .groupBy('a.term_start')
        .getRawMany(),
    ]);
    // A draft plan-year exists only for those who manage plans: its term is not shown to others.
    const plans = allPlans.filter((p) => seesPlan(principal.viewer, p.status));
    const starts = new Set<number>([
      ...plans.map((p) => termOf(p.year).start),
      ...census.map((c) => c.termStart),
      ...register.map((r) => termOf(Number(r.term_start)).start),
    ]);
    const censuses = await censusesOf(this.dataSource.manager, [...starts]);
    return [...starts]
      .sort((a, b) => a - b)
      .map((start) => ({
        term: termOf(start),
        authorities: register.filter((r) => termOf(Number(r.term_start)).start === start).reduce((n, r) => n + Number(r.n), 0),
        census: censuses.get(start) ?? null,
        planYears: plans.filter((p) => termOf(p.year).start === start).map((p) => p.year),
      }));
  }

  /** Replaces a term's census (every office at once), audited with what it replaced. */
  async setCensus(principal: Principal, termStart: number, input: CensusInput): Promise<AuthorityCensus> {
    principal.assert('plan:manage');
    const term = termOf(termStart);
    const problems = [
      ...(term.start === termStart ? [] : [`${termStart} no es el inicio de un periodo: los periodos empiezan en ${term.start}, ${term.start + 4}…`]),
      ...censusProblems(input),
    ];
    if (problems.length > 0) throw problemsError(`El censo del periodo ${termLabel(term)} no es válido.`, problems);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(CensusRow);
      const before = (await censusesOf(manager, [term.start])).get(term.start) ?? null;
      await repository.delete({ termStart: term.start });
      const now = new Date();
      await repository.insert(
        input.counts.map((c) => ({
          termStart: term.start,
          office: c.office as CensusRow['office'],
          women: c.women,
          seats: c.seats ?? null,
          source: input.source.trim(),
          updatedBy: principal.viewer.email,
          updatedAt: now,
        })),
      );
      const after = (await censusesOf(manager, [term.start])).get(term.start)!;
      await this.audit.record(manager, principal.actor, { action: 'census.set', targetType: 'term', targetId: termLabel(term), before, after });
      return after;
    });
  }
}

/** Seeds a term's census from the domain (the 2023–2026 figures of the 2024 plan) when none is there. */
export async function seedCensus(manager: EntityManager, census: AuthorityCensus): Promise<number> {
  const term = termOf(census.year);
  if ((await manager.getRepository(CensusRow).count({ where: { termStart: term.start } })) > 0) return 0;
  const now = new Date();
  await manager.getRepository(CensusRow).insert(
    census.counts.map((c) => ({
      termStart: term.start,
      office: c.office,
      women: c.women,
      seats: c.seats,
      source: census.source,
      updatedBy: 'sistema',
      updatedAt: now,
    })),
  );
  return census.counts.length;
}
