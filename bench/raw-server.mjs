#!/usr/bin/env node
/**
 * Floor (a) of the benchmarks: the same answers as the API's scenarios, computed with plain SQL
 * through a mysql2 pool (10 connections, as the API's) and the rules of @gj/domain, served by a
 * bare node:http server: no Express, GraphQL, ORM, authentication or rate limits. The benchmark
 * drives it with the same load generator and concurrency as the API and checks that its answers
 * equal the API's.
 *
 * Env: DATABASE_URL (mysql://…), PORT. Routes (JSON):
 *   GET  /trivial                                   no SQL
 *   GET  /activities?entity=PCM&year=2024&asOf=…    a focal point's activity list
 *   GET  /report?year=2024&asOf=…                   consolidated report, whole scope
 *   GET  /authorities?first=100&after=<cursor>      register page (active only, by id)
 *   GET  /executions?year=2024&first=100&after=…    a year's executions page (integrators)
 *   POST /execution?year=2024                       a new execution of 1.9 (for the import)
 *   POST /import?executionId=N                      body { fileName, contentBase64 } (CSV)
 */
import { createServer } from 'node:http';
import mysql from 'mysql2/promise';
import { DOMAIN } from './lib/common.mjs';

const {
  activityAlerts,
  unverifiedExecutions,
  OFFICE_DEFINITIONS,
  activityProgress,
  findPlan,
  getEntity,
  isBehind,
  isEntityCode,
  isMonth,
  monthStatuses,
  officeDefinition,
  parseCalendarDate,
  summarize,
  timeliness,
} = await import(DOMAIN);

const pool = mysql.createPool({ uri: process.env.DATABASE_URL.replace(/^mariadb:/, 'mysql:'), connectionLimit: 10, charset: 'utf8mb4_unicode_ci' });
const RANKS = ['ENROLLED', 'ATTENDED', 'COMPLETED', 'APPROVED', 'ASSISTED'];
const RANK_SQL = `MAX(CASE p.outcome WHEN 'ENROLLED' THEN 1 WHEN 'ATTENDED' THEN 2 WHEN 'COMPLETED' THEN 3 WHEN 'APPROVED' THEN 4 ELSE 5 END)`;
const json = (v) => (typeof v === 'string' ? JSON.parse(v) : v);
const q = async (sql, params) => (await pool.query(sql, params))[0];

/**
 * Activities of a year in scope (entity or all) and, in parallel, their records aggregated:
 * distinct authorities by furthest outcome, office and department; dissemination actions;
 * executions per month. Scope and year go into every query, so all run at once.
 */
async function activitiesWithRecords(year, entity, until) {
  const scope = entity
    ? 'AND EXISTS (SELECT 1 FROM activity_units su INNER JOIN units sn ON sn.code = su.unit_code WHERE su.activity_id = a.id AND sn.entity_code = ?)'
    : '';
  const sp = entity ? [entity] : [];
  const [activities, counts, actions, months] = await Promise.all([
    q(
      `SELECT a.id, a.code, a.name, a.plan_year, a.target_value, a.target_unit, a.rule, a.schedule, a.strategy_objectives,
              o.code AS objective_code, o.name AS objective_name,
              (SELECT GROUP_CONCAT(DISTINCT u.entity_code ORDER BY u.entity_code) FROM activity_units au INNER JOIN units u ON u.code = au.unit_code WHERE au.activity_id = a.id) AS entities
         FROM activities a INNER JOIN objectives o ON o.id = a.objective_id
        WHERE a.plan_year = ? ${scope} ORDER BY a.position`,
      [year, ...sp],
    ),
    q(
      `SELECT x.activity_id, au.office, g.department_code, x.rnk, COUNT(*) AS n
         FROM (SELECT e.activity_id, p.authority_id, ${RANK_SQL} AS rnk
                 FROM participations p INNER JOIN executions e ON e.id = p.execution_id INNER JOIN activities a ON a.id = e.activity_id
                WHERE a.plan_year = ? ${scope} AND e.date <= ?
                GROUP BY e.activity_id, p.authority_id) x
         INNER JOIN authorities au ON au.id = x.authority_id INNER JOIN governments g ON g.id = au.government_id
        GROUP BY x.activity_id, au.office, g.department_code, x.rnk`,
      [year, ...sp, until],
    ),
    q(
      `SELECT e.activity_id, COUNT(*) AS n FROM executions e INNER JOIN activities a ON a.id = e.activity_id
        WHERE a.plan_year = ? ${scope} AND e.date <= ? AND e.kind = 'DISSEMINATION' GROUP BY e.activity_id`,
      [year, ...sp, until],
    ),
    q(
      `SELECT e.activity_id, SUBSTRING(e.date, 6, 2) AS m, COUNT(*) AS n,
              SUM(CASE WHEN EXISTS (SELECT 1 FROM evidence_files ef WHERE ef.execution_id = e.id) THEN 1 ELSE 0 END) AS with_evidence
         FROM executions e INNER JOIN activities a ON a.id = e.activity_id
        WHERE a.plan_year = ? ${scope} AND e.date <= ? GROUP BY e.activity_id, m`,
      [year, ...sp, until],
    ),
  ]);
  const byActivity = new Map();
  for (const c of counts) {
    const list = byActivity.get(c.activity_id) ?? [];
    list.push({ office: c.office, departmentCode: c.department_code, outcome: RANKS[Number(c.rnk) - 1], authorities: Number(c.n) });
    byActivity.set(c.activity_id, list);
  }
  const actionsOf = new Map(actions.map((r) => [r.activity_id, Number(r.n)]));
  const monthsOf = new Map();
  for (const r of months) {
    const map = monthsOf.get(r.activity_id) ?? new Map();
    map.set(Number(r.m), { n: Number(r.n), withEvidence: Number(r.with_evidence) });
    monthsOf.set(r.activity_id, map);
  }
  return activities.map((a) => {
    const rule = json(a.rule);
    const executed = monthsOf.get(a.id) ?? new Map();
    return {
      row: a,
      schedule: json(a.schedule),
      progress: activityProgress(
        rule,
        a.target_value,
        { participations: byActivity.get(a.id) ?? [], actions: actionsOf.get(a.id) ?? 0 },
        findPlan(a.plan_year)?.census,
      ),
      executed,
    };
  });
}

