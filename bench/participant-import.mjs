#!/usr/bin/env node
/**
 * Benchmark: import of 10,000 participants (CSV and XLSX) through the real API over loopback HTTP,
 * on the embedded SQLite database and on MariaDB/MySQL. Run with `npm run bench:import`
 * (builds first). Options: --rows N (default 10000), --runs N (default 3), --only sqlite|mysql.
 *
 * Each run imports into a fresh execution, so every run inserts N rows. The register is filled
 * with N authorities with DNIs by plain SQL before the runs; that setup is not timed.
 * The same import also runs on the national-scale database in `npm run bench` (national.mjs).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, login, median, startApi } from './lib/common.mjs';
import { IMPORT_CASES, importFiles, importOnce, seedImportAuthoritiesMysql, seedImportAuthoritiesSqlite } from './lib/import.mjs';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
const ROWS = Number(values.rows);
const RUNS = Number(values.runs);

async function measure(backend, databaseUrl, seed, content) {
  const api = await startApi(databaseUrl);
  try {
    const token = await login(api.url, 'pcm@demo.gob.pe');
    await seed();
    const results = {};
    for (const c of IMPORT_CASES(content)) {
      const times = [];
      for (let run = 0; run < RUNS; run++) times.push((await importOnce(api.url, token, c, ROWS, run)).ms);
      results[c.label] = times;
      console.log(
        `${backend.padEnd(8)} ${c.label.padEnd(34)} median ${(median(times) / 1000).toFixed(2)} s   runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s`,
      );
    }
    return results;
  } finally {
    await api.stop();
  }
}

console.log(`Participant import: ${ROWS} rows, ${RUNS} runs each, Node ${process.version}`);
const content = await importFiles(ROWS);
if (values.only !== 'mysql') {
  const dir = mkdtempSync(join(tmpdir(), 'gj-bench-'));
  const file = join(dir, 'bench.sqlite');
  try {
    await measure('sqlite', `sqlite:${file}`, () => seedImportAuthoritiesSqlite(file, ROWS), content);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (values.only !== 'sqlite') {
  const db = await createDatabase(`gj_bench_${Date.now()}`);
  try {
    await measure('mysql', db.url, () => seedImportAuthoritiesMysql(db.plain, ROWS), content);
  } finally {
    await db.drop();
  }
}
