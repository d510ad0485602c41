#!/usr/bin/env node
/**
 * Benchmark: import of 10,000 participants (CSV and XLSX) through the real API over loopback HTTP,
 * on the embedded SQLite database and on MariaDB/MySQL. Run with `npm run bench:import`
 * (builds first). Options: --rows N (default 10000), --runs N (default 3), --only sqlite|mysql.
 *
 * Each run imports into a fresh execution, so every run inserts N rows. The register is filled
 * with N authorities with DNIs by plain SQL before the runs; that setup is not timed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import mysql from 'mysql2/promise';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
const ROWS = Number(values.rows);
const RUNS = Number(values.runs);
const MYSQL_URL = process.env.GJ_TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
const MAIN = fileURLToPath(new URL('../apps/api/dist/main.js', import.meta.url));

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

async function startApi(databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], { env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), GJ_DEMO: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + 120_000;
  while (!output.includes('/graphql')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`API did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => new Promise((r) => (child.once('exit', r), child.kill('SIGTERM'))) };
}

async function gql(url, query, variables = {}, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const dni = (i) => String(70_000_000 + i);

/** N authorities (regidoras distritales with DNIs) spread over district governments. */
function authorityRows(governmentIds) {
  return Array.from({ length: ROWS }, (_, i) => [
    `Participante ${i + 1}`,
    'Bench Ficticia',
    `bench ficticia participante ${i + 1}`,
    dni(i),
    'REGIDORA_DISTRITAL',
    governmentIds[i % governmentIds.length],
    2023,
    2026,
    1,
    1,
  ]);
}
const INSERT = 'INSERT INTO authorities (given_names, family_names, search_name, dni, office, government_id, term_start, term_end, active, synthetic) VALUES ';

async function seedSqlite(file) {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  const ids = db.prepare("SELECT id FROM governments WHERE level = 'DISTRICT' ORDER BY id").all().map((r) => r.id);
  const insert = db.prepare(`${INSERT}(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction((rows) => rows.forEach((r) => insert.run(...r)))(authorityRows(ids));
  db.close();
}

async function seedMysql(url) {
  const connection = await mysql.createConnection(url);
  const [rows] = await connection.query("SELECT id FROM governments WHERE level = 'DISTRICT' ORDER BY id");
  const all = authorityRows(rows.map((r) => r.id));
  for (let i = 0; i < all.length; i += 1000) await connection.query(`${INSERT} ?`, [all.slice(i, i + 1000)]);
  await connection.end();
}

async function files() {
  const lines = ['dni,resultado', ...Array.from({ length: ROWS }, (_, i) => `${dni(i)},Culminó`)];
  const csv = Buffer.from(lines.join('\n')).toString('base64');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Participantes');
  sheet.addRow(['dni', 'resultado']);
  for (let i = 0; i < ROWS; i++) sheet.addRow([dni(i), 'Culminó']);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const bad = lines.map((l, i) => (i === Math.floor(ROWS / 2) ? '1234,Culminó' : l));
  return { csv, xlsx, badCsv: Buffer.from(bad.join('\n')).toString('base64') };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(backend, databaseUrl, seed, content) {
  const api = await startApi(databaseUrl);
  try {
    const { login } = await gql(api.url, 'mutation { login(email: "pcm@demo.gob.pe", password: "GobernandoJuntas2024") { token } }');
    await seed();
    const results = {};
    for (const [label, fileName, base64, expectErrors] of [
      ['CSV', 'p.csv', content.csv, false],
      ['XLSX', 'p.xlsx', content.xlsx, false],
      ['CSV, 1 bad row (nothing written)', 'p.csv', content.badCsv, true],
    ]) {
      const times = [];
      for (let run = 0; run < RUNS; run++) {
        const { createExecution } = await gql(
          api.url,
          'mutation ($input: ExecutionInput!) { createExecution(activityCode: "1.9", input: $input) { id } }',
          { input: { date: '2024-05-20', kind: 'TRAINING_SESSION', title: `Bench ${label} ${run}`, modality: 'VIRTUAL' } },
          login.token,
        );
        const started = performance.now();
        const { importParticipants } = await gql(
          api.url,
          'mutation ($id: Int!, $f: String!, $c: String!) { importParticipants(executionId: $id, fileName: $f, contentBase64: $c) { inserted errors { line } } }',
          { id: createExecution.id, f: fileName, c: base64 },
          login.token,
        );
        times.push(performance.now() - started);
        const ok = expectErrors ? importParticipants.inserted === 0 && importParticipants.errors.length === 1 : importParticipants.inserted === ROWS;
        if (!ok) throw new Error(`Unexpected result for ${label}: ${JSON.stringify(importParticipants).slice(0, 300)}`);
      }
      results[label] = times;
      console.log(`${backend.padEnd(8)} ${label.padEnd(34)} median ${(median(times) / 1000).toFixed(2)} s   runs ${times.map((t) => (t / 1000).toFixed(2)).join(', ')} s`);
    }
    return results;
  } finally {
    await api.stop();
  }
}

console.log(`Participant import: ${ROWS} rows, ${RUNS} runs each, Node ${process.version}`);
const content = await files();
if (values.only !== 'mysql') {
  const dir = mkdtempSync(join(tmpdir(), 'gj-bench-'));
  const file = join(dir, 'bench.sqlite');
  try {
    await measure('sqlite', `sqlite:${file}`, () => seedSqlite(file), content);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
if (values.only !== 'sqlite') {
  const server = new URL(MYSQL_URL);
  const name = `gj_bench_${Date.now()}`;
  const admin = await mysql.createConnection({ host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) });
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(MYSQL_URL);
  url.pathname = `/${name}`;
  const plain = url.toString().replace(/^mariadb:/, 'mysql:');
  try {
    await measure('mysql', url.toString(), () => seedMysql(plain), content);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}
