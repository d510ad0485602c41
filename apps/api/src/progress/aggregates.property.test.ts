/**
 * The maintained aggregates are exact: random sequences of writes (executions created, moved
 * between months, deleted; participants added, changed, removed and imported; duplicates merged;
 * women moved to another office or department; files attached) and, after each, the aggregates
 * compared with a recomputation from the records, for random cut-off dates and every scope.
 */
import { allowedOutcomes, outcomeRank, parseCalendarDate, type IndicatorRule } from '@gj/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import { ActivityRow } from '../activity/activity.entity.js';
import { ExecutionRow } from '../execution/execution.entity.js';
import { government } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';
import { AGGREGATE_TUNING, ALL_SCOPE } from './aggregate.service.js';

/** PCM's 1.4, the joint 1.5 (OSCE and MIMP) and 3.2, which counts dissemination actions. */
const CODES = ['1.4', '1.5', '3.2'] as const;
const PEOPLE = 10;
/** District governments in three departments (Lima, Cusco, Arequipa). */
const UBIGEOS = ['150103', '080102', '040102'];
const OFFICES = ['REGIDORA_DISTRITAL', 'ALCALDESA_DISTRITAL'] as const;

type Op =
  | { kind: 'create'; activity: number; day: number; people: number[]; outcome: number }
  | { kind: 'move'; execution: number; day: number }
  | { kind: 'delete'; execution: number }
  | { kind: 'add'; execution: number; people: number[]; outcome: number }
  | { kind: 'remove'; execution: number; people: number[] }
  | { kind: 'import'; execution: number; people: number[]; outcome: number }
  | { kind: 'duplicate'; person: number; execution: number }
  | { kind: 'merge' }
  | { kind: 'relocate'; person: number; office: number; ubigeo: number }
  | { kind: 'file'; execution: number };

const person = fc.integer({ min: 0, max: PEOPLE - 1 });
const people = fc.uniqueArray(person, { minLength: 1, maxLength: 5 });
const pick = fc.nat({ max: 1_000 });
const CREATE = fc.record({ kind: fc.constant('create' as const), activity: fc.nat({ max: 2 }), day: fc.nat({ max: 364 }), people, outcome: pick });
const OP: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: CREATE },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), execution: pick, day: fc.nat({ max: 364 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), execution: pick }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), execution: pick, people, outcome: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), execution: pick, people }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('import' as const), execution: pick, people, outcome: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), person, execution: pick }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('merge' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('relocate' as const), person, office: fc.nat({ max: 1 }), ubigeo: fc.nat({ max: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('file' as const), execution: pick }) },
);
/** A few executions first, so that every later write has something to change. */
const SEQUENCE = (length: number) =>
  fc.tuple(fc.array(CREATE, { minLength: 2, maxLength: 4 }), fc.array(OP, { minLength: 3, maxLength: length })).map(([a, b]) => [...a, ...b]);

const dateOf = (day: number) => new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n');

