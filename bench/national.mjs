#!/usr/bin/env node
/**
 * National-scale benchmark (`npm run bench`, which builds first). On a fresh MariaDB/MySQL
 * database it generates a national register and five plan-years of records (lib/generate.mjs),
 * then drives the built API over loopback HTTP with autocannon and reports, per scenario:
 * latency p50/p99 with 1 connection and with --connections (default 50), throughput, SQL
 * statements per request (X-SQL-Statements, GJ_SQL_STATISTICS=1) and the API's peak RSS; and,
 * in the same run, the ratios to two floors: (a) the same answer from plain SQL through mysql2
 * (raw-server.mjs, checked equal to the API's answer) and (b) Apollo on a trivial query.
 *
 * Options:
 *   --participations N  records to generate (200000)     --years N        plan years (5)
 *   --duration S        seconds per measured phase (10)  --connections N  load phase (50)
 *   --import-rows N     rows per import (10000)          --import-runs N  runs per file (3)
 *   --quick             3 s phases, 1 import run (same data)
 *   --smoke             tiny data, a few requests per phase (CI: checks that everything runs and
 *                       answers like the raw floor; its figures mean nothing)
 *   --only a,b          scenarios: trivial, activities, report, register, integrator, import
 *   --db NAME           reuse an existing gj_bench_* database (no generation), --keep to leave it
 *   --cpu-prof DIR      write a V8 CPU profile of the API (open in Chrome DevTools; or profile-top.mjs)
 *   --api-node-options  Node flags for the API process (default: the heap cap `npm start` uses, --max-old-space-size=192)
 *   --api-dist DIR      measure another build of apps/api/dist (e.g. an older commit's) instead
 *   --json FILE         also write the figures as JSON
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import {
  API_UNLIMITED,
  gqlRequest,
  login,
  mb,
  memoryOf,
  median,
  openDatabase,
  percentile,
  sampleMemory,
  serverVersion,
  settle,
  startApi,
  startProcess,
} from './lib/common.mjs';
import { prepareNationalDatabase } from './lib/generate.mjs';

/** The API runs with the same heap cap as `npm start` (apps/api/package.json). */
const API_NODE_OPTIONS = '--max-old-space-size=192';
import { cleanImportMysql, IMPORT_CASES, importFiles, importOnce, seedImportAuthoritiesMysql } from './lib/import.mjs';

const { values: o } = parseArgs({
  options: {
    participations: { type: 'string' },
    years: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    'import-rows': { type: 'string' },
    'import-runs': { type: 'string' },
    quick: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    db: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'cpu-prof': { type: 'string' },
    'api-node-options': { type: 'string' },
    'api-dist': { type: 'string' },
    json: { type: 'string' },
  },
});
const preset = o.smoke
  ? { participations: 3000, years: 2, duration: 1, connections: 5, importRows: 500, importRuns: 1 }
  : o.quick
    ? { participations: 200_000, years: 5, duration: 3, connections: 50, importRows: 10_000, importRuns: 1 }
    : { participations: 200_000, years: 5, duration: 10, connections: 50, importRows: 10_000, importRuns: 3 };
const OPT = {
  participations: Number(o.participations ?? preset.participations),
  years: Number(o.years ?? preset.years),
  duration: Number(o.duration ?? preset.duration),
  connections: Number(o.connections ?? preset.connections),
  importRows: Number(o['import-rows'] ?? preset.importRows),
  importRuns: Number(o['import-runs'] ?? preset.importRuns),
};
const ONLY = o.only ? new Set(o.only.split(',')) : null;
const wanted = (name) => !ONLY || ONLY.has(name);
const YEAR = 2024;
const AS_OF = '2024-12-31';
const TOKEN_SECRET = 'bench-secret-'.padEnd(48, 'x');
/** Processes that must be idle before a phase starts (the API and the raw floor). */
const SETTLE_PIDS = [];

// ---------------------------------------------------------------- queries and their raw twins

const ACTIVITIES = `{ activities(year: ${YEAR}) { code name target { value } progress(asOf: "${AS_OF}") { achieved percentOfTarget } months(asOf: "${AS_OF}") { status } } }`;
const GROUP =
  'key label activities averagePercentOfTarget targetsMet withDelays behind plannedMonths doneMonths delayedMonths executions executionsWithEvidence';
