/**
 * National-scale data for the benchmarks, written straight into MariaDB/MySQL with multi-row
 * INSERTs inside transactions. Expects a database the API has already migrated and bootstrapped
 * with GJ_DEMO=1: INEI geography (1,891 districts, 1,916 governments), the 2024 plan, the demo
 * accounts and the synthetic register (5,372 women authorities, the plan's counts per office).
 *
 * It keeps that register, removes the demo's executions, copies the 2024 plan to later years
 * (plans, objectives, activities, activity_units: same columns, read from the schema), and adds
 * executions and participations over every plan year:
 *  - dates inside the year, mostly in the activity's planned months;
 *  - outcomes the activity accepts (`allowedOutcomes` of its rule): ASSISTED for technical
 *    assistance, ENROLLED/ATTENDED/COMPLETED/APPROVED for training;
 *  - participants drawn from the offices the indicator counts (some from any office);
 *  - at most one participation per (execution, authority);
 *  - DISSEMINATION executions without participants for the action-count activity (3.2).
 */
import { execFileSync } from 'node:child_process';
import mysql from 'mysql2/promise';
import { fileURLToPath } from 'node:url';
import { createDatabase, DOMAIN, startApi } from './common.mjs';

const AGGREGATES_CLI = fileURLToPath(new URL('../../apps/api/dist/cli/aggregates.js', import.meta.url));

const { allowedOutcomes, LEADING_OFFICES, OFFICES, plannedMonthsOf } = await import(DOMAIN);

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const shuffle = (list) => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  };
  return { next, int, pick, shuffle };
}

/** Offices an activity's indicator counts. */
function countedOffices(rule) {
  switch (rule.kind) {
    case 'DISTINCT_AUTHORITIES':
    case 'PASS_RATE':
      return rule.offices;
    case 'COMPOSITION':
      return rule.parts.flatMap((p) => p.offices);
    case 'GROUP_SHARE':
      return LEADING_OFFICES;
    default:
      return [];
  }
}

const TRAINING_WEIGHTS = { ENROLLED: 0.1, ATTENDED: 0.3, COMPLETED: 0.4, APPROVED: 0.2 };

function outcomeFor(rng, allowed) {
  if (allowed.length === 1) return allowed[0];
  let roll = rng.next() * allowed.reduce((s, o) => s + (TRAINING_WEIGHTS[o] ?? 0), 0);
  for (const o of allowed) {
    roll -= TRAINING_WEIGHTS[o] ?? 0;
    if (roll < 0) return o;
  }
  return allowed.at(-1);
}

function kindFor(code, assistance) {
  if (assistance) return 'TECHNICAL_ASSISTANCE';
  if (['1.1', '1.2', '1.3'].includes(code)) return 'EVENT';
  if (['1.5', '1.6', '1.7', '1.8'].includes(code)) return 'COURSE_EDITION';
  return 'TRAINING_SESSION';
}

const MODALITIES = ['VIRTUAL', 'VIRTUAL', 'IN_PERSON', 'HYBRID'];
const PLACES = ['Lima', 'Arequipa', 'Cusco', 'Piura', 'Huancayo', 'Iquitos', 'Puno', 'Trujillo', 'Chiclayo', 'Ayacucho'];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n) => String(n).padStart(2, '0');

async function columnsOf(connection, table) {
  const [rows] = await connection.query(
    'SELECT COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION',
    [table],
  );
  return rows.map((r) => r.c);
}