describe.each(backends())('maintained aggregates on %s', (backend) => {
  let api: TestApi;
  let coordinator: Principal;
  let scopes: { name: string; principal: Principal; scope: string }[];
  let activities: ActivityRow[];
  let ids: number[];
  const governmentIds = new Map<string, number>();

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.principal(await api.login('coordinacion@demo.gob.pe'));
    scopes = [
      { name: 'coordinación', principal: coordinator, scope: ALL_SCOPE },
      { name: 'PCM', principal: await api.principal(await api.login('pcm@demo.gob.pe')), scope: 'PCM' },
      { name: 'OSCE', principal: await api.principal(await api.login('osce@demo.gob.pe')), scope: 'OSCE' },
      { name: 'MIMP', principal: await api.principal(await api.login('mimp@demo.gob.pe')), scope: 'MIMP' },
    ];
    for (const ubigeo of UBIGEOS) governmentIds.set(ubigeo, (await government(api.dataSource, ubigeo)).id);
    activities = await api.dataSource.getRepository(ActivityRow).find({ where: CODES.map((code) => ({ planYear: 2024, code })), relations: { units: true } });
    activities.sort((a, b) => CODES.indexOf(a.code as never) - CODES.indexOf(b.code as never));
  });
  afterAll(() => api?.close());

  /** Fresh women for each run (the register keeps earlier runs' people, unused). */
  async function seedPeople(run: number): Promise<number[]> {
    const rows = Array.from({ length: PEOPLE }, (_, i) => ({
      givenNames: `Prop ${run} ${i}`,
      familyNames: 'Ficticia',
      searchName: `prop ${run} ${i} ficticia`,
      dni: String(70_000_000 + run * 100 + i),
      office: OFFICES[i % 2]!,
      governmentId: governmentIds.get(UBIGEOS[i % 3]!)!,
      termStart: 2023,
      termEnd: 2026,
      active: true,
      synthetic: false,
    }));
    const { identifiers } = await api.dataSource.createQueryBuilder().insert().into(AuthorityRow).values(rows).execute();
    return identifiers.map((r) => Number(r.id));
  }

  const executions = async (): Promise<ExecutionRow[]> =>
    api.dataSource
      .getRepository(ExecutionRow)
      .find({ where: activities.map((a) => ({ activityId: a.id })), relations: { activity: true }, order: { id: 'ASC' } });
  const outcomesOf = (activity: ActivityRow) => allowedOutcomes(activity.rule as IndicatorRule);

  /** Applies one write through the services, as a user would; refusals (a person twice…) are fine. */
  async function apply(op: Op): Promise<void> {
    const all = await executions();
    const execution = 'execution' in op && all.length > 0 ? all[op.execution % all.length]! : null;
    const activityOf = (e: ExecutionRow) => activities.find((a) => a.id === e.activityId)!;
    const ignoreRefusal = (error: unknown) => {
      if (!(error as { extensions?: unknown }).extensions) throw error;
    };
    switch (op.kind) {
      case 'create': {
        const activity = activities[op.activity]!;
        const outcomes = outcomesOf(activity);
        const kind = (activity.rule as IndicatorRule).kind === 'ACTION_COUNT' ? 'DISSEMINATION' : 'TRAINING_SESSION';
        await api.services.executions.create(
          coordinator,
          activity.code,
          2024,
          { date: dateOf(op.day), kind, title: `Propiedad ${op.day}`, modality: 'VIRTUAL' },
          kind === 'DISSEMINATION' ? [] : op.people.map((p, i) => ({ authorityId: ids[p]!, outcome: outcomes[(op.outcome + i) % outcomes.length]! })),
        );
        return;
      }
      case 'move':
        if (execution)
          await api.services.executions.update(coordinator, execution.id, execution.version, {
            date: dateOf(op.day),
            kind: execution.kind,
            title: execution.title,
            modality: execution.modality,
          });
        return;
      case 'delete':
        if (execution) await api.services.executions.delete(coordinator, execution.id);
        return;
      case 'add':
      case 'import': {
        if (!execution || execution.kind === 'DISSEMINATION') return;
        const outcomes = outcomesOf(activityOf(execution));
        const chosen = op.people.map((p, i) => ({ authorityId: ids[p]!, outcome: outcomes[(op.outcome + i) % outcomes.length]! }));
        if (op.kind === 'add') await api.services.executions.addParticipants(coordinator, execution.id, chosen).catch(ignoreRefusal);
        else {
          const csv = [
            'dni,nombres,apellidos,ubigeo,resultado',
            ...chosen.map((c) => `${70_000_000 + run * 100 + ids.indexOf(c.authorityId)},,,,${c.outcome}`),
          ];
          await api.services.participantImport.import(coordinator, execution.id, Buffer.from(csv.join('\n')), 'CSV').catch(ignoreRefusal);
        }
        return;
      }
      case 'remove':
        if (execution)
          await api.services.executions.removeParticipants(
            coordinator,
            execution.id,
            op.people.map((p) => ids[p]!),
          );
        return;
      case 'duplicate': {
        // The same woman registered twice, the copy taking part somewhere: a merge will have to move her.
        if (!execution || execution.kind === 'DISSEMINATION') return;
        const original = await api.dataSource.getRepository(AuthorityRow).findOneByOrFail({ id: ids[op.person]! });
        const { identifiers } = await api.dataSource
          .createQueryBuilder()
          .insert()
          .into(AuthorityRow)
          .values({ ...original, id: undefined, dni: null, possibleDuplicateOf: original.id })
          .execute();
        const outcome = outcomesOf(activityOf(execution)).at(-1)!;
        await api.services.executions.addParticipants(coordinator, execution.id, [{ authorityId: Number(identifiers[0]!.id), outcome }]);
        return;
      }
      case 'merge': {
        const pending: { id: number }[] = await api.dataSource.query('SELECT id FROM authorities WHERE possible_duplicate_of IS NOT NULL ORDER BY id LIMIT 1');
        if (pending.length > 0) await api.services.authorities.resolveDuplicate(coordinator, Number(pending[0]!.id), true);
        return;
      }
      case 'relocate': {
        const current = await api.dataSource.getRepository(AuthorityRow).findOneByOrFail({ id: ids[op.person]! });
        await api.services.authorities.update(coordinator, current.id, {
          givenNames: current.givenNames,
          familyNames: current.familyNames,
          dni: current.dni,
          office: OFFICES[op.office]!,
          governmentId: governmentIds.get(UBIGEOS[op.ubigeo]!)!,
        });
        return;
      }
      case 'file':
        if (execution) await api.services.evidence.upload(coordinator, execution.id, { name: 'acta.pdf', data: PDF }).catch(ignoreRefusal);
        return;
    }
  }

  /** Distinct women per activity by furthest outcome, office and department at `until`, from the records. */
  async function progressFromRecords(until: string): Promise<Map<string, number>> {
    const rows: { activity_id: number; office: string; department_code: string; rnk: number; n: number | string }[] = await api.dataSource.query(
      `SELECT x.activity_id, a.office, g.department_code, x.rnk, COUNT(*) AS n
         FROM (SELECT e.activity_id, p.authority_id,
                      MAX(CASE p.outcome WHEN 'ENROLLED' THEN 1 WHEN 'ATTENDED' THEN 2 WHEN 'COMPLETED' THEN 3 WHEN 'APPROVED' THEN 4 ELSE 5 END) AS rnk
                 FROM participations p INNER JOIN executions e ON e.id = p.execution_id WHERE e.date <= ? GROUP BY e.activity_id, p.authority_id) x
         INNER JOIN authorities a ON a.id = x.authority_id INNER JOIN governments g ON g.id = a.government_id
        GROUP BY x.activity_id, a.office, g.department_code, x.rnk`,
      [until],
    );
    return new Map(rows.map((r) => [`${r.activity_id}|${r.office}|${r.department_code}|${r.rnk}`, Number(r.n)]));
  }

  async function progressMaintained(until: string): Promise<Map<string, number>> {
    const rows: { activity_id: number; office: string; department_code: string; outcome_rank: number; n: number | string }[] = await api.dataSource.query(
      `SELECT activity_id, office, department_code, outcome_rank, SUM(delta) AS n FROM progress_deltas WHERE date <= ?
        GROUP BY activity_id, office, department_code, outcome_rank HAVING SUM(delta) <> 0`,
      [until],
    );
    return new Map(rows.map((r) => [`${r.activity_id}|${r.office}|${r.department_code}|${r.outcome_rank}`, Number(r.n)]));
  }

  /** Women reached by `until` in the activities a scope sees, by office and department: the report's query before aggregates. */
  async function reachFromRecords(principal: Principal, until: string): Promise<Map<string, number>> {
    const visible = (await api.services.activities.list(principal, 2024)).map((a) => a.id);
    if (visible.length === 0) return new Map();
    const rows: { office: string; department_code: string; n: number | string }[] = await api.dataSource.query(
      `SELECT a.office, g.department_code, COUNT(*) AS n
         FROM (SELECT DISTINCT p.authority_id FROM participations p INNER JOIN executions e ON e.id = p.execution_id
                WHERE e.activity_id IN (${visible.map(() => '?').join(',')}) AND e.date <= ?) x
         INNER JOIN authorities a ON a.id = x.authority_id INNER JOIN governments g ON g.id = a.government_id
        GROUP BY a.office, g.department_code`,
      [...visible, until],
    );
    return new Map(rows.map((r) => [`${r.office}|${r.department_code}`, Number(r.n)]));
  }

  async function reachMaintained(principal: Principal, until: string): Promise<Map<string, number>> {
    const report = await api.services.reports.consolidated(principal, 2024, parseCalendarDate(until)!);
    const result = new Map<string, number>();
    // byOffice × byDepartment are marginals: compare both against the records' marginals.
    for (const o of report.byOffice) if (o.reached) result.set(`office|${o.key}`, o.reached);
    for (const d of report.byDepartment) if (d.reached) result.set(`department|${d.key}`, d.reached);
    return result;
  }

  const marginals = (cells: Map<string, number>) => {
    const result = new Map<string, number>();
    for (const [k, n] of cells) {
      const [office, department] = k.split('|');
      result.set(`office|${office}`, (result.get(`office|${office}`) ?? 0) + n);
      result.set(`department|${department}`, (result.get(`department|${department}`) ?? 0) + n);
    }
    return result;
  };

  let run = 0;
  it('match a recomputation from the records after every write, for any cut-off date and scope', async () => {
    await fc.assert(
      fc.asyncProperty(
        SEQUENCE(backend === 'sqlite' ? 16 : 10),
        fc.array(fc.nat({ max: 380 }), { minLength: 2, maxLength: 3 }),
        fc.boolean(),
        async (ops, cuts, bulk) => {
          run += 1;
          // Both ways of reading a write's records: woman by woman, and whole activities (large imports).
          AGGREGATE_TUNING.many = bulk ? 1 : 200;
          ids = await seedPeople(run);
          for (const op of ops) {
            await apply(op);
            expect(await api.services.executions.aggregates.check(), JSON.stringify(op)).toEqual([]);
            for (const cut of cuts) {
              const until = dateOf(cut);
              expect(await progressMaintained(until)).toEqual(await progressFromRecords(until));
              const scope = scopes[cut % scopes.length]!;
              expect(await reachMaintained(scope.principal, until), `${scope.name} al ${until}`).toEqual(
                marginals(await reachFromRecords(scope.principal, until)),
              );
            }
          }
        },
      ),
      { numRuns: backend === 'sqlite' ? 40 : 12, endOnFailure: true },
    );
    // Outcomes rank the same in SQL and in the domain.
    expect(outcomeRank('APPROVED')).toBe(4);
  }, 600_000);

  it('stay exact when writes about the same women run at the same time', async () => {
    // Two executions of 1.4 on different dates; the same women are added to both at once, many times over.
    run += 1;
    ids = await seedPeople(run);
    const [first, second] = await Promise.all(
      ['2024-05-09', '2024-06-13'].map((date) =>
        api.services.executions.create(coordinator, '1.4', 2024, { date, kind: 'TRAINING_SESSION', title: `Simultánea ${date}`, modality: 'VIRTUAL' }),
      ),
    );
    const outcomes = outcomesOf(activities[0]!);
    for (let round = 0; round < 4; round++) {
      const chosen = ids.slice(round * 2, round * 2 + 4);
      await Promise.all([
        api.services.executions.addParticipants(
          coordinator,
          first!.id,
          chosen.map((authorityId) => ({ authorityId, outcome: outcomes[0]! })),
        ),
        api.services.executions.addParticipants(
          coordinator,
          second!.id,
          chosen.map((authorityId) => ({ authorityId, outcome: outcomes.at(-1)! })),
        ),
        api.services.executions.removeParticipants(coordinator, first!.id, [ids[(round + 7) % PEOPLE]!]),
      ]);
    }
    expect(await api.services.executions.aggregates.check()).toEqual([]);
  }, 120_000);
});