const REACH = 'key label reached inRegister';
const REPORT = `{ consolidatedReport(year: ${YEAR}, asOf: "${AS_OF}") { year asOf
  activities { code name objectiveCode entities strategyObjectives targetValue originalTargetValue targetUnit achieved counted percentOfTarget met executions executionsWithEvidence plannedMonths executedMonths delayedMonths expectedPercent behind warnings }
  totals { activities averagePercentOfTarget targetsMet withDelays behind plannedMonths doneMonths delayedMonths executions executionsWithEvidence reachedAuthorities }
  byObjective { ${GROUP} } byEntity { ${GROUP} } byStrategyObjective { ${GROUP} }
  byOffice { ${REACH} } byDepartment { ${REACH} } alerts { kind activityCode message } } }`;
const PAGE = 100;
const AUTHORITIES = `query ($after: String) { authorities(first: ${PAGE}, after: $after) { totalCount pageInfo { endCursor hasNextPage }
  nodes { id givenNames familyNames dni office officeLabel government { id name ubigeo level department { code name } } termStart termEnd active synthetic } } }`;
const EXECUTIONS = `query ($year: Int, $after: String) { executions(year: $year, first: ${PAGE}, after: $after) { totalCount pageInfo { endCursor hasNextPage }
  nodes { id activityCode year date kind title modality place entityCode version participantCount } } }`;
const TRIVIAL = '{ __typename }';

// ---------------------------------------------------------------- helpers

const log = (...args) => console.log(...args);
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** Equal up to float noise; returns the path of the first difference or null. */
function difference(a, b, path = '') {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) ? null : `${path}: ${a} ≠ ${b}`;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = difference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = difference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return a === b ? null : `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}

/**
 * One autocannon phase. Latencies are taken from each response (float ms; autocannon's own
 * histogram rounds to whole ms). Fails on any non-2xx answer (e.g. a rate limit).
 */
async function load(target, { connections, duration, amount, pid }) {
  if (!o.smoke) await settle(SETTLE_PIDS, db.name);
  const latencies = [];
  const memory = pid ? sampleMemory(pid) : null;
  const started = performance.now();
  let last = started;
  // sampleInt: autocannon ends a run on its sampling tick; 100 ms instead of 1 s.
  const instance = autocannon({ ...target, connections, ...(amount ? { amount } : { duration }), timeout: 120, sampleInt: 100 });
  instance.on('response', (_client, _status, _bytes, ms) => {
    latencies.push(ms);
    last = performance.now();
  });
  const result = await instance;
  // Throughput over the time responses kept coming (not up to autocannon's last tick).
  const elapsed = (last - started) / 1000;
  const peak = memory?.stop() ?? null;
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    const codes = Object.keys(result.statusCodeStats ?? {}).join(', ');
    throw new Error(`${target.title}: ${result.non2xx} non-2xx (status ${codes}), ${result.errors} errors, ${result.timeouts} timeouts`);
  }
  return {
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    rps: latencies.length / elapsed,
    requests: latencies.length,
    seconds: elapsed,
    peakRss: peak,
  };
}

/** API and raw floor through the same phases: warm-up, 1 connection, N connections. */
async function measurePair(name, apiTarget, rawTarget, ctx, memoryTarget = null) {
  const out = { name };
  for (const [side, target, pid] of [
    ['api', apiTarget, ctx.api.pid],
    ['raw', rawTarget, ctx.raw.pid],
    ['memory', memoryTarget, ctx.memory?.pid],
  ]) {
    if (!target) continue;
    // The smoke run (CI) only checks that every request succeeds: a few requests, no warm-up.
    if (!o.smoke)
      await load(
        { ...target, title: `${name} ${side} warm-up` },
        { connections: Math.min(OPT.connections, 10), duration: Math.max(1, Math.min(2, OPT.duration / 2)) },
      );
    const single = await load({ ...target, title: `${name} ${side} c=1` }, { connections: 1, ...(o.smoke ? { amount: 10 } : { duration: OPT.duration }), pid });
    // A fixed number of requests rather than a fixed time: a saturated server finishes its
    // requests in bunches, and a time window would cut them off. About one phase's worth of work.
    const amount = o.smoke ? 2 * OPT.connections : Math.max(2 * OPT.connections, Math.round(single.rps * OPT.duration));
    const many = await load({ ...target, title: `${name} ${side} c=${OPT.connections}` }, { connections: OPT.connections, amount, pid });
    out[side] = { single, many };
  }
  return out;
}

const gqlTarget = (base, query, token, variables) => ({
  url: `${base}/graphql`,
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  body: JSON.stringify({ query, variables }),
});

/** Sends the query a few times: the statements it costs (min–max) and its answer. */
async function probe(url, query, token, variables) {
  const statements = [];
  let data;
  for (let i = 0; i < 3; i++) {
    const r = await gqlRequest(url, query, variables, token);
    if (r.status !== 200 || r.body.errors) throw new Error(`${query.slice(0, 40)}…: HTTP ${r.status} ${JSON.stringify(r.body.errors ?? '').slice(0, 300)}`);
    statements.push(r.statements);
    data = r.body.data;
  }
  return { data, statements: [Math.min(...statements), Math.max(...statements)] };
}

async function rawGet(base, path) {
  const response = await fetch(`${base}${path}`);
  const body = await response.json();
  if (body.errors) throw new Error(`raw ${path}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