/** Copies the 2024 plan rows to `year` with INSERT … SELECT, column lists read from the schema. */
async function copyPlan(connection, from, year) {
  const [[exists]] = await connection.query('SELECT COUNT(*) AS n FROM plans WHERE year = ?', [year]);
  if (Number(exists.n) > 0) return false;
  const q = (c) => `\`${c}\``;
  const plans = await columnsOf(connection, 'plans');
  await connection.query(
    `INSERT INTO plans (${plans.map(q).join(', ')}) SELECT ${plans.map((c) => (c === 'year' ? '?' : `p.${q(c)}`)).join(', ')} FROM plans p WHERE p.year = ?`,
    [year, from],
  );
  const objectives = (await columnsOf(connection, 'objectives')).filter((c) => c !== 'id');
  await connection.query(
    `INSERT INTO objectives (${objectives.map(q).join(', ')}) SELECT ${objectives.map((c) => (c === 'plan_year' ? '?' : `o.${q(c)}`)).join(', ')} FROM objectives o WHERE o.plan_year = ? ORDER BY o.id`,
    [year, from],
  );
  const activities = (await columnsOf(connection, 'activities')).filter((c) => c !== 'id');
  const value = (c) => (c === 'plan_year' ? '?' : c === 'objective_id' ? 'o2.id' : `a.${q(c)}`);
  await connection.query(
    `INSERT INTO activities (${activities.map(q).join(', ')})
     SELECT ${activities.map(value).join(', ')} FROM activities a
       INNER JOIN objectives o ON o.id = a.objective_id
       INNER JOIN objectives o2 ON o2.plan_year = ? AND o2.code = o.code
      WHERE a.plan_year = ? ORDER BY a.id`,
    [year, year, from],
  );
  const units = await columnsOf(connection, 'activity_units');
  await connection.query(
    `INSERT INTO activity_units (${units.map(q).join(', ')})
     SELECT ${units.map((c) => (c === 'activity_id' ? 'a2.id' : `au.${q(c)}`)).join(', ')} FROM activity_units au
       INNER JOIN activities a ON a.id = au.activity_id
       INNER JOIN activities a2 ON a2.plan_year = ? AND a2.code = a.code
      WHERE a.plan_year = ?`,
    [year, from],
  );
  return true;
}

async function insertChunks(connection, sql, rows, size) {
  for (let i = 0; i < rows.length; i += size) await connection.query(sql, [rows.slice(i, i + size)]);
}

/**
 * Generates the national-scale data. Options: participations (≈ total, default 200,000),
 * years (plan years from 2024, default 5), seed. Returns counts and timings.
 */
