import { PLANS } from '@gj/domain';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { AccountService } from './auth/account.service.js';
import { PlanLoaderService, type LoadSummary } from './plan/plan-loader.service.js';
import { GeographyService, type UbigeoImportSummary } from './geography/geography.service.js';
import { readBundledUbigeo } from './geography/ubigeo-file.js';
import { DEMO_ACCOUNTS, isDemoAccount } from './auth/demo-accounts.js';
import { AuthorityRow } from './authorities/authority.entity.js';
import { seedDemoData } from './demo/demo-data.js';

export interface BootstrapResult {
  migrations: string[];
  plan: LoadSummary;
  /** The bundled INEI list, imported when the database had no geography; null otherwise. */
  geography: UbigeoImportSummary | null;
  demoAccountsCreated: string[];
  /** Synthetic register and executions seeded on a new demo database; null otherwise. */
  demoData: { authorities: number; executions: number } | null;
}

export interface BootstrapOptions {
  /** Seed the synthetic register and executions with the demo accounts (tests build their own). */
  demoData?: boolean;
  /** How long to wait for another replica's start-up (MySQL/MariaDB); 5 minutes by default. */
  lockTimeoutSeconds?: number;
}

export const DEFAULT_LOCK_TIMEOUT_SECONDS = 300;

/**
 * Start-up: migrate, load the plans and geography (idempotent), then the demo where it applies.
 * On MySQL/MariaDB it runs under a database lock, so replicas started together take turns: the
 * first does the work, the next ones find it done and insert nothing.
 */
export async function bootstrap(
  dataSource: DataSource,
  accounts: AccountService,
  config: Pick<Config, 'demo' | 'database'> & Partial<Pick<Config, 'production'>>,
  options: BootstrapOptions = {},
): Promise<BootstrapResult> {
  return withStartupLock(dataSource, options.lockTimeoutSeconds ?? DEFAULT_LOCK_TIMEOUT_SECONDS, () => startUp(dataSource, accounts, config, options));
}

/**
 * Runs `work` holding `GET_LOCK` on one connection of its own. The lock belongs to that session,
 * not to a transaction, so the migrations' own transactions (on other connections of the pool)
 * neither release nor wait for it; it is released at the end, or by the server if the process
 * dies. The name carries the database's, so databases on one server do not wait for each other.
 * SQLite needs none: an embedded file serves a single process.
 */
export async function withStartupLock<T>(dataSource: DataSource, timeoutSeconds: number, work: () => Promise<T>): Promise<T> {
  const type = dataSource.options.type;
  if (type !== 'mysql' && type !== 'mariadb') return work();
  const runner = dataSource.createQueryRunner();
  try {
    const { database } = ((await runner.query('SELECT DATABASE() AS `database`')) as { database: string }[])[0]!;
    // MySQL limits lock names to 64 characters.
    const name = `gj-bootstrap:${database}`.slice(0, 64);
    const { acquired } = ((await runner.query('SELECT GET_LOCK(?, ?) AS acquired', [name, timeoutSeconds])) as { acquired: number | string | null }[])[0]!;
    if (Number(acquired) !== 1) {
      throw new Error(
        `Otra instancia de la API lleva más de ${timeoutSeconds} s preparando la base de datos «${database}» (migraciones, plan y geografía) ` +
          'y esta no puede arrancar a la vez. Revise esa instancia (o un proceso colgado que retenga el bloqueo "gj-bootstrap") e inicie esta de nuevo.',
      );
    }
    try {
      return await work();
    } finally {
      await runner.query('SELECT RELEASE_LOCK(?)', [name]).catch(() => {});
    }
  } finally {
    await runner.release();
  }
}

async function startUp(
  dataSource: DataSource,
  accounts: AccountService,
  config: Pick<Config, 'demo' | 'database'> & Partial<Pick<Config, 'production'>>,
  options: BootstrapOptions,
): Promise<BootstrapResult> {
  const migrations = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  if (config.production) await assertNoDemo(dataSource, accounts);
  const plan = await new PlanLoaderService(dataSource).load(PLANS);
  const geographyService = new GeographyService(dataSource);
  const geography = (await geographyService.isEmpty()) ? await geographyService.importUbigeo(await readBundledUbigeo()) : null;
  const wantDemo = config.demo === 'always' || (config.demo === 'auto' && config.database.type === 'sqlite' && (await accounts.count()) === 0);
  const demoAccountsCreated: string[] = [];
  if (wantDemo) {
    for (const account of DEMO_ACCOUNTS) {
      if (await accounts.findByEmail(account.email)) continue;
      await accounts.create(account, undefined, { demo: true });
      demoAccountsCreated.push(account.email);
    }
  }
  const demoData = wantDemo && options.demoData !== false ? await seedDemoData(dataSource) : null;
  return { migrations, plan, geography, demoAccountsCreated, demoData };
}

/**
 * Production never serves the demo: its accounts share a published password and its register
 * and executions are fictional. Start-up stops and says what to remove.
 */
async function assertNoDemo(dataSource: DataSource, accounts: AccountService): Promise<void> {
  const demoAccounts = (await accounts.list()).filter((a) => a.active && isDemoAccount(a.email)).map((a) => a.email);
  const synthetic = await dataSource.getRepository(AuthorityRow).count({ where: { synthetic: true } });
  if (demoAccounts.length === 0 && synthetic === 0) return;
  const problems = [
    ...(demoAccounts.length > 0 ? [`cuentas de demostración activas (${demoAccounts.join(', ')})`] : []),
    ...(synthetic > 0 ? [`${synthetic} autoridades ficticias de demostración en el registro`] : []),
  ];
  throw new Error(
    `NODE_ENV=production no arranca sobre una base con datos de demostración: ${problems.join(' y ')}. ` +
      'Elimínelos con "npm run demo -- purge" (deshabilita esas cuentas y borra el registro y las ejecuciones de demostración) o use una base nueva.',
  );
}