function check(name, apiData, rawData) {
  const d = difference(apiData, rawData);
  if (d) throw new Error(`${name}: the raw SQL floor does not give the API's answer (${d})`);
}

/** The API's import (each file, several runs) and the raw floor's CSV import, one at a time. */
async function measureImport(api, raw, token) {
  if (!o.smoke) await settle(SETTLE_PIDS, db.name);
  const content = await importFiles(OPT.importRows);
  const memory = sampleMemory(api.pid);
  const cases = [];
  for (const c of IMPORT_CASES(content)) {
    const runs = [];
    for (let run = 0; run < OPT.importRuns; run++) runs.push(await importOnce(api.url, token, c, OPT.importRows, run));
    cases.push({
      label: c.label,
      ms: runs.map((r) => r.ms),
      statements: [Math.min(...runs.map((r) => r.statements)), Math.max(...runs.map((r) => r.statements))],
    });
  }
  const peakRss = memory.stop();
  const rawCsvMs = [];
  for (let run = 0; run < OPT.importRuns; run++) {
    const { id } = (await (await fetch(`${raw.base}/execution?year=${YEAR}`, { method: 'POST' })).json()).data;
    const started = performance.now();
    const response = await fetch(`${raw.base}/import?executionId=${id}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fileName: 'p.csv', contentBase64: content.csv }),
    });
    const body = await response.json();
    rawCsvMs.push(performance.now() - started);
    if (body.data?.inserted !== OPT.importRows) throw new Error(`raw import: ${JSON.stringify(body).slice(0, 300)}`);
  }
  return { rows: OPT.importRows, cases, rawCsvMs, peakRss };
}

// ---------------------------------------------------------------- run

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: availableParallelism(),
  memoryGiB: totalmem() / 1024 ** 3,
  node: process.version,
  database: await serverVersion(),
};
log(`National-scale benchmark — ${machine.cores} cores (${machine.cpu}), ${fmt(machine.memoryGiB)} GiB, Node ${machine.node}, ${machine.database}`);
log(
  `options: ${JSON.stringify(OPT)}${o['api-node-options'] ? `, API node options ${o['api-node-options']}` : ''}${o['api-dist'] ? `, API build ${o['api-dist']}` : ''}${o.smoke ? ' (smoke)' : o.quick ? ' (quick)' : ''}`,
);
const loadAverage = () => loadavg()[0];
machine.loadAtStart = loadAverage();
if (machine.loadAtStart > 1) log(`warning: load average ${fmt(machine.loadAtStart, 2)} before the run: other work on this machine skews the figures`);

let db;
let generated = null;
if (o.db) {
  if (!o.db.startsWith('gj_bench_')) throw new Error('--db takes a gj_bench_* database');
  db = openDatabase(o.db);
} else {
  const prepared = await prepareNationalDatabase(`gj_bench_${Date.now()}`, { participations: OPT.participations, years: OPT.years, log });
  db = prepared.db;
  generated = prepared.summary;
}

const results = {
  machine,
  options: { ...OPT, apiNodeOptions: o['api-node-options'] ?? null, apiDist: o['api-dist'] ?? null },
  generated,
  scenarios: [],
  import: null,
};
let api;
let raw;
let memory;
try {
  const profileDir = o['cpu-prof'] ? fileURLToPath(new URL(o['cpu-prof'], `file://${process.cwd()}/`)) : null;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  api = await startApi(db.url, {
    script: API_UNLIMITED,
    env: { GJ_SQL_STATISTICS: '1', GJ_TOKEN_SECRET: TOKEN_SECRET, ...(o['api-dist'] ? { GJ_BENCH_API_DIST: o['api-dist'] } : {}) },
    nodeArgs: [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), ...(o['api-node-options'] ?? API_NODE_OPTIONS).split(' ').filter(Boolean)],
  });
  raw = await startProcess(fileURLToPath(new URL('./raw-server.mjs', import.meta.url)), { env: { DATABASE_URL: db.plain }, ready: 'raw floor ready' });
  // Floor (c): the same API build and stack, answering repeated operations from memory.
  memory = await startApi(db.url, {
    script: API_UNLIMITED,
    env: { GJ_TOKEN_SECRET: TOKEN_SECRET, GJ_BENCH_MEMORY_FLOOR: '1', ...(o['api-dist'] ? { GJ_BENCH_API_DIST: o['api-dist'] } : {}) },
    nodeArgs: (o['api-node-options'] ?? API_NODE_OPTIONS).split(' ').filter(Boolean),
  });
  SETTLE_PIDS.push(api.pid, raw.pid, memory.pid);
  const startRss = memoryOf(api.pid).rss;
  const coordinator = await login(api.url, 'coordinacion@demo.gob.pe');
  const pcm = await login(api.url, 'pcm@demo.gob.pe');
  const ctx = { api, raw, memory };
  log(`API pid ${api.pid} (RSS after start ${fmt(mb(startRss))} MB); raw floor pid ${raw.pid}\n`);

  /** The memory floor's target for a query, after one request that fills its memory (checked equal to the API's answer). */
  const memoryTarget = async (query, token) => {
    const first = await probe(memory.url, query, token);
    const { data } = await probe(api.url, query, token);
    check(`memory floor ${query.slice(0, 30)}`, data, first.data);
    return gqlTarget(memory.base, query, token);
  };

  const scenario = async (name, label, run) => {
    if (!wanted(name)) return;
    log(`▶ ${label}`);
    const r = await run();
    results.scenarios.push({ name, label, ...r });
    const a = r.api;
    log(
      `  API  c=1 p50 ${fmt(a.single.p50, 2)} ms p99 ${fmt(a.single.p99, 2)} ms ${fmt(a.single.rps, 0)} req/s | c=${OPT.connections} p50 ${fmt(a.many.p50)} ms p99 ${fmt(a.many.p99)} ms ` +
        `${fmt(a.many.rps, 0)} req/s, peak RSS ${fmt(mb(a.many.peakRss), 0)} MB | SQL/request ${r.statements.join('–')}`,
    );
    if (r.raw)
      log(
        `  raw  c=1 p50 ${fmt(r.raw.single.p50, 2)} ms p99 ${fmt(r.raw.single.p99, 2)} ms ${fmt(r.raw.single.rps, 0)} req/s | c=${OPT.connections} p50 ${fmt(r.raw.many.p50)} ms ${fmt(r.raw.many.rps, 0)} req/s`,
      );
    if (r.memory)
      log(
        `  mem  c=1 p50 ${fmt(r.memory.single.p50, 2)} ms p99 ${fmt(r.memory.single.p99, 2)} ms ${fmt(r.memory.single.rps, 0)} req/s | c=${OPT.connections} p50 ${fmt(r.memory.many.p50)} ms ${fmt(r.memory.many.rps, 0)} req/s`,
      );
  };

  await scenario('trivial', '{ __typename }, coordinator token (floor b)', async () => {
    const anonymous = await probe(api.url, TRIVIAL);
    const anon = await measurePair('trivial-anonymous', gqlTarget(api.base, TRIVIAL), null, ctx);
    results.scenarios.push({ name: 'trivial-anonymous', label: '{ __typename }, anonymous', statements: anonymous.statements, api: anon.api });
    const { statements } = await probe(api.url, TRIVIAL, coordinator);
    return { statements, ...(await measurePair('trivial', gqlTarget(api.base, TRIVIAL, coordinator), { url: `${raw.base}/trivial` }, ctx)) };
  });

  await scenario('activities', 'Activity list, focal point PCM (progress, months)', async () => {
    const { data, statements } = await probe(api.url, ACTIVITIES, pcm);
    check('activities', data, await rawGet(raw.base, `/activities?entity=PCM&year=${YEAR}&asOf=${AS_OF}`));
    return {
      statements,
      ...(await measurePair(
        'activities',
        gqlTarget(api.base, ACTIVITIES, pcm),
        { url: `${raw.base}/activities?entity=PCM&year=${YEAR}&asOf=${AS_OF}` },
        ctx,
        await memoryTarget(ACTIVITIES, pcm),
      )),
    };
  });

  await scenario('report', `Consolidated report ${YEAR} at ${AS_OF}, coordinator, all fields`, async () => {
    const { data, statements } = await probe(api.url, REPORT, coordinator);
    check('report', data, await rawGet(raw.base, `/report?year=${YEAR}&asOf=${AS_OF}`));
    return {
      statements,
      ...(await measurePair(
        'report',
        gqlTarget(api.base, REPORT, coordinator),
        { url: `${raw.base}/report?year=${YEAR}&asOf=${AS_OF}` },
        ctx,
        await memoryTarget(REPORT, coordinator),
      )),
    };
  });

  await scenario('register', `Register: authorities(first: ${PAGE}, after), coordinator`, async () => {
    // Integrators may not read the register (FORBIDDEN); the coordination's token walks it.
    const cursors = [null];
    const statements = [];
    const walkStarted = performance.now();
    for (;;) {
      const r = await gqlRequest(api.url, AUTHORITIES, { after: cursors.at(-1) }, coordinator);
      if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
      statements.push(r.statements);
      const page = r.body.data.authorities;
      check(
        `register page ${cursors.length}`,
        r.body.data,
        await rawGet(raw.base, `/authorities?first=${PAGE}${cursors.at(-1) ? `&after=${cursors.at(-1)}` : ''}`),
      );
      if (!page.pageInfo.hasNextPage) break;
      cursors.push(page.pageInfo.endCursor);
    }
    const walkMs = performance.now() - walkStarted;
    log(`  walked ${cursors.length} pages (answers checked against the raw floor) in ${fmt(walkMs / 1000, 2)} s`);
    const apiTarget = {
      ...gqlTarget(api.base, AUTHORITIES, coordinator),
      requests: cursors.map((after) => ({ method: 'POST', body: JSON.stringify({ query: AUTHORITIES, variables: { after } }) })),
    };
    const rawTarget = {
      url: raw.base,
      requests: cursors.map((after) => ({ method: 'GET', path: `/authorities?first=${PAGE}${after ? `&after=${after}` : ''}` })),
    };
    return {
      statements: [Math.min(...statements), Math.max(...statements)],
      pages: cursors.length,
      ...(await measurePair('register', apiTarget, rawTarget, ctx)),
    };
  });

  await scenario('integrator', `Integrator (API key): executions(year, first: ${PAGE}, after), all years`, async () => {
    const { createApiKey } = (await gqlRequest(api.url, 'mutation { createApiKey(name: "Benchmark") { key } }', {}, coordinator)).body.data;
    const headers = { 'content-type': 'application/json', 'x-api-key': createApiKey.key };
    const post = async (variables) => {
      const response = await fetch(api.url, { method: 'POST', headers, body: JSON.stringify({ query: EXECUTIONS, variables }) });
      const body = await response.json();
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return { data: body.data, statements: Number(response.headers.get('x-sql-statements')) };
    };
    const pages = [];
    const statements = [];
    for (let year = YEAR; year < YEAR + OPT.years; year++) {
      for (let after = null; ;) {
        const { data, statements: n } = await post({ year, after });
        statements.push(n);
        check(
          `executions ${year} page ${pages.length + 1}`,
          data,
          await rawGet(raw.base, `/executions?year=${year}&first=${PAGE}${after ? `&after=${after}` : ''}`),
        );
        pages.push({ year, after });
        if (!data.executions.pageInfo.hasNextPage) break;
        after = data.executions.pageInfo.endCursor;
      }
    }
    log(`  walked ${pages.length} pages (answers checked against the raw floor)`);
    const apiTarget = {
      url: api.url,
      method: 'POST',
      headers,
      requests: pages.map((v) => ({ method: 'POST', body: JSON.stringify({ query: EXECUTIONS, variables: v }) })),
    };
    const rawTarget = {
      url: raw.base,
      requests: pages.map(({ year, after }) => ({ method: 'GET', path: `/executions?year=${year}&first=${PAGE}${after ? `&after=${after}` : ''}` })),
    };
    // The key's last use is written at most once a minute: one request in a minute costs one more.
    return {
      statements: [Math.min(...statements), Math.max(...statements)],
      pages: pages.length,
      ...(await measurePair('integrator', apiTarget, rawTarget, ctx)),
    };
  });

  if (wanted('import')) {
    log(`▶ Participant import: ${OPT.importRows} rows, ${OPT.importRuns} run(s) per file, into executions of 1.9 (${YEAR})`);
    // The import's rows are removed afterwards, so that a kept database (--keep, --db) measures the same.
    await seedImportAuthoritiesMysql(db.plain, OPT.importRows);
    try {
      results.import = await measureImport(api, raw, pcm);
    } finally {
      await cleanImportMysql(db.plain, OPT.importRows);
    }
    const { cases, rawCsvMs, peakRss } = results.import;
    for (const c of cases)
      log(
        `  API  ${c.label.padEnd(34)} median ${fmt(median(c.ms) / 1000, 2)} s (runs ${c.ms.map((t) => fmt(t / 1000, 2)).join(', ')}), SQL ${c.statements.join('–')}`,
      );
    log(`  raw  CSV${' '.repeat(31)} median ${fmt(median(rawCsvMs) / 1000, 2)} s; API peak RSS during imports ${fmt(mb(peakRss), 0)} MB`);
  }
  results.apiPeakRssSinceStart = memoryOf(api.pid).hwm;
  machine.loadAtEnd = loadAverage();
} finally {
  await api?.stop();
  await raw?.stop();
  await memory?.stop();
  if (!o.keep && !o.db) await db.drop();
  else log(`\nkept database ${db.name} (drop it with: node bench/generate.mjs --drop ${db.name})`);
}

