import { PLANS } from '@gj/domain';
import type { DataSource } from 'typeorm';
import type { Config } from './config.js';
import type { AccountService } from './auth/account.service.js';
import { PlanLoaderService, type LoadSummary } from './plan/plan-loader.service.js';
import { DEMO_ACCOUNTS } from './auth/demo-accounts.js';

export interface BootstrapResult {
  migrations: string[];
  plan: LoadSummary;
  demoAccountsCreated: string[];
}

/** Start-up: migrate, load the plans (idempotent), then the demo accounts where they apply. */
export async function bootstrap(dataSource: DataSource, accounts: AccountService, config: Pick<Config, 'demo' | 'database'>): Promise<BootstrapResult> {
  const migrations = (await dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name);
  const plan = await new PlanLoaderService(dataSource).load(PLANS);
  const wantDemo = config.demo === 'always' || (config.demo === 'auto' && config.database.type === 'sqlite' && (await accounts.count()) === 0);
  const demoAccountsCreated: string[] = [];
  if (wantDemo) {
    for (const account of DEMO_ACCOUNTS) {
      if (await accounts.findByEmail(account.email)) continue;
      await accounts.create(account);
      demoAccountsCreated.push(account.email);
    }
  }
  return { migrations, plan, demoAccountsCreated };
}
