import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import pLimit from 'p-limit';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource, type LoggerOptions } from 'typeorm';
import { ENTITIES } from './entities.js';
import { CountingLogger } from './query-counter.js';
import { MIGRATIONS } from './migrations/index.js';

/** `mysql` for MySQL; `mariadb` for MariaDB (TypeORM reads their catalogues slightly differently). */
export type DatabaseConfig = { type: 'sqlite'; file: string } | { type: 'mysql' | 'mariadb'; url: string };

/** Default embedded database: `data/` at the repository root. */
export const DEFAULT_SQLITE_FILE = resolve(fileURLToPath(new URL('../../../../data/gobernando-juntas.sqlite', import.meta.url)));

/** `DATABASE_URL`: unset or `sqlite:<file>` → embedded SQLite; `mysql://…` → MySQL; `mariadb://…` → MariaDB. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { type: 'sqlite', file: DEFAULT_SQLITE_FILE };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new Error('DATABASE_URL "sqlite:" necesita la ruta de un archivo, p. ej. sqlite:data/gj.sqlite.');
    return { type: 'sqlite', file: file === ':memory:' ? file : resolve(file) };
  }
  if (url.startsWith('mysql://')) return { type: 'mysql', url };
  if (url.startsWith('mariadb://')) return { type: 'mariadb', url: url.replace(/^mariadb:/, 'mysql:') };
  throw new Error('DATABASE_URL debe empezar con sqlite:, mysql:// o mariadb://.');
}

export function describeDatabase(config: DatabaseConfig): string {
  if (config.type === 'sqlite') return `SQLite (${config.file})`;
  const url = new URL(config.url);
  return `${config.type === 'mysql' ? 'MySQL' : 'MariaDB'} (${url.hostname}:${url.port || 3306}${url.pathname})`;
}

export interface DataSourceOptions {
  logging?: LoggerOptions;
  /** Tests only: build the schema from entities instead of migrations. Never in production. */
  synchronize?: boolean;
}

/**
 * SQLite in TypeORM is one connection: two requests' transactions at once would interleave on it
 * (one's BEGIN inside the other's). They take turns instead; a transaction opened inside another
 * (same async context) joins it, as TypeORM nests it.
 */
function oneTransactionAtATime(dataSource: DataSource): DataSource {
  const inside = new AsyncLocalStorage<true>();
  const turn = pLimit(1);
  const manager = dataSource.manager;
  const transaction = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  (manager as { transaction: unknown }).transaction = (...args: unknown[]) =>
    inside.getStore() ? transaction(...args) : turn(() => inside.run(true, () => transaction(...args)));
  return dataSource;
}

export function createDataSource(config: DatabaseConfig, options: DataSourceOptions = {}): DataSource {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: options.synchronize ?? false,
    logging: options.logging ?? false,
    logger: new CountingLogger(),
  };
  if (config.type === 'sqlite') {
    if (config.file !== ':memory:') mkdirSync(dirname(config.file), { recursive: true });
    return oneTransactionAtATime(
      new DataSource({
        ...common,
        type: 'better-sqlite3',
        database: config.file,
        enableWAL: config.file !== ':memory:',
        prepareDatabase: (db: { pragma(sql: string): unknown }) => {
          db.pragma('busy_timeout = 5000');
        },
      }),
    );
  }
  return new DataSource({
    ...common,
    type: config.type,
    url: config.url,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    dateStrings: false,
    extra: { connectionLimit: 10 },
    // Each statement sees what is committed when it runs: a write that waited for a woman's or a
    // month's lock then reads her latest records (aggregate.service.ts), and no gap locks make
    // unrelated inserts wait for each other.
    isolationLevel: 'READ COMMITTED',
  });
}