// ---------------------------------------------------------------- summary

const byName = new Map(results.scenarios.map((s) => [s.name, s]));
const trivial = byName.get('trivial');
const lines = [];
lines.push(
  '',
  `| scenario | SQL/req | c=1 p50 ms | c=1 p99 ms | c=1 req/s | c=${OPT.connections} p50 ms | c=${OPT.connections} p99 ms | c=${OPT.connections} req/s | peak RSS MB | raw SQL p50 ms | × raw (p50) | × trivial (p50) | from memory p50 ms | from memory c=${OPT.connections} req/s |`,
);
lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const s of results.scenarios) {
  const a = s.api;
  const rawP50 = s.raw?.single.p50;
  lines.push(
    `| ${s.label} | ${s.statements.join('–')} | ${fmt(a.single.p50, 2)} | ${fmt(a.single.p99, 2)} | ${fmt(a.single.rps, 0)} | ${fmt(a.many.p50)} | ${fmt(a.many.p99)} | ${fmt(a.many.rps, 0)} | ${fmt(mb(a.many.peakRss), 0)} | ` +
      `${fmt(rawP50, 2)} | ${rawP50 ? fmt(a.single.p50 / rawP50) : '–'} | ${trivial && s !== trivial ? fmt(a.single.p50 / trivial.api.single.p50) : '–'} | ` +
      `${fmt(s.memory?.single.p50, 2)} | ${fmt(s.memory?.many.rps, 0)} |`,
  );
}
if (results.import) {
  const csv = results.import.cases[0];
  for (const c of results.import.cases) {
    lines.push(
      `| import ${results.import.rows} rows, ${c.label} | ${c.statements.join('–')} | ${fmt(median(c.ms))} (median of ${c.ms.length}) | ${fmt(Math.max(...c.ms))} (max) | – | – | – | – | ${fmt(mb(results.import.peakRss), 0)} | ` +
        `${c === csv ? fmt(median(results.import.rawCsvMs)) : '–'} | ${c === csv ? fmt(median(c.ms) / median(results.import.rawCsvMs)) : '–'} | – | – | – |`,
    );
  }
}
log(lines.join('\n'));

