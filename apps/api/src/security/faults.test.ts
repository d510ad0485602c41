/**
 * Database outage: with MariaDB stopped during requests the API answers clear errors (and
 * /healthz 503), then recovers by itself when MariaDB is back, without losing acknowledged writes.
 * Runs its own throwaway MariaDB server (on a free port) so that other tests are not disturbed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNAVAILABLE_MESSAGE } from '../common/hardening.js';

const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));
const INSTALL = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find(existsSync);
const SERVER = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find(existsSync);
const available = Boolean(INSTALL && SERVER);
if (!available && process.env.CI === 'true') throw new Error('The fault test needs MariaDB server binaries (mariadb-server) in CI.');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!available)('database outage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gj-fault-'));
  let port: number;
  let database: ChildProcess | null = null;
  let api: ChildProcess | null = null;
  let apiUrl: string;
  let token: string;

  const startDatabase = async () => {
    database = spawn(
      SERVER!,
      [
        '--no-defaults',
        `--datadir=${join(dir, 'data')}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--socket=${join(dir, 'mysqld.sock')}`,
        `--pid-file=${join(dir, 'mysqld.pid')}`,
        '--user=root',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
      ],
      { stdio: 'ignore' },
    );
    for (let i = 0; i < 150; i++) {
      try {
        const c = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
        await c.end();
        return;
      } catch {
        await sleep(200);
      }
    }
    throw new Error('The throwaway MariaDB did not start');
  };
  const stopDatabase = async () => {
    const exited = new Promise((r) => database!.once('exit', r));
    database!.kill('SIGKILL');
    await exited;
    database = null;
  };
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const r = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: r.status, ...((await r.json()) as { data?: any; errors?: any[] }) };
  };
  /** Starts the database if a test left it stopped, and waits until the API reaches it again. */
  const databaseUp = async () => {
    if (!database) await startDatabase();
    for (let i = 0; i < 100 && (await fetch(`${apiUrl}/healthz`)).status !== 200; i++) await sleep(200);
  };
  const create = (title: string) =>
    gql('mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", input: $i) { id } }', {
      i: { date: '2024-05-09', kind: 'TRAINING_SESSION', title, modality: 'VIRTUAL' },
    });

  beforeAll(async () => {
    port = await freePort();
    const install = spawnSync(
      INSTALL!,
      ['--no-defaults', `--datadir=${join(dir, 'data')}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      { encoding: 'utf8' },
    );
    if (install.status !== 0) throw new Error(`mariadb-install-db failed: ${install.stderr}`);
    await startDatabase();
    const admin = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
    await admin.query('CREATE DATABASE gj_fault CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    await admin.end();

    const apiPort = await freePort();
    apiUrl = `http://127.0.0.1:${apiPort}`;
    api = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: `mariadb://root@127.0.0.1:${port}/gj_fault`,
        PORT: String(apiPort),
        GJ_DEMO: '1',
        GJ_TOKEN_SECRET: 'k'.repeat(40),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    api.stdout!.on('data', (d) => (output += d));
    api.stderr!.on('data', (d) => (output += d));
    for (let i = 0; i < 600 && !output.includes('/graphql'); i++) await sleep(100);
    if (!output.includes('/graphql')) throw new Error(`API did not start:\n${output}`);
    const login = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { login(email: "pcm@demo.gob.pe", password: "GobernandoJuntas2024") { token } }' }),
    });
    token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
  }, 180_000);

  afterAll(async () => {
    api?.kill('SIGKILL');
    if (database) await stopDatabase();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes while the database is up', async () => {
    await databaseUp();
    for (const title of ['Antes 1', 'Antes 2', 'Antes 3']) {
      const r = await create(title);
      expect(r.errors).toBeUndefined();
    }
    expect((await fetch(`${apiUrl}/healthz`)).status).toBe(200);
  });

  it('answers clear errors and 503 while it is down, and stays up', async () => {
    await databaseUp();
    await stopDatabase();
    const health = await fetch(`${apiUrl}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'error', message: 'La base de datos no responde.' });
    for (let i = 0; i < 3; i++) {
      const r = await create(`Durante ${i}`);
      expect(r.data?.createExecution ?? null).toBeNull();
      expect(r.errors![0]).toMatchObject({ message: UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } });
      expect(JSON.stringify(r)).not.toMatch(/ECONNREFUSED|SELECT|INSERT|at .*\.js/);
    }
    expect(api!.exitCode).toBeNull();
  }, 60_000);

  it('recovers on its own when the database is back, with every acknowledged write', async () => {
    await databaseUp();
    const acknowledged: number[] = [];
    for (const title of ['Antes de la caída 1', 'Antes de la caída 2', 'Antes de la caída 3']) {
      const r = await create(title);
      expect(r.errors).toBeUndefined();
      acknowledged.push(r.data.createExecution.id);
    }
    await stopDatabase();
    // Writes refused during the outage (answered with errors) must not show up afterwards.
    for (let i = 0; i < 3; i++) expect((await create(`Durante la caída ${i}`)).errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    await startDatabase();
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await fetch(`${apiUrl}/healthz`)).status;
      if (status !== 200) await sleep(200);
    }
    expect(status).toBe(200);
    let r = await create('Después');
    for (let i = 0; i < 20 && r.errors; i++) {
      await sleep(250);
      r = await create('Después');
    }
    expect(r.errors).toBeUndefined();
    const list = await gql('{ activity(code: "1.4") { executions { id title } } }');
    const titles = list.data.activity.executions.map((e: { title: string }) => e.title);
    expect(titles).toEqual(expect.arrayContaining(['Antes de la caída 1', 'Antes de la caída 2', 'Antes de la caída 3', 'Después']));
    expect(titles.filter((t: string) => t.startsWith('Durante'))).toEqual([]);
    expect(list.data.activity.executions.map((e: { id: number }) => e.id)).toEqual(expect.arrayContaining(acknowledged));
    expect(api!.exitCode).toBeNull();
  }, 60_000);
});