async function activityList(year, entity, asOf) {
  const until = iso(asOf);
  const list = await activitiesWithRecords(year, entity, until);
  return {
    activities: list.map(({ row, schedule, progress, executed }) => {
      const statuses = monthStatuses(schedule, row.plan_year, asOf, new Set([...executed.keys()].filter(isMonth)));
      return {
        code: row.code,
        name: row.name,
        target: { value: row.target_value },
        progress: { achieved: progress.achieved, percentOfTarget: progress.percentOfTarget },
        months: Object.keys(statuses).map((m) => ({ status: statuses[m] })),
      };
    }),
  };
}

function group(rows, keysOf, labelOf, order) {
  const groups = new Map();
  for (const row of rows) for (const key of keysOf(row)) groups.set(key, [...(groups.get(key) ?? []), row]);
  const keys = [...groups.keys()].sort((a, b) => (order ? order.indexOf(a) - order.indexOf(b) : a.localeCompare(b, 'es')));
  return keys.map((key) => ({ key, label: labelOf(key), ...summarize(groups.get(key)) }));
}

async function report(year, asOf) {
  const until = iso(asOf);
  const [list, reached, register, departments] = await Promise.all([
    activitiesWithRecords(year, null, until),
    q(
      `SELECT au.office, g.department_code, COUNT(*) AS n
         FROM (SELECT DISTINCT p.authority_id FROM participations p INNER JOIN executions e ON e.id = p.execution_id INNER JOIN activities a ON a.id = e.activity_id
                WHERE a.plan_year = ? AND e.date <= ?) x
         INNER JOIN authorities au ON au.id = x.authority_id INNER JOIN governments g ON g.id = au.government_id
        GROUP BY au.office, g.department_code`,
      [year, until],
    ),
    q(
      'SELECT a.office, g.department_code, COUNT(*) AS n FROM authorities a INNER JOIN governments g ON g.id = a.government_id WHERE a.active = 1 GROUP BY a.office, g.department_code',
    ),
    q('SELECT code, name FROM departments ORDER BY code'),
  ]);
  const rows = list.map(({ row, schedule, progress: p, executed }) => {
    const months = new Set([...executed.keys()].filter(isMonth));
    const t = timeliness(schedule, row.plan_year, asOf, months);
    return {
      code: row.code,
      name: row.name,
      objectiveCode: row.objective_code,
      objectiveName: row.objective_name,
      entities: row.entities ? row.entities.split(',') : [],
      strategyObjectives: json(row.strategy_objectives),
      targetValue: row.target_value,
      // The bench plan is never reprogrammed: the original target is the one in force.
      originalTargetValue: row.target_value,
      targetUnit: row.target_unit,
      achieved: p.achieved,
      counted: p.counted,
      percentOfTarget: p.percentOfTarget,
      met: p.met,
      executions: [...executed.values()].reduce((s, m) => s + m.n, 0),
      executionsWithEvidence: [...executed.values()].reduce((s, m) => s + m.withEvidence, 0),
      unverified: unverifiedExecutions(
        row.plan_year,
        asOf,
        [...executed].map(([month, m]) => ({ month, executions: m.n, withEvidence: m.withEvidence })),
      ),
      plannedMonths: t.plannedMonths,
      executedMonths: t.executedMonths,
      delayedMonths: t.delayedMonths,
      expectedPercent: t.expectedShare * 100,
      behind: isBehind(p.percentOfTarget, t.expectedShare),
      warnings: p.warnings,
    };
  });
  const entityLabel = (code) => (isEntityCode(code) ? getEntity(code).shortName : code);
  const alerts = rows.flatMap((r) => activityAlerts({ ...r, entityLabels: r.entities.map(entityLabel) }));
  const sum = (list, key) => list.filter(key).reduce((s, r) => s + Number(r.n), 0);
  const objectives = new Map(rows.map((r) => [r.objectiveCode, r.objectiveName]));
  return {
    year,
    asOf: until,
    activities: rows.map(({ objectiveName, unverified, ...r }) => r),
    totals: { ...summarize(rows), reachedAuthorities: sum(reached, () => true) },
    byObjective: group(
      rows,
      (r) => [r.objectiveCode],
      (code) => `${code}. ${objectives.get(code)}`,
    ),
    byEntity: group(rows, (r) => r.entities, entityLabel, ['MIMP', 'PCM', 'MEF', 'OSCE', 'CGR', 'SERVIR', 'CEPLAN']),
    byStrategyObjective: group(
      rows,
      (r) => r.strategyObjectives,
      (key) => key,
    ),
    byOffice: OFFICE_DEFINITIONS.map((d) => ({
      key: d.office,
      label: d.pluralLabel,
      reached: sum(reached, (r) => r.office === d.office),
      inRegister: sum(register, (r) => r.office === d.office),
    })),
    byDepartment: departments.map((d) => ({
      key: d.code,
      label: d.name,
      reached: sum(reached, (r) => r.department_code === d.code),
      inRegister: sum(register, (r) => r.department_code === d.code),
    })),
    alerts,
  };
}

