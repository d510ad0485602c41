import type { DataSource } from 'typeorm';
import { ActivityService } from './activity/activity.service.js';
import { AccountService } from './auth/account.service.js';
import { AuthService } from './auth/auth.service.js';
import type { TokenService } from './auth/token.service.js';
import { scopeOf, type Scope, type Viewer } from './auth/viewer.js';
import { EntityService } from './entity/entity.service.js';
import { PlanService } from './plan/plan.service.js';

export interface Services {
  accounts: AccountService;
  auth: AuthService;
  entities: EntityService;
  plans: PlanService;
  activities: ActivityService;
}

export function createServices(dataSource: DataSource, tokens: TokenService): Services {
  const accounts = new AccountService(dataSource);
  return {
    accounts,
    auth: new AuthService(accounts, tokens),
    entities: new EntityService(dataSource),
    plans: new PlanService(dataSource),
    activities: new ActivityService(dataSource),
  };
}

/** The one GraphQL context: who asks, what rows they may reach, and the services. */
export interface Context {
  viewer: Viewer | null;
  scope: Scope;
  services: Services;
}

export function createContext(viewer: Viewer | null, services: Services): Context {
  return { viewer, scope: scopeOf(viewer), services };
}
