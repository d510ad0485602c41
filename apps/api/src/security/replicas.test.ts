/**
 * Several API replicas on shared engines: two built servers (as `npm start` runs them) started at
 * the same moment on one fresh MariaDB database and the machine's Redis. They take turns with the
 * start-up work (GET_LOCK), share the rate limits (Redis) and see each other's writes at once.
 * Needs `npm run build` (turbo runs it) and MariaDB/MySQL; Redis at GJ_TEST_REDIS_URL.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountService } from '../auth/account.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { bootstrap } from '../bootstrap.js';
import { createDataSource } from '../database/data-source.js';
import { executionInput } from '../test/fixtures.js';
import { backends, createTestDatabase, type TestDatabase } from '../test/harness.js';
import { startServer, stopServer, type ServerProcess } from '../test/server-process.js';

const REDIS_URL = process.env.GJ_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const SECRET = 'replicas-test-secret-'.padEnd(48, 'r');
const FAILURES_PER_ACCOUNT = 5;

interface Answer {
  status: number;
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function gql(server: ServerProcess, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
}

const LOGIN = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

async function login(server: ServerProcess, email: string, password = DEMO_PASSWORD): Promise<Answer> {
  return gql(server, LOGIN, { e: email, p: password });
}

/** Deletes this run's keys (rate limits and the notice queue) from the shared Redis. */
async function deleteKeys(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** A `mariadb://` or `mysql://` address for DATABASE_URL, as an operator writes it. */
const databaseUrl = (database: TestDatabase) => {
  const config = database.config as { type: string; url: string };
  return config.type === 'mariadb' ? config.url.replace(/^mysql:/, 'mariadb:') : config.url;
};

describe.skipIf(!backends().includes('mysql'))('two API replicas on one MariaDB and one Redis', () => {
  const prefix = `gj-replicas-${randomBytes(4).toString('hex')}`;
  let database: TestDatabase;
  let dataSource: DataSource;
  let redis: Redis;
  let a: ServerProcess;
  let b: ServerProcess;
  const count = async (sql: string, parameters: unknown[] = []) => Number(((await dataSource.query(sql, parameters)) as { n: unknown }[])[0]!.n);

  beforeAll(async () => {
    database = await createTestDatabase('mysql');
    redis = new Redis(REDIS_URL);
    const env = {
      DATABASE_URL: databaseUrl(database),
      GJ_TOKEN_SECRET: SECRET,
      GJ_DEMO: '1',
      REDIS_URL,
      GJ_QUEUE_PREFIX: prefix,
      GJ_RATE_LIMITS: `loginFailuresPerAccount=${FAILURES_PER_ACCOUNT}`,
    };
    // Both at the same moment, on a database with no tables yet.
    const started = await Promise.allSettled([startServer(env, { timeoutMs: 240_000 }), startServer(env, { timeoutMs: 240_000 })]);
    // A replica that started is stopped in afterAll even when the other one failed.
    [a, b] = started.map((s) => (s.status === 'fulfilled' ? s.value : undefined)) as [ServerProcess, ServerProcess];
    for (const s of started) if (s.status === 'rejected') throw s.reason;
    dataSource = createDataSource(database.config);
    await dataSource.initialize();
  }, 300_000);

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((s) => stopServer(s)));
    await dataSource?.destroy();
    await database?.drop();
    if (redis) {
      await deleteKeys(redis, prefix);
      await redis.quit();
    }
  });

  it('both start together without error, and only one of them did the start-up work', async () => {
    for (const server of [a, b]) {
      expect(server.child.exitCode, server.output()).toBeNull();
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
      expect(server.output()).not.toMatch(/error|Error/);
    }
    const outputs = [a.output(), b.output()];
    expect(outputs.filter((o) => o.includes('Migraciones aplicadas:'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('Cuentas de demostración creadas'))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('Datos de demostración:'))).toHaveLength(1);
    // The other one waited, then found everything in place.
    expect(outputs.filter((o) => /Catálogo del plan: 0 insertados, 0 actualizados, 0 eliminados/.test(o))).toHaveLength(1);
  });

  it('inserted nothing twice', async () => {
    expect(await count('SELECT COUNT(*) AS n FROM activities WHERE plan_year = 2024')).toBe(19);
    expect(await count('SELECT COUNT(*) AS n FROM departments')).toBe(25);
    expect(await count('SELECT COUNT(*) AS n FROM districts')).toBe(1891);
    expect(await count('SELECT COUNT(*) AS n FROM migrations')).toBe(await count('SELECT COUNT(DISTINCT name) AS n FROM migrations'));
    const emails = DEMO_ACCOUNTS.map((account) => account.email);
    expect(await count(`SELECT COUNT(*) AS n FROM accounts WHERE email IN (${emails.map(() => '?').join(', ')})`, emails)).toBe(emails.length);
    expect(await count('SELECT COUNT(*) AS n FROM authorities WHERE synthetic = 1')).toBe(5372);
  });

  it('refuses failed sign-ins spread over both replicas at the configured count', async () => {
    const email = 'mef@demo.gob.pe';
    for (let attempt = 1; attempt <= FAILURES_PER_ACCOUNT; attempt++) {
      const answer = await login(attempt % 2 ? a : b, email, `clave-equivocada-${attempt}`);
      expect(answer.errors?.[0]?.extensions?.code, `intento ${attempt}`).not.toBe('RATE_LIMITED');
    }
    // Each replica saw only half of them; together they reached the limit, even for the right password.
    for (const server of [b, a]) {
      const refused = await login(server, email);
      expect(refused.status).toBe(429);
      expect(refused.errors![0]!.message).toMatch(/^Demasiados intentos fallidos de inicio de sesión\. Espere \d+ minutos? e intente nuevamente\.$/);
      expect(refused.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
    }
    // The counters live in Redis under this run's prefix, with the request limits of express-rate-limit.
    expect(await redis.exists(`${prefix}:rl:login-account:${email}`)).toBe(1);
    expect((await redis.keys(`${prefix}:rl:ip:*`)).length).toBeGreaterThan(0);
  });

  it('reads through one replica a write made through the other, at once', async () => {
    const token = (await login(a, 'pcm@demo.gob.pe')).data!.login.token as string;
    const created = await gql(
      a,
      'mutation ($input: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2024, input: $input) { id title } }',
      { input: executionInput('2024-11-12', { title: 'Taller escrito en la réplica A' }) },
      token,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createExecution.id as number;
    // The session made on A is good on B (same GJ_TOKEN_SECRET), and B reads the row A wrote.
    const read = await gql(b, `{ execution(id: ${id}) { id title } }`, {}, token);
    expect(read.data).toEqual({ execution: { id, title: 'Taller escrito en la réplica A' } });
  });

  it('refuses on one replica an account disabled through the other, on its next request', async () => {
    const osce = (await login(b, 'osce@demo.gob.pe')).data!.login.token as string;
    expect((await gql(b, '{ viewer { email } }', {}, osce)).data).toEqual({ viewer: { email: 'osce@demo.gob.pe' } });
    const coordination = (await login(a, 'coordinacion@demo.gob.pe')).data!.login.token as string;
    const disabled = await gql(a, 'mutation { setAccountActive(email: "osce@demo.gob.pe", active: false) { id } }', {}, coordination);
    expect(disabled.errors).toBeUndefined();
    const refused = await gql(b, '{ viewer { email } }', {}, osce);
    expect(refused.status).toBe(401);
    expect(refused.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });
});

describe.skipIf(!backends().includes('mysql'))('the start-up lock', () => {
  it('waits for the lock, and says in Spanish why it gives up', async () => {
    const database = await createTestDatabase('mysql');
    const dataSource = createDataSource(database.config);
    await dataSource.initialize();
    // Another "replica" holds the lock of this database.
    const holder = await mysql.createConnection((database.config as { url: string }).url);
    try {
      const name = (await dataSource.query('SELECT DATABASE() AS n'))[0].n as string;
      await holder.query('SELECT GET_LOCK(?, 0)', [`gj-bootstrap:${name}`.slice(0, 64)]);
      const config = { demo: 'never' as const, database: database.config };
      const accounts = {} as AccountService;
      await expect(bootstrap(dataSource, accounts, config, { lockTimeoutSeconds: 1 })).rejects.toThrow(
        /^Otra instancia de la API lleva más de 1 s preparando la base de datos «gj_test_[0-9a-f]+» \(migraciones, plan y geografía\)/,
      );
      expect(await dataSource.query("SHOW TABLES LIKE 'activities'")).toEqual([]);
      // Once it is released, the waiting start-up goes on.
      const waiting = bootstrap(dataSource, accounts, config, { lockTimeoutSeconds: 30 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      await holder.query('SELECT RELEASE_LOCK(?)', [`gj-bootstrap:${name}`.slice(0, 64)]);
      expect((await waiting).plan.inserted).toBeGreaterThan(0);
    } finally {
      await holder.end();
      await dataSource.destroy();
      await database.drop();
    }
  }, 120_000);
});