const targets = [];
const trivialFloor = byName.get('trivial');
for (const name of ['activities', 'report']) {
  const s = byName.get(name);
  if (!s || !trivialFloor) continue;
  const t = trivialFloor.api;
  targets.push([
    `${s.label}: p50 ≤ 3× the authenticated trivial request's`,
    s.api.single.p50 <= 3 * t.single.p50,
    `${fmt(s.api.single.p50, 2)} ms vs ${fmt(t.single.p50, 2)} ms (× ${fmt(s.api.single.p50 / t.single.p50, 2)})${s.memory ? `; from memory behind the same stack ${fmt(s.memory.single.p50, 2)} ms` : ''}`,
  ]);
  targets.push([
    `${s.label}: throughput at ${OPT.connections} connections ≥ 30 % of the trivial request's`,
    s.api.many.rps >= 0.3 * t.many.rps,
    `${fmt(s.api.many.rps, 0)} vs ${fmt(t.many.rps, 0)} req/s (${fmt((100 * s.api.many.rps) / t.many.rps, 0)} %)${s.memory ? `; from memory ${fmt(s.memory.many.rps, 0)} req/s` : ''}`,
  ]);
}
const report = byName.get('report');
if (report?.raw)
  targets.push([
    `consolidated report p50 ≤ 2× raw SQL p50`,
    report.api.single.p50 <= 2 * report.raw.single.p50,
    `${fmt(report.api.single.p50, 2)} ms vs ${fmt(report.raw.single.p50, 2)} ms (× ${fmt(report.api.single.p50 / report.raw.single.p50, 2)})`,
  ]);
