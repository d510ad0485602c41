import { furthestOutcomeSteps } from '@gj/domain';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * The maintained aggregates every read of progress, months and the report comes from (see
 * aggregate.entity.ts), kept exact by the writes themselves:
 *  - `progress_deltas`: per activity, the distinct women by furthest outcome, office and
 *    department as additive changes by date (@gj/domain furthestOutcomeSteps);
 *  - `reach_firsts` / `reach_deltas`: per plan-year and scope (all activities, or an entity's),
 *    the first date each woman took part, and its count by office and department by date;
 *  - `activity_days`: executions, dissemination actions and executions with files, by date.
 * A write that changes participations runs inside `around`: the affected women's contribution is
 * read before and after, and only the difference is added (rows that come back to 0 stay until the
 * next rebuild: reads add them up to nothing). `rebuild` recomputes everything from the records;
 * `check` compares the two.
 */

export const ALL_SCOPE = '*';
const RANK_SQL = `MAX(CASE p.outcome WHEN 'ENROLLED' THEN 1 WHEN 'ATTENDED' THEN 2 WHEN 'COMPLETED' THEN 3 WHEN 'APPROVED' THEN 4 ELSE 5 END)`;
const CHUNK = 500;
/** Above `many` women, a write's records are read by activity rather than by woman (tests lower it to cover both ways). */
export const AGGREGATE_TUNING = { many: 200 };

type Key = string;
const key = (...parts: (string | number)[]) => parts.join('|');

interface Person {
  office: string;
  department: string;
}

/** What some women contribute: progress changes and their first dates per plan-year and scope. */
interface Contribution {
  progress: Map<Key, number>;
  /** year|scope|authority → first date. */
  firsts: Map<Key, string>;
  people: Map<number, Person>;
}

export interface Change {
  /** Activities whose participations change (their plan-years' reach too). */
  activityIds: readonly number[];
  /** The women whose participations, or whose office or government, change. */
  authorityIds: readonly number[];
  /** Only new participations on this date (or changed outcomes): reach moves only to earlier first dates. */
  addedOn?: string;
}

export interface AggregateDifference {
  table: string;
  key: string;
  expected: number | string | null;
  actual: number | string | null;
}

/** Women reached by first date, office and department, counted from the first dates: what reach_deltas must add up to. */
const reachFromFirsts = (where: string) =>
  `SELECT rf.plan_year, rf.scope, rf.first_date, au.office, g.department_code, COUNT(*) AS n
     FROM reach_firsts rf INNER JOIN authorities au ON au.id = rf.authority_id INNER JOIN governments g ON g.id = au.government_id
    ${where} GROUP BY rf.plan_year, rf.scope, rf.first_date, au.office, g.department_code`;

const chunks = <T>(list: readonly T[], size = 1000): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

export class AggregateService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs `work` (which writes participations, executions or a woman's office or government)
   * and keeps the aggregates exact: the affected women are locked in id order (writes touching
   * the same woman take turns), their contribution read before and after, the difference added.
   */
  async around<T>(manager: EntityManager, change: Change, work: () => Promise<T>): Promise<T> {
    const people = [...new Set(change.authorityIds)].sort((a, b) => a - b);
    const activities = [...new Set(change.activityIds)];
    if (people.length === 0 || activities.length === 0) return work();
    await this.lockPeople(manager, people);
    const years = await this.yearsOf(manager, activities);
    const before = await this.contribution(manager, activities, people, years, 'stored');
    const result = await work();
    const after = change.addedOn
      ? await this.afterAdding(manager, before, activities, people, change.addedOn)
      : await this.contribution(manager, activities, people, years, 'records');
    await this.apply(manager, before, after);
    return result;
  }

  /** An execution on a date: ±1 execution, ±1 action if it is a dissemination, ±1 with files. */
  async addDay(manager: EntityManager, activityId: number, date: string, change: { executions: number; actions: number; withEvidence: number }): Promise<void> {
    if (change.executions === 0 && change.actions === 0 && change.withEvidence === 0) return;
    await this.upsert(
      manager,
      'activity_days',
      ['activity_id', 'date'],
      ['executions', 'actions', 'with_evidence'],
      [[activityId, date, change.executions, change.actions, change.withEvidence]],
    );
    await manager.query('DELETE FROM activity_days WHERE activity_id = ? AND date = ? AND executions = 0', [activityId, date]);
  }

  /** Recomputes every aggregate from the records (`npm run rebuild:aggregates`, the migration, bulk loads). */
  async rebuild(manager: EntityManager = this.dataSource.manager): Promise<{ progress: number; reach: number; days: number }> {
    for (const table of ['progress_deltas', 'reach_deltas', 'reach_firsts', 'activity_days']) await manager.query(`DELETE FROM ${table}`);
    const days = await this.daysFromRecords(manager);
    for (const batch of chunks(days, CHUNK))
      await this.insert(manager, 'activity_days', ['activity_id', 'date', 'executions', 'actions', 'with_evidence'], batch);
    let progress = 0;
    const activityIds: number[] = (await manager.query('SELECT id FROM activities ORDER BY id')).map((r: { id: number }) => Number(r.id));
    // Activity by activity: memory stays that of one activity's participations.
    for (const activityId of activityIds) {
      const rows = [...(await this.progressFromRecords(manager, [activityId])).entries()].filter(([, d]) => d !== 0);
      progress += rows.length;
      for (const batch of chunks(rows, CHUNK))
        await this.insert(
          manager,
          'progress_deltas',
          ['activity_id', 'date', 'office', 'department_code', 'outcome_rank', 'delta'],
          batch.map(([k, d]) => [...splitProgressKey(k), d]),
        );
    }
    const years: number[] = (await manager.query('SELECT year FROM plans ORDER BY year')).map((r: { year: number }) => Number(r.year));
    for (const year of years) await this.rebuildReach(manager, year);
    const [count] = (await manager.query('SELECT COUNT(*) AS n FROM reach_firsts')) as { n: number | string }[];
    return { progress, reach: Number(count?.n ?? 0), days: days.length };
  }

  /**
   * An activity changed its responsible entities: the entities' reach of its plan-year is
   * recomputed (rare: plans are edited as drafts, before any record).
   */
  async rebuildReach(manager: EntityManager, planYear: number): Promise<void> {
    await manager.query('DELETE FROM reach_deltas WHERE plan_year = ?', [planYear]);
    await manager.query('DELETE FROM reach_firsts WHERE plan_year = ?', [planYear]);
    const firsts = await this.firstsFromRecords(manager, [planYear], null);
    for (const batch of chunks([...firsts], CHUNK))
      await this.insert(
        manager,
        'reach_firsts',
        ['plan_year', 'scope', 'authority_id', 'first_date'],
        batch.map(([k, date]) => {
          const [year, scope, authority] = k.split('|');
          return [Number(year), scope!, Number(authority), date];
        }),
      );
    await manager.query(`INSERT INTO reach_deltas (plan_year, scope, date, office, department_code, delta) ${reachFromFirsts('WHERE rf.plan_year = ?')}`, [
      planYear,
    ]);
  }

  /** Compares the maintained aggregates with a computation from the records; [] when they agree. */
  async check(manager: EntityManager = this.dataSource.manager): Promise<AggregateDifference[]> {
    const differences: AggregateDifference[] = [];
    const compare = (table: string, expected: Map<Key, number | string>, actual: Map<Key, number | string>) => {
      for (const k of new Set([...expected.keys(), ...actual.keys()])) {
        const e = expected.get(k) ?? null;
        const a = actual.get(k) ?? null;
        if (String(e) !== String(a)) differences.push({ table, key: k, expected: e, actual: a });
      }
    };
    const activityIds: number[] = (await manager.query('SELECT id FROM activities')).map((r: { id: number }) => Number(r.id));
    const expectedProgress = new Map([...(await this.progressFromRecords(manager, activityIds)).entries()].filter(([, d]) => d !== 0));
    const actualProgress = new Map<Key, number>(
      (await manager.query('SELECT activity_id, date, office, department_code, outcome_rank, delta FROM progress_deltas WHERE delta <> 0')).map(
        (r: Record<string, string | number>) => [key(Number(r.activity_id), r.date!, r.office!, r.department_code!, Number(r.outcome_rank)), Number(r.delta)],
      ),
    );
    compare('progress_deltas', expectedProgress, actualProgress);

    const expectedFirsts = await this.firstsFromRecords(manager, null, null);
    const actualFirsts = new Map<Key, string>(
      (await manager.query('SELECT plan_year, scope, authority_id, first_date FROM reach_firsts')).map((r: Record<string, string | number>) => [
        key(Number(r.plan_year), r.scope!, Number(r.authority_id)),
        String(r.first_date),
      ]),
    );
    compare('reach_firsts', expectedFirsts, actualFirsts);

    const expectedReach = new Map<Key, number>(
      (await manager.query(reachFromFirsts(''))).map((r: Record<string, string | number>) => [
        key(Number(r.plan_year), r.scope!, r.first_date!, r.office!, r.department_code!),
        Number(r.n),
      ]),
    );
    const actualReach = new Map<Key, number>(
      (await manager.query('SELECT plan_year, scope, date, office, department_code, delta FROM reach_deltas WHERE delta <> 0')).map(
        (r: Record<string, string | number>) => [key(Number(r.plan_year), r.scope!, r.date!, r.office!, r.department_code!), Number(r.delta)],
      ),
    );
    compare('reach_deltas', expectedReach, actualReach);

    const expectedDays = new Map((await this.daysFromRecords(manager)).map(([a, d, e, n, w]) => [key(a, d), `${e}/${n}/${w}`]));
    const actualDays = new Map<Key, string>(
      (await manager.query('SELECT activity_id, date, executions, actions, with_evidence FROM activity_days WHERE executions <> 0')).map(
        (r: Record<string, string | number>) => [
          key(Number(r.activity_id), r.date!),
          `${Number(r.executions)}/${Number(r.actions)}/${Number(r.with_evidence)}`,
        ],
      ),
    );
    compare('activity_days', expectedDays, actualDays);
    return differences;
  }

  // ------------------------------------------------------------------------------------------

  private async lockPeople(manager: EntityManager, people: readonly number[]): Promise<void> {
    // SQLite has one writer at a time: the same order without locks.
    if (manager.connection.options.type === 'better-sqlite3') return;
    for (const ids of chunks(people)) await manager.query(`SELECT id FROM authorities WHERE id IN (${marks(ids.length)}) ORDER BY id FOR UPDATE`, ids);
  }

  private async yearsOf(manager: EntityManager, activityIds: readonly number[]): Promise<number[]> {
    const rows: { plan_year: number }[] = await manager.query(`SELECT DISTINCT plan_year FROM activities WHERE id IN (${marks(activityIds.length)})`, [
      ...activityIds,
    ]);
    return rows.map((r) => Number(r.plan_year));
  }

  private async peopleOf(manager: EntityManager, ids: readonly number[]): Promise<Map<number, Person>> {
    const people = new Map<number, Person>();
    for (const chunk of chunks(ids)) {
      const rows: { id: number; office: string; department_code: string }[] = await manager.query(
        `SELECT au.id, au.office, g.department_code FROM authorities au INNER JOIN governments g ON g.id = au.government_id WHERE au.id IN (${marks(chunk.length)})`,
        chunk,
      );
      for (const r of rows) people.set(Number(r.id), { office: r.office, department: r.department_code });
    }
    return people;
  }

  /**
   * What some women contribute to some activities' progress (from the records) and their first
   * dates in those plan-years (from the records, or as stored).
   */
  private async contribution(
    manager: EntityManager,
    activityIds: readonly number[],
    authorityIds: readonly number[],
    years: readonly number[],
    firstsFrom: 'stored' | 'records',
  ): Promise<Contribution> {
    const people = await this.peopleOf(manager, authorityIds);
    const progress = await this.progressFromRecords(manager, activityIds, authorityIds, people);
    const firsts =
      firstsFrom === 'records' ? await this.firstsFromRecords(manager, years, authorityIds) : await this.storedFirsts(manager, years, authorityIds);
    return { progress, firsts, people };
  }

  /** After only additions on `date`: each scope of the activities moves its first date to `date` if earlier. */
  private async afterAdding(
    manager: EntityManager,
    before: Contribution,
    activityIds: readonly number[],
    authorityIds: readonly number[],
    date: string,
  ): Promise<Contribution> {
    // Only women who now take part: an outcome changed on someone already counted moves nothing.
    const present = new Set<number>();
    const progress = await this.progressFromRecords(manager, activityIds, authorityIds, before.people, present);
    const scopes: { plan_year: number; entity_code: string | null }[] = await manager.query(
      `SELECT DISTINCT a.plan_year, u.entity_code FROM activities a LEFT JOIN activity_units au ON au.activity_id = a.id LEFT JOIN units u ON u.code = au.unit_code
        WHERE a.id IN (${marks(activityIds.length)})`,
      [...activityIds],
    );
    const firsts = new Map(before.firsts);
    for (const authority of present) {
      for (const s of scopes) {
        for (const scope of [ALL_SCOPE, ...(s.entity_code ? [s.entity_code] : [])]) {
          const k = key(Number(s.plan_year), scope, authority);
          const current = firsts.get(k);
          if (current === undefined || date < current) firsts.set(k, date);
        }
      }
    }
    return { progress, firsts, people: before.people };
  }

  private async storedFirsts(manager: EntityManager, years: readonly number[], authorityIds: readonly number[]): Promise<Map<Key, string>> {
    const firsts = new Map<Key, string>();
    const few = authorityIds.length <= AGGREGATE_TUNING.many;
    const wanted = new Set(authorityIds);
    for (const chunk of few ? chunks(authorityIds) : [null]) {
      const rows: { plan_year: number; scope: string; authority_id: number; first_date: string }[] = await manager.query(
        `SELECT plan_year, scope, authority_id, first_date FROM reach_firsts WHERE plan_year IN (${marks(years.length)})${chunk ? ` AND authority_id IN (${marks(chunk.length)})` : ''}`,
        [...years, ...(chunk ?? [])],
      );
      for (const r of rows) if (wanted.has(Number(r.authority_id))) firsts.set(key(Number(r.plan_year), r.scope, Number(r.authority_id)), String(r.first_date));
    }
    return firsts;
  }

  /** Adds after − before to the aggregates and stores the new first dates. */
  private async apply(manager: EntityManager, before: Contribution, after: Contribution): Promise<void> {
    const progress = new Map<Key, number>();
    for (const [k, d] of after.progress) progress.set(k, (progress.get(k) ?? 0) + d);
    for (const [k, d] of before.progress) progress.set(k, (progress.get(k) ?? 0) - d);
    // In key order: concurrent writers lock the rows they share in the same order, never in a cycle.
    const changed = [...progress].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const batch of chunks(changed, CHUNK)) {
      await this.upsert(
        manager,
        'progress_deltas',
        ['activity_id', 'date', 'office', 'department_code', 'outcome_rank'],
        ['delta'],
        batch.map(([k, d]) => [...splitProgressKey(k), d]),
      );
    }

    // Reach: each woman's first date per plan-year and scope, before (with her office then) and after.
    const reach = new Map<Key, number>();
    const add = (k: Key, d: number) => reach.set(k, (reach.get(k) ?? 0) + d);
    const firstKeys = new Set([...before.firsts.keys(), ...after.firsts.keys()]);
    const removed: [number, string, number][] = [];
    const written: [number, string, number, string][] = [];
    for (const k of [...firstKeys].sort()) {
      const [year, scope, authority] = k.split('|');
      const id = Number(authority);
      const was = before.firsts.get(k);
      const now = after.firsts.get(k);
      const personBefore = before.people.get(id);
      const personAfter = after.people.get(id) ?? personBefore;
      if (was !== undefined && personBefore) add(key(year!, scope!, was, personBefore.office, personBefore.department), -1);
      if (now !== undefined && personAfter) add(key(year!, scope!, now, personAfter.office, personAfter.department), 1);
      if (was !== now) {
        if (now === undefined) removed.push([Number(year), scope!, id]);
        else written.push([Number(year), scope!, id, now]);
      }
    }
    for (const [year, scope, id] of removed)
      await manager.query('DELETE FROM reach_firsts WHERE plan_year = ? AND scope = ? AND authority_id = ?', [year, scope, id]);
    for (const batch of chunks(written, CHUNK))
      await this.upsert(manager, 'reach_firsts', ['plan_year', 'scope', 'authority_id'], ['first_date'], batch, 'replace');
    const reachChanged = [...reach].filter(([, d]) => d !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const batch of chunks(reachChanged, CHUNK)) {
      await this.upsert(
        manager,
        'reach_deltas',
        ['plan_year', 'scope', 'date', 'office', 'department_code'],
        ['delta'],
        batch.map(([k, d]) => {
          const [year, scope, date, office, department] = k.split('|');
          return [Number(year), scope!, date!, office!, department!, d];
        }),
      );
    }
  }

  /**
   * Progress changes of some activities from the records: for each woman, her furthest outcome
   * by date as steps, added up by date, office, department and outcome. Optionally only some women.
   */
  async progressFromRecords(
    manager: EntityManager,
    activityIds: readonly number[],
    authorityIds?: readonly number[],
    known?: Map<number, Person>,
    seen?: Set<number>,
  ): Promise<Map<Key, number>> {
    const totals = new Map<Key, number>();
    if (activityIds.length === 0 || authorityIds?.length === 0) return totals;
    const rows: { activity_id: number; authority_id: number; date: string; rnk: number }[] = [];
    // A few women: their rows through the index on participations. Many (an import): the
    // activities' rows once, filtered here, rather than each woman's rows in every activity.
    const few = authorityIds && authorityIds.length <= AGGREGATE_TUNING.many;
    for (const chunk of few ? chunks(authorityIds) : [null]) {
      rows.push(
        ...(await manager.query(
          `SELECT e.activity_id, p.authority_id, e.date, ${RANK_SQL} AS rnk
             FROM executions e INNER JOIN participations p ON p.execution_id = e.id
            WHERE e.activity_id IN (${marks(activityIds.length)})${chunk ? ` AND p.authority_id IN (${marks(chunk.length)})` : ''}
            GROUP BY e.activity_id, p.authority_id, e.date`,
          [...activityIds, ...(chunk ?? [])],
        )),
      );
    }
    const wanted = authorityIds && !few ? new Set(authorityIds) : null;
    const mine = wanted ? rows.filter((r) => wanted.has(Number(r.authority_id))) : rows;
    const people = known ?? (await this.peopleOf(manager, [...new Set(mine.map((r) => Number(r.authority_id)))]));
    const events = new Map<Key, { date: string; rank: number }[]>();
    for (const r of mine) {
      const k = key(Number(r.activity_id), Number(r.authority_id));
      const list = events.get(k);
      if (list) list.push({ date: String(r.date), rank: Number(r.rnk) });
      else events.set(k, [{ date: String(r.date), rank: Number(r.rnk) }]);
      seen?.add(Number(r.authority_id));
    }
    for (const [k, list] of events) {
      const [activity, authority] = k.split('|').map(Number) as [number, number];
      const person = people.get(authority);
      if (!person) continue;
      for (const step of furthestOutcomeSteps(list)) {
        const d = key(activity, step.date, person.office, person.department, step.rank);
        totals.set(d, (totals.get(d) ?? 0) + step.delta);
      }
    }
    return totals;
  }

  /** First dates by plan-year, scope and woman from the records (all, or some years and women). */
  private async firstsFromRecords(manager: EntityManager, years: readonly number[] | null, authorityIds: readonly number[] | null): Promise<Map<Key, string>> {
    const firsts = new Map<Key, string>();
    if (years?.length === 0 || authorityIds?.length === 0) return firsts;
    for (const chunk of authorityIds ? chunks(authorityIds) : [null]) {
      const where = [...(years ? [`a.plan_year IN (${marks(years.length)})`] : []), ...(chunk ? [`p.authority_id IN (${marks(chunk.length)})`] : [])];
      const params = [...(years ?? []), ...(chunk ?? [])];
      const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
      const all: { plan_year: number; authority_id: number; first: string }[] = await manager.query(
        `SELECT a.plan_year, p.authority_id, MIN(e.date) AS first
           FROM participations p INNER JOIN executions e ON e.id = p.execution_id INNER JOIN activities a ON a.id = e.activity_id
          ${filter} GROUP BY a.plan_year, p.authority_id`,
        params,
      );
      for (const r of all) firsts.set(key(Number(r.plan_year), ALL_SCOPE, Number(r.authority_id)), String(r.first));
      const byEntity: { plan_year: number; entity_code: string; authority_id: number; first: string }[] = await manager.query(
        `SELECT a.plan_year, u.entity_code, p.authority_id, MIN(e.date) AS first
           FROM participations p INNER JOIN executions e ON e.id = p.execution_id INNER JOIN activities a ON a.id = e.activity_id
           INNER JOIN activity_units au ON au.activity_id = a.id INNER JOIN units u ON u.code = au.unit_code
          ${filter} GROUP BY a.plan_year, u.entity_code, p.authority_id`,
        params,
      );
      for (const r of byEntity) firsts.set(key(Number(r.plan_year), r.entity_code, Number(r.authority_id)), String(r.first));
    }
    return firsts;
  }

  /** activity_days from the records: [activity, date, executions, actions, with files]. */
  private async daysFromRecords(manager: EntityManager): Promise<[number, string, number, number, number][]> {
    const rows: { activity_id: number; date: string; n: number | string; actions: number | string; with_evidence: number | string }[] = await manager.query(
      `SELECT e.activity_id, e.date, COUNT(*) AS n, SUM(CASE WHEN e.kind = 'DISSEMINATION' THEN 1 ELSE 0 END) AS actions,
              SUM(CASE WHEN EXISTS (SELECT 1 FROM evidence_files ef WHERE ef.execution_id = e.id) THEN 1 ELSE 0 END) AS with_evidence
         FROM executions e GROUP BY e.activity_id, e.date`,
    );
    return rows.map((r) => [Number(r.activity_id), String(r.date), Number(r.n), Number(r.actions), Number(r.with_evidence)]);
  }

  /** Adds to (or, with `replace`, overwrites) the value columns of rows matched by their key. */
  private async upsert(
    manager: EntityManager,
    table: string,
    keyColumns: readonly string[],
    valueColumns: readonly string[],
    rows: readonly (string | number)[][],
    mode: 'add' | 'replace' = 'add',
  ): Promise<void> {
    if (rows.length === 0) return;
    const columns = [...keyColumns, ...valueColumns];
    const values = rows.map(() => `(${marks(columns.length)})`).join(', ');
    const sqlite = manager.connection.options.type === 'better-sqlite3';
    const set = valueColumns
      .map((c) =>
        sqlite
          ? `${c} = ${mode === 'add' ? `${table}.${c} + excluded.${c}` : `excluded.${c}`}`
          : `${c} = ${mode === 'add' ? `${c} + VALUES(${c})` : `VALUES(${c})`}`,
      )
      .join(', ');
    const conflict = sqlite ? `ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET ${set}` : `ON DUPLICATE KEY UPDATE ${set}`;
    await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${conflict}`, rows.flat());
  }

  private async insert(manager: EntityManager, table: string, columns: readonly string[], rows: readonly (string | number)[][]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${rows.map(() => `(${marks(columns.length)})`).join(', ')}`, rows.flat());
  }
}

/** "12|2024-05-09|ALCALDESA_DISTRITAL|15|3" → [12, "2024-05-09", "ALCALDESA_DISTRITAL", "15", 3]. */
function splitProgressKey(k: Key): [number, string, string, string, number] {
  const [activity, date, office, department, rank] = k.split('|');
  return [Number(activity), date!, office!, department!, Number(rank)];
}