const encodeCursor = (id) => Buffer.from(`authority:${id}`).toString('base64url');
const decodeCursor = (c) =>
  c
    ? Number(
        Buffer.from(c, 'base64url')
          .toString('utf8')
          .replace(/^authority:/, ''),
      )
    : 0;

async function authorities(first, after) {
  const [[{ n }], rows] = await Promise.all([
    q('SELECT COUNT(*) AS n FROM authorities WHERE active = 1'),
    q(
      `SELECT a.id, a.given_names, a.family_names, a.dni, a.office, a.term_start, a.term_end, a.active, a.synthetic, a.possible_duplicate_of,
              g.id AS g_id, g.name AS g_name, g.ubigeo AS g_ubigeo, g.level AS g_level, d.code AS d_code, d.name AS d_name
         FROM authorities a INNER JOIN governments g ON g.id = a.government_id INNER JOIN departments d ON d.code = g.department_code
        WHERE a.active = 1 AND a.id > ? ORDER BY a.id LIMIT ?`,
      [decodeCursor(after), first + 1],
    ),
  ]);
  const page = rows.slice(0, first);
  return {
    totalCount: Number(n),
    pageInfo: { endCursor: page.length ? encodeCursor(page.at(-1).id) : null, hasNextPage: rows.length > first },
    nodes: page.map((r) => ({
      id: r.id,
      givenNames: r.given_names,
      familyNames: r.family_names,
      dni: r.dni,
      office: r.office,
      officeLabel: officeDefinition(r.office).label,
      government: { id: r.g_id, name: r.g_name, ubigeo: r.g_ubigeo, level: r.g_level, department: { code: r.d_code, name: r.d_name } },
      termStart: r.term_start,
      termEnd: r.term_end,
      active: Boolean(r.active),
      synthetic: Boolean(r.synthetic),
    })),
  };
}

/** A page of a year's executions by id, with participant counts (what an integrator walks). */
async function executions(year, first, after) {
  const afterId = after
    ? Number(
        Buffer.from(after, 'base64url')
          .toString('utf8')
          .replace(/^execution:/, ''),
      )
    : 0;
  const [[{ n }], rows] = await Promise.all([
    q('SELECT COUNT(*) AS n FROM executions e INNER JOIN activities a ON a.id = e.activity_id WHERE a.plan_year = ?', [year]),
    q(
      `SELECT e.id, a.code, a.plan_year, e.date, e.kind, e.title, e.modality, e.place, e.entity_code, e.version,
              (SELECT COUNT(*) FROM participations p WHERE p.execution_id = e.id) AS participants
         FROM executions e INNER JOIN activities a ON a.id = e.activity_id
        WHERE a.plan_year = ? AND e.id > ? ORDER BY e.id LIMIT ?`,
      [year, afterId, first + 1],
    ),
  ]);
  const page = rows.slice(0, first);
  return {
    totalCount: Number(n),
    pageInfo: { endCursor: page.length ? Buffer.from(`execution:${page.at(-1).id}`).toString('base64url') : null, hasNextPage: rows.length > first },
    nodes: page.map((r) => ({
      id: r.id,
      activityCode: r.code,
      year: r.plan_year,
      date: r.date,
      kind: r.kind,
      title: r.title,
      modality: r.modality,
      place: r.place,
      entityCode: r.entity_code,
      version: r.version,
      participantCount: Number(r.participants),
    })),
  };
}

