/**
 * Shared helpers of the benchmarks: start the built API on a database, talk GraphQL to it,
 * create and drop MariaDB/MySQL databases, sample a process's memory, small statistics.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const API_MAIN = fileURLToPath(new URL('../../apps/api/dist/main.js', import.meta.url));
export const DOMAIN = new URL('../../packages/domain/dist/index.js', import.meta.url).href;
export const MYSQL_URL = process.env.GJ_TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';
export const DEMO_PASSWORD = 'GobernandoJuntas2024';

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/**
 * Starts a Node program that prints `ready` (a string) once it listens, with PORT set to a free
 * port. Returns its pid, base URL and a stop() that waits for the exit.
 */
export async function startProcess(script, { env = {}, nodeArgs = [], ready = '/graphql', timeoutMs = 180_000 } = {}) {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeArgs, script], { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(ready)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${script} did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    pid: child.pid,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

/** Same start-up as API_MAIN with the rate limits lifted, for load tests (see api-main.mjs). */
export const API_UNLIMITED = fileURLToPath(new URL('./api-main.mjs', import.meta.url));

/** The built API (apps/api/dist/main.js, or `script`) on `databaseUrl`, with the demo accounts. */
export async function startApi(databaseUrl, { env = {}, nodeArgs = [], script = API_MAIN } = {}) {
  const api = await startProcess(script, { env: { DATABASE_URL: databaseUrl, GJ_DEMO: '1', ...env }, nodeArgs });
  return { ...api, url: `${api.base}/graphql` };
}

/** One GraphQL request; returns data, the parsed body and the response headers. */
export async function gqlRequest(url, query, variables = {}, token) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  return { status: response.status, body, headers: response.headers, statements: Number(response.headers.get('x-sql-statements') ?? NaN) };
}

export async function gql(url, query, variables = {}, token) {
  const { body } = await gqlRequest(url, query, variables, token);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function login(url, email) {
  const { login: result } = await gql(url, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD });
  return result.token;
}

function serverOptions() {
  const server = new URL(MYSQL_URL);
  return { host: server.hostname, port: Number(server.port || 3306), user: decodeURIComponent(server.username), password: decodeURIComponent(server.password) };
}

/**
 * A new database on the MySQL/MariaDB server: `url` for the API (mariadb: or mysql: as given),
 * `plain` for mysql2 (always mysql:), drop() to remove it.
 */
export async function createDatabase(name) {
  const admin = await mysql.createConnection(serverOptions());
  await admin.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
  return openDatabase(name);
}

/** An existing database (see createDatabase). */
export function openDatabase(name) {
  const url = new URL(MYSQL_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    plain: url.toString().replace(/^mariadb:/, 'mysql:'),
    drop: async () => {
      const admin = await mysql.createConnection(serverOptions());
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

export async function serverVersion() {
  const admin = await mysql.createConnection(serverOptions());
  const [[row]] = await admin.query('SELECT VERSION() AS v');
  await admin.end();
  return row.v;
}

/** Resident memory of a process in bytes (VmRSS now, VmHWM = peak since start); null once gone. */
export function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return null;
  }
}

/** Polls VmRSS every `everyMs` until stop(), which returns the peak seen. */
export function sampleMemory(pid, everyMs = 25) {
  let peak = memoryOf(pid)?.rss ?? 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && m.rss > peak) peak = m.rss;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      const m = memoryOf(pid);
      return Math.max(peak, m?.rss ?? 0);
    },
  };
}

/** CPU time (user + system) a process has used, in clock ticks; null once gone. */
export function cpuTicks(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Waits until the processes are idle (under 5% CPU over 250 ms) and the database runs no
 * statement: a load phase that ends leaves requests queued in the server, and the next phase
 * must not measure their tail.
 */
export async function settle(pids, databaseName, timeoutMs = 180_000) {
  const connection = await mysql.createConnection(serverOptions());
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const before = pids.map(cpuTicks);
      await new Promise((r) => setTimeout(r, 250));
      const busy = pids.some((pid, i) => before[i] !== null && cpuTicks(pid) - before[i] > 1);
      const [[{ n }]] = await connection.query(
        "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE DB = ? AND COMMAND = 'Query' AND ID <> CONNECTION_ID()",
        [databaseName],
      );
      if ((!busy && Number(n) === 0) || Date.now() > deadline) return;
    }
  } finally {
    await connection.end();
  }
}

export const median = (xs) => percentile(xs, 50);
export function percentile(xs, p) {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
export const mb = (bytes) => bytes / 1024 / 1024;