if (results.import)
  for (const c of results.import.cases.slice(0, 2))
    targets.push([`import ${results.import.rows} rows (${c.label}) ≤ 5 s`, Math.max(...c.ms) <= 5000, `max ${fmt(Math.max(...c.ms) / 1000, 2)} s`]);
const loadPeak = Math.max(...results.scenarios.map((s) => s.api.many.peakRss ?? 0));
if (results.scenarios.length)
  targets.push([
    `API RSS < 300 MB at ${OPT.connections} connections`,
    mb(loadPeak) < 300,
    `peak ${fmt(mb(loadPeak), 0)} MB (VmHWM over the whole run, imports included: ${fmt(mb(results.apiPeakRssSinceStart ?? 0), 0)} MB)`,
  ]);
for (const s of results.scenarios) {
  const allowed = s.name === 'integrator' ? 1 : 0; // the key's last use, once a minute
  if (s.statements[1] - s.statements[0] > allowed) targets.push([`${s.label}: same SQL count on every request`, false, s.statements.join('–')]);
}
log(`\nload average (1 min) at start ${fmt(machine.loadAtStart, 2)}, at end ${fmt(machine.loadAtEnd, 2)} (${machine.cores} cores)`);
log('\nTargets' + (o.smoke ? ' (smoke run: figures are not meaningful)' : ''));
for (const [what, ok, detail] of targets) log(`  ${ok ? 'met   ' : 'MISSED'} ${what}: ${detail}`);
results.targets = targets.map(([what, met, detail]) => ({ what, met, detail }));
if (o.json) writeFileSync(o.json, JSON.stringify(results, null, 2));
