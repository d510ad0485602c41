/**
 * Test fixtures: a fresh database per backend (SQLite in memory; a new MySQL/MariaDB database,
 * dropped afterwards) and the real HTTP API on a free port.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { createApp, type App } from '../app.js';
import { Principal } from '../auth/principal.js';
import type { RateLimits } from '../common/hardening.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { bootstrap } from '../bootstrap.js';
import { createDataSource, type DatabaseConfig } from '../database/data-source.js';

export type Backend = 'sqlite' | 'mysql';

const MYSQL_URL = process.env.GJ_TEST_MYSQL_URL ?? 'mariadb://root@127.0.0.1:3306';

/** SQLite always; MySQL too unless a developer opts out locally. CI never may (see .ci/run). */
export function backends(): Backend[] {
  const skip = process.env.GJ_SKIP_MYSQL === '1' && process.env.CI !== 'true';
  return skip ? ['sqlite'] : ['sqlite', 'mysql'];
}

export interface TestDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'sqlite') return { config: { type: 'sqlite', file: ':memory:' }, drop: async () => {} };
  const name = `gj_test_${randomBytes(6).toString('hex')}`;
  const server = new URL(MYSQL_URL);
  let admin: mysql.Connection;
  try {
    admin = await mysql.createConnection({
      host: server.hostname,
      port: Number(server.port || 3306),
      user: decodeURIComponent(server.username),
      password: decodeURIComponent(server.password),
    });
  } catch (error) {
    throw new Error(`MySQL tests need MariaDB/MySQL at ${server.host} (${(error as Error).message}). Start it, or set GJ_SKIP_MYSQL=1 to skip them locally.`, {
      cause: error,
    });
  }
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const url = new URL(MYSQL_URL);
  url.pathname = `/${name}`;
  return {
    config: { type: url.protocol === 'mariadb:' ? 'mariadb' : 'mysql', url: url.toString().replace(/^mariadb:/, 'mysql:') },
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.end();
    },
  };
}

export interface TestDataSource {
  dataSource: DataSource;
  close(): Promise<void>;
}

/** A migrated, empty database. */
export async function openTestDataSource(backend: Backend): Promise<TestDataSource> {
  const database = await createTestDatabase(backend);
  const dataSource = createDataSource(database.config);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await database.drop();
    },
  };
}

export const TEST_TOKEN_SECRET = 'test-secret-'.padEnd(48, 'x');

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestApi {
  backend: Backend;
  url: string;
  dataSource: DataSource;
  services: App['services'];
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; authorization?: string },
  ): Promise<GraphQLResponse<T>>;
  /** Signs a demo account in and returns its token. */
  login(email: string, password?: string): Promise<string>;
  /** The principal a token or key stands for, to call services directly. */
  principal(token: string): Promise<Principal>;
  close(): Promise<void>;
}

/** Tests send many requests from one address: generous limits unless a test sets its own. */
export const TEST_RATE_LIMITS: RateLimits = {
  perIp: 1_000_000,
  perCredential: 1_000_000,
  loginFailuresPerAccount: 1_000_000,
  loginFailuresPerIp: 1_000_000,
  exportsPerCredential: 1_000_000,
};

/** The API over real HTTP on a fresh database holding the 2024 plan and the demo accounts. */
export async function startTestApi(backend: Backend, options: Partial<Parameters<typeof createApp>[1]> = { rateLimits: TEST_RATE_LIMITS }): Promise<TestApi> {
  const database = await createTestDatabase(backend);
  const dataSource = createDataSource(database.config);
  await dataSource.initialize();
  const { app, services, stop } = await createApp(dataSource, { production: false, tokenSecret: TEST_TOKEN_SECRET, tokenTtlSeconds: 3600, ...options });
  await bootstrap(dataSource, services.accounts, { demo: 'always', database: database.config }, { demoData: false });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql: TestApi['gql'] = async (query, variables, options = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
    if (authorization) headers.authorization = authorization;
    const response = await fetch(`${url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return { status: response.status, ...((await response.json()) as object) };
  };

  return {
    backend,
    url,
    dataSource,
    services,
    gql,
    login: async (email, password = DEMO_PASSWORD) => {
      const result = await gql<{ login: { token: string } }>(
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
        { email, password },
      );
      if (!result.data?.login) throw new Error(`Login failed for ${email}: ${JSON.stringify(result.errors)}`);
      return result.data.login.token;
    },
    principal: async (token) => Principal.of(await services.auth.authenticate(`Bearer ${token}`)),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}
