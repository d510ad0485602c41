/**
 * The participant import benchmark's pieces, shared by participant-import.mjs and national.mjs:
 * authorities with DNIs seeded by SQL, the CSV/XLSX files, and one timed import through the API.
 */
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import mysql from 'mysql2/promise';
import { gql, gqlRequest } from './common.mjs';

export const BENCH_DNI_BASE = 70_000_000;
export const dni = (i) => String(BENCH_DNI_BASE + i);

/** N authorities (regidoras distritales with DNIs) spread over district governments. */
function authorityRows(rows, governmentIds) {
  return Array.from({ length: rows }, (_, i) => [
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

export function seedImportAuthoritiesSqlite(file, rows) {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  const ids = db
    .prepare("SELECT id FROM governments WHERE level = 'DISTRICT' ORDER BY id")
    .all()
    .map((r) => r.id);
  const insert = db.prepare(`${INSERT}(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  db.transaction((list) => list.forEach((r) => insert.run(...r)))(authorityRows(rows, ids));
  db.close();
}

/** Skips DNIs already there, so a kept database can be measured again. */
export async function seedImportAuthoritiesMysql(plainUrl, rows) {
  const connection = await mysql.createConnection(plainUrl);
  try {
    const [[{ n }]] = await connection.query('SELECT COUNT(*) AS n FROM authorities WHERE dni BETWEEN ? AND ?', [dni(0), dni(rows - 1)]);
    if (Number(n) === rows) return;
    const [ids] = await connection.query("SELECT id FROM governments WHERE level = 'DISTRICT' ORDER BY id");
    const all = authorityRows(
      rows,
      ids.map((r) => r.id),
    );
    await connection.beginTransaction();
    const insert = `${INSERT.replace('INSERT INTO', 'INSERT IGNORE INTO')} ?`;
    for (let i = 0; i < all.length; i += 2000) await connection.query(insert, [all.slice(i, i + 2000)]);
    await connection.commit();
  } finally {
    await connection.end();
  }
}

/** Removes what the import benchmark added (its executions, their participants, its authorities). */
export async function cleanImportMysql(plainUrl, rows) {
  const connection = await mysql.createConnection(plainUrl);
  try {
    const bench = "e.title LIKE 'Bench %' OR e.title = 'Raw floor'";
    await connection.query(`DELETE p FROM participations p INNER JOIN executions e ON e.id = p.execution_id WHERE ${bench}`);
    await connection.query(`DELETE e FROM executions e WHERE ${bench}`);
    await connection.query('DELETE FROM authorities WHERE dni BETWEEN ? AND ?', [dni(0), dni(rows - 1)]);
  } finally {
    await connection.end();
  }
}

/** The three files: CSV, XLSX, and a CSV with one bad row in the middle (base64). */
export async function importFiles(rows) {
  const lines = ['dni,resultado', ...Array.from({ length: rows }, (_, i) => `${dni(i)},Culminó`)];
  const csv = Buffer.from(lines.join('\n')).toString('base64');
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Participantes');
  sheet.addRow(['dni', 'resultado']);
  for (let i = 0; i < rows; i++) sheet.addRow([dni(i), 'Culminó']);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
  const bad = lines.map((l, i) => (i === Math.floor(rows / 2) ? '1234,Culminó' : l));
  return { csv, xlsx, badCsv: Buffer.from(bad.join('\n')).toString('base64') };
}

export const IMPORT_CASES = (content) => [
  { label: 'CSV', fileName: 'p.csv', base64: content.csv, expectErrors: false },
  { label: 'XLSX', fileName: 'p.xlsx', base64: content.xlsx, expectErrors: false },
  { label: 'CSV, 1 bad row (nothing written)', fileName: 'p.csv', base64: content.badCsv, expectErrors: true },
];

const CREATE = 'mutation ($input: ExecutionInput!, $year: Int) { createExecution(activityCode: "1.9", input: $input, year: $year) { id } }';
const IMPORT =
  'mutation ($id: Int!, $f: String!, $c: String!) { importParticipants(executionId: $id, fileName: $f, contentBase64: $c) { inserted errors { line } } }';

/**
 * Creates a fresh execution of 1.9 (not timed), then imports the file into it (timed, wall clock
 * around the HTTP request). Returns milliseconds and the SQL statements the import sent (when the
 * API reports them).
 */
export async function importOnce(url, token, { label, fileName, base64, expectErrors }, rows, run, { year = 2024, date = '2024-05-20' } = {}) {
  const { createExecution } = await gql(
    url,
    CREATE,
    { input: { date, kind: 'TRAINING_SESSION', title: `Bench ${label} ${run}`, modality: 'VIRTUAL' }, year },
    token,
  );
  const started = performance.now();
  const { body, statements } = await gqlRequest(url, IMPORT, { id: createExecution.id, f: fileName, c: base64 }, token);
  const ms = performance.now() - started;
  if (body.errors) throw new Error(`${label}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  const result = body.data.importParticipants;
  const ok = expectErrors ? result.inserted === 0 && result.errors.length === 1 : result.inserted === rows;
  if (!ok) throw new Error(`Unexpected result for ${label}: ${JSON.stringify(result).slice(0, 300)}`);
  return { ms, statements, executionId: createExecution.id };
}
