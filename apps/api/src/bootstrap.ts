import { PLANS } from '@gj/domain';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { AccountService } from './auth/account.service.js';
import { PlanLoaderService, type LoadSummary } from './plan/plan-loader.service.js';
import { GeographyService, type UbigeoImportSummary } from './geography/geography.service.js';
import { readBundledUbigeo } from './geography/ubigeo-file.js';
import { DEMO_ACCOUNTS } from './auth/demo-accounts.js';
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
  config: Pick<Config, 'demo' | 'database'>,
  options: BootstrapOptions = {},
): Promise<BootstrapResult> {
  const migrations = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const plan = await new PlanLoaderService(dataSource).load(PLANS);
  const geographyService = new GeographyService(dataSource);
  const geography = (await geographyService.isEmpty()) ? await geographyService.importUbigeo(await readBundledUbigeo()) : null;
  const wantDemo = config.demo === 'always' || (config.demo === 'auto' && config.database.type === 'sqlite' && (await accounts.count()) === 0);
  const demoAccountsCreated: string[] = [];
  if (wantDemo) {
    for (const account of DEMO_ACCOUNTS) {
      if (await accounts.findByEmail(account.email)) continue;
      await accounts.create(account);
      demoAccountsCreated.push(account.email);
    }
  }
  const demoData = wantDemo && options.demoData !== false ? await seedDemoData(dataSource) : null;
  return { migrations, plan, geography, demoAccountsCreated, demoData };
}
