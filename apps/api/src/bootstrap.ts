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
}

/** Start-up: migrate, load the plans and geography (idempotent), then the demo where it applies. */
export async function bootstrap(
  dataSource: DataSource,
  accounts: AccountService,
  config: Pick<Config, 'demo' | 'database'> & Partial<Pick<Config, 'production'>>,
  options: BootstrapOptions = {},
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