export async function generateNational(plainUrl, { participations = 200_000, years = 5, seed = 2024, log = () => {} } = {}) {
  const started = performance.now();
  const rng = random(seed);
  const connection = await mysql.createConnection({ uri: plainUrl, multipleStatements: false });
  try {
    // The demo's few executions go: every execution here comes from this generator.
    await connection.query('DELETE FROM participations');
    await connection.query('DELETE FROM executions');

    await connection.beginTransaction();
    for (let y = 2025; y < 2024 + years; y++) await copyPlan(connection, 2024, y);
    await connection.commit();

    const [register] = await connection.query('SELECT id, office FROM authorities WHERE active = 1 ORDER BY id');
    if (register.length === 0) throw new Error('The register is empty: start the API once with GJ_DEMO=1 on this database first.');
    const byOffice = new Map(OFFICES.map((o) => [o, register.filter((a) => a.office === o).map((a) => a.id)]));
    const [activities] = await connection.query(
      `SELECT a.id, a.plan_year AS year, a.code, a.rule, a.schedule,
              (SELECT MIN(u.entity_code) FROM activity_units au INNER JOIN units u ON u.code = au.unit_code WHERE au.activity_id = a.id) AS entity
         FROM activities a WHERE a.plan_year BETWEEN 2024 AND ? ORDER BY a.plan_year, a.position`,
      [2024 + years - 1],
    );
    const [accounts] = await connection.query("SELECT id, entity_code FROM accounts WHERE role = 'FOCAL_POINT'");
    const accountOf = new Map(accounts.map((a) => [a.entity_code, a.id]));
    const [[{ next }]] = await connection.query('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM executions');

    // Budget of participations per (year, activity): random weights, more each year.
    const withPeople = activities.filter((a) => JSON.parse(a.rule).kind !== 'ACTION_COUNT');
    const weights = withPeople.map(
      (a) => (0.4 + rng.next() * 1.2) * (1 + 0.1 * (a.year - 2024)) * (allowedOutcomes(JSON.parse(a.rule)).includes('ASSISTED') ? 0.6 : 1),
    );
    const total = weights.reduce((s, w) => s + w, 0);
    const budget = new Map(withPeople.map((a, i) => [a.id, Math.round((participations * weights[i]) / total)]));

    const executionRows = [];
    const participationRows = [];
    let id = Number(next);
    for (const activity of activities) {
      const rule = JSON.parse(activity.rule);
      const planned = plannedMonthsOf(JSON.parse(activity.schedule));
      const month = () => (planned.length > 0 && rng.next() < 0.85 ? rng.pick(planned) : rng.int(1, 12));
      const date = () => {
        const m = month();
        return `${activity.year}-${pad(m)}-${pad(rng.int(1, DAYS[m - 1]))}`;
      };
      const common = (kind, title) => {
        const modality = rng.pick(MODALITIES);
        return [
          id,
          activity.id,
          date(),
          kind,
          title,
          modality,
          modality === 'VIRTUAL' ? null : rng.pick(PLACES),
          null,
          'Dato ficticio de benchmark.',
          activity.entity,
          accountOf.get(activity.entity) ?? null,
          1,
        ];
      };
      if (rule.kind === 'ACTION_COUNT') {
        for (let n = rng.int(12, 40), i = 0; i < n; i++, id++) executionRows.push(common('DISSEMINATION', `Acción de difusión ${i + 1}`));
        continue;
      }
      const allowed = allowedOutcomes(rule);
      const assistance = allowed.includes('ASSISTED');
      const counted = countedOffices(rule);
      // 90% from the offices the indicator counts, 10% from any office.
      const eligible = counted.flatMap((o) => byOffice.get(o) ?? []);
      let left = budget.get(activity.id);
      // Each person takes part in about three sessions of an activity in a year.
      const poolSize = Math.max(20, Math.min(eligible.length, Math.round(left / 3)));
      const pool = rng.shuffle(eligible).slice(0, poolSize);
      const anyone = rng.shuffle(register.map((a) => a.id)).slice(0, Math.max(5, Math.round(poolSize / 9)));
      const reachable = new Set([...pool, ...anyone]).size;
      const kind = kindFor(activity.code, assistance);
      for (let session = 1; left > 0; session++, id++) {
        const size = Math.min(left, assistance ? rng.int(5, 40) : rng.int(20, 150));
        executionRows.push(common(kind, `${assistance ? 'Asistencia técnica' : 'Sesión'} ${session}`));
        const people = new Set();
        while (people.size < Math.min(size, reachable)) people.add(rng.next() < 0.9 ? rng.pick(pool) : rng.pick(anyone));
        for (const authority of people) participationRows.push([id, authority, outcomeFor(rng, allowed)]);
        left -= people.size;
      }
    }
    const built = performance.now();

    await connection.beginTransaction();
    await insertChunks(
      connection,
      'INSERT INTO executions (id, activity_id, date, kind, title, modality, place, evidence_url, notes, entity_code, created_by, version) VALUES ?',
      executionRows,
      2000,
    );
    await insertChunks(connection, 'INSERT INTO participations (execution_id, authority_id, outcome) VALUES ?', participationRows, 5000);
    await connection.commit();
    await connection.query('ANALYZE TABLE authorities, executions, participations, activities, activity_units');

    const count = async (table) => Number((await connection.query(`SELECT COUNT(*) AS n FROM ${table}`))[0][0].n);
    const summary = {
      governments: await count('governments'),
      districts: await count('districts'),
      authorities: await count('authorities'),
      planYears: await count('plans'),
      activities: await count('activities'),
      executions: await count('executions'),
      participations: await count('participations'),
      seconds: (performance.now() - started) / 1000,
      insertSeconds: (performance.now() - built) / 1000,
    };
    log(
      `generated: ${summary.governments} governments (${summary.districts} districts), ${summary.authorities} authorities, ${summary.planYears} plan years × ` +
        `${summary.activities / summary.planYears} activities, ${summary.executions} executions, ${summary.participations} participations in ${summary.seconds.toFixed(1)} s`,
    );
    return summary;
  } catch (error) {
    await connection.rollback().catch(() => {});
    throw error;
  } finally {
    await connection.end();
  }
}

/**
 * A fresh national-scale database: created, migrated and bootstrapped by the API itself (started
 * once with GJ_DEMO=1, then stopped), then filled by generateNational().
 */
export async function prepareNationalDatabase(name, options = {}) {
  const log = options.log ?? (() => {});
  const db = await createDatabase(name);
  const started = performance.now();
  const api = await startApi(db.url);
  await api.stop();
  log(`API bootstrap (migrations, INEI geography, 2024 plan, demo accounts and register): ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const summary = await generateNational(db.plain, options);
  // Written below the API, in bulk: its maintained aggregates are rebuilt once from the records.
  const rebuilt = performance.now();
  execFileSync(process.execPath, [AGGREGATES_CLI, 'rebuild'], { env: { ...process.env, DATABASE_URL: db.url }, stdio: 'inherit' });
  summary.aggregatesSeconds = (performance.now() - rebuilt) / 1000;
  log(`maintained aggregates rebuilt from the records in ${summary.aggregatesSeconds.toFixed(1)} s`);
  return { db, summary };
}
