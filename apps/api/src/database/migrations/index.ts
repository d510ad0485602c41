import { InitialSchema1732867200000 } from './1732867200000-initial-schema.js';
import { ExecutionReporting1732953600000 } from './1732953600000-execution-reporting.js';
import { ConsolidatedMonitoring1733040000000 } from './1733040000000-consolidated-monitoring.js';
import { Integrations1733126400000 } from './1733126400000-integrations.js';
import { Hardening1764633600000 } from './1764633600000-hardening.js';
import { PlanYears1764806400000 } from './1764806400000-plan-years.js';
import { Terms1764892800000 } from './1764892800000-terms.js';
import { ExecutionRecorder1764979200000 } from './1764979200000-execution-recorder.js';
import { MonthlyReport1765152000000 } from './1765152000000-monthly-report.js';
import { MaintainedAggregates1765238400000 } from './1765238400000-maintained-aggregates.js';

/** Every migration, in order. Listed explicitly: no file globs, so the build and tests agree. */
export const MIGRATIONS = [
  InitialSchema1732867200000,
  ExecutionReporting1732953600000,
  ConsolidatedMonitoring1733040000000,
  Integrations1733126400000,
  Hardening1764633600000,
  PlanYears1764806400000,
  Terms1764892800000,
  ExecutionRecorder1764979200000,
  MonthlyReport1765152000000,
  MaintainedAggregates1765238400000,
];