async function createExecution(year) {
  const [[activity]] = await pool.query("SELECT id FROM activities WHERE plan_year = ? AND code = '1.9'", [year]);
  const [result] = await pool.query(
    "INSERT INTO executions (activity_id, date, kind, title, modality, entity_code, version) VALUES (?, ?, 'TRAINING_SESSION', 'Raw floor', 'VIRTUAL', 'PCM', 1)",
    [activity.id, `${year}-05-20`],
  );
  return { id: result.insertId };
}

const OUTCOMES = {
  inscrita: 'ENROLLED',
  participó: 'ATTENDED',
  culminó: 'COMPLETED',
  aprobó: 'APPROVED',
  ENROLLED: 'ENROLLED',
  ATTENDED: 'ATTENDED',
  COMPLETED: 'COMPLETED',
  APPROVED: 'APPROVED',
};

/** CSV `dni,resultado`: every row checked first; with any error nothing is written. */
async function importCsv(executionId, contentBase64) {
  const lines = Buffer.from(contentBase64, 'base64').toString('utf8').split(/\r?\n/).filter(Boolean);
  const rows = lines.slice(1).map((line, i) => {
    const [dni, outcome] = line.split(',');
    return { line: i + 2, dni: dni.trim(), outcome: OUTCOMES[outcome.trim().toLowerCase()] ?? OUTCOMES[outcome.trim()] };
  });
  const errors = rows.filter((r) => !/^\d{8}$/.test(r.dni) || !r.outcome).map((r) => ({ line: r.line, message: 'Fila no válida.' }));
  if (errors.length) return { inserted: 0, updated: 0, errors };
  const connection = await pool.getConnection();
  try {
    const [found] = await connection.query('SELECT id, dni FROM authorities WHERE dni IN (?)', [rows.map((r) => r.dni)]);
    const idOf = new Map(found.map((r) => [r.dni, r.id]));
    const missing = rows.filter((r) => !idOf.has(r.dni)).map((r) => ({ line: r.line, message: 'DNI no registrado.' }));
    if (missing.length) return { inserted: 0, updated: 0, errors: missing };
    await connection.beginTransaction();
    const values = rows.map((r) => [executionId, idOf.get(r.dni), r.outcome]);
    for (let i = 0; i < values.length; i += 5000)
      await connection.query('INSERT INTO participations (execution_id, authority_id, outcome) VALUES ?', [values.slice(i, i + 5000)]);
    await connection.query(
      "INSERT INTO audit_entries (actor_email, actor_role, action, target_type, target_id, `after`) VALUES ('raw@bench', 'FOCAL_POINT', 'participants.import', 'execution', ?, ?)",
      [String(executionId), JSON.stringify({ rows: rows.length })],
    );
    await connection.commit();
    return { inserted: rows.length, updated: 0, errors: [] };
  } catch (error) {
    await connection.rollback();
    throw error;
  } finally {
    connection.release();
  }
}

const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const p = url.searchParams;
  const year = Number(p.get('year') ?? 2024);
  const asOf = parseCalendarDate(p.get('asOf') ?? '2024-12-31');
  try {
    let data;
    if (url.pathname === '/trivial') data = { __typename: 'Query' };
    else if (url.pathname === '/activities') data = await activityList(year, p.get('entity'), asOf);
    else if (url.pathname === '/report') data = { consolidatedReport: await report(year, asOf) };
    else if (url.pathname === '/authorities') data = { authorities: await authorities(Number(p.get('first') ?? 100), p.get('after')) };
    else if (url.pathname === '/executions') data = { executions: await executions(year, Number(p.get('first') ?? 100), p.get('after')) };
    else if (url.pathname === '/execution') data = await createExecution(year);
    else if (url.pathname === '/import') data = await importCsv(Number(p.get('executionId')), JSON.parse(await readBody(req)).contentBase64);
    else {
      res.writeHead(404).end();
      return;
    }
    const body = JSON.stringify({ data });
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: String(error?.message ?? error) }] }));
  }
});
server.listen(Number(process.env.PORT ?? 4100), '127.0.0.1', () => console.log('raw floor ready'));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
