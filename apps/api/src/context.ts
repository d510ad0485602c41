import type { DataSource } from 'typeorm';
import { ActivityService } from './activity/activity.service.js';
import { ApiKeyService } from './apikeys/api-key.service.js';
import { AuditService } from './audit/audit.service.js';
import { CycleService } from './cycle/cycle.service.js';
import { ReportService } from './report/report.service.js';
import { AccountService } from './auth/account.service.js';
import { AuthService } from './auth/auth.service.js';
import type { RequestOrigin } from './auth/auth.service.js';
import { SignInThrottle, type SignInOptions } from './auth/sign-in-throttle.js';
import type { TokenService } from './auth/token.service.js';
import { newRequestGuard, type RequestGuard } from './common/query-cost.js';
import { Principal } from './auth/principal.js';
import type { Viewer } from './auth/viewer.js';
import { PartnerService } from './partner/partner.service.js';
import { AuthorityService } from './authorities/authority.service.js';
import { ExecutionService } from './execution/execution.service.js';
import { ParticipantImportService } from './execution/participant-import.service.js';
import { GeographyService } from './geography/geography.service.js';
import { createLoaders, type Loaders } from './loaders.js';
import { ProgressService } from './progress/progress.service.js';
import { PlanService } from './plan/plan.service.js';
import { TermService } from './terms/term.service.js';
import type { NoticeConfig } from './config.js';
import { NoticeService } from './notice/notice.service.js';
import { EvidenceService } from './evidence/evidence.service.js';
import { AggregateService } from './progress/aggregate.service.js';
import { MonthReportService } from './cycle/month-report.service.js';
import type { FileStorage } from './evidence/storage.js';

export interface Services {
  accounts: AccountService;
  auth: AuthService;
  partners: PartnerService;
  plans: PlanService;
  activities: ActivityService;
  geography: GeographyService;
  authorities: AuthorityService;
  executions: ExecutionService;
  participantImport: ParticipantImportService;
  progress: ProgressService;
  audit: AuditService;
  cycle: CycleService;
  reports: ReportService;
  apiKeys: ApiKeyService;
  terms: TermService;
  evidence: EvidenceService;
  monthReports: MonthReportService;
  notices: NoticeService;
}

export interface ServiceOptions {
  production: boolean;
  signIn: SignInOptions;
  /** Defaults: no SMTP (notices in the app only), in-process queue. */
  notices?: Partial<NoticeConfig>;
  /** Where means of verification are kept. */
  storage: FileStorage;
}

export function createServices(dataSource: DataSource, tokens: TokenService, options: ServiceOptions): Services {
  const audit = new AuditService(dataSource);
  const cycle = new CycleService(dataSource, audit);
  const accounts = new AccountService(dataSource, audit);
  const activities = new ActivityService(dataSource);
  const aggregates = new AggregateService(dataSource);
  const executions = new ExecutionService(dataSource, activities, cycle, audit, aggregates);
  const progress = new ProgressService(dataSource);
  const partners = new PartnerService(dataSource, audit);
  const apiKeys = new ApiKeyService(dataSource, audit, partners);
  const notices = new NoticeService(dataSource, options.notices);
  cycle.setEvents(notices);
  const evidence = new EvidenceService(dataSource, executions, options.storage, audit);
  executions.onEvidenceRemoved((keys) => evidence.purge(keys));
  return {
    accounts,
    auth: new AuthService(accounts, tokens, apiKeys, audit, new SignInThrottle(options.signIn), { production: options.production }),
    partners,
    plans: new PlanService(dataSource, audit),
    activities,
    geography: new GeographyService(dataSource),
    authorities: new AuthorityService(dataSource, audit, activities, aggregates),
    executions,
    participantImport: new ParticipantImportService(dataSource, executions),
    progress,
    audit,
    cycle,
    reports: new ReportService(dataSource, activities, progress),
    apiKeys,
    terms: new TermService(dataSource, audit),
    notices,
    evidence,
    monthReports: new MonthReportService(dataSource, activities, progress, executions, cycle, audit),
  };
}

/** The one GraphQL context: who asks (what they reach and may do), from where, and the services. */
export interface Context {
  principal: Principal;
  origin: RequestOrigin;
  services: Services;
  loaders: Loaders;
  /** This request's limits and what it read (see common/query-cost.ts). */
  guard: RequestGuard;
}

export function createContext(viewer: Viewer | null, services: Services, origin: RequestOrigin): Context {
  const principal = Principal.of(viewer);
  return { principal, origin, services, loaders: createLoaders(services, principal), guard: newRequestGuard() };
}
