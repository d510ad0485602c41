import { officeDefinition, suppressSmallCells, type ActivityProgress, type CalendarDate } from '@gj/domain';
import DataLoader from 'dataloader';
import type { ActivityRow } from './activity/activity.entity.js';
import type { Principal } from './auth/principal.js';
import type { ExecutionRow, ParticipationRow } from './execution/execution.entity.js';
import type { ExecutionService } from './execution/execution.service.js';
import type { EvidenceFileRow } from './evidence/evidence-file.entity.js';
import type { EvidenceService } from './evidence/evidence.service.js';
import type { GeographyService } from './geography/geography.service.js';
import type { ProgressService, MonthState } from './progress/progress.service.js';
import { isoDate } from './progress/progress.service.js';
import type { ProgressType } from './progress/progress.types.js';
import type { ReprogrammingRow } from './plan/reprogramming.entity.js';

interface ActivityAt {
  row: ActivityRow;
  asOf: CalendarDate;
}

const keyOf = (k: ActivityAt) => `${k.row.id}|${isoDate(k.asOf)}`;

/** Groups keys by cut-off date so each date costs one batch of queries. */
function byDate<T>(load: (rows: ActivityRow[], asOf: CalendarDate) => Promise<Map<number, T>>) {
  return async (keys: readonly ActivityAt[]): Promise<T[]> => {
    const results = new Map<string, T>();
    const dates = new Map<string, ActivityAt[]>();
    for (const key of keys) dates.set(isoDate(key.asOf), [...(dates.get(isoDate(key.asOf)) ?? []), key]);
    for (const group of dates.values()) {
      const loaded = await load(
        group.map((k) => k.row),
        group[0]!.asOf,
      );
      for (const key of group) results.set(keyOf(key), loaded.get(key.row.id)!);
    }
    return keys.map((k) => results.get(keyOf(k))!);
  };
}

/** Per-request batching: a list of activities costs a fixed number of queries, not one each. */
export function createLoaders(
  services: { progress: ProgressService; executions: ExecutionService; geography: GeographyService; evidence: EvidenceService },
  principal: Principal,
) {
  const { progress, executions, geography, evidence } = services;
  let departments: Promise<Map<string, string>> | undefined;
  const departmentNames = () => (departments ??= geography.listDepartments().then((rows) => new Map(rows.map((d) => [d.code, d.name]))));

  const toType = async (p: ActivityProgress): Promise<ProgressType> => {
    const names = await departmentNames();
    const disclose = (counts: number[]) =>
      principal.disclosure.suppressSmallCells ? suppressSmallCells(counts) : counts.map((count) => ({ count, suppressed: false }));
    const offices = disclose(p.byOffice.map((o) => o.count));
    const departments = disclose(p.byDepartment.map((d) => d.count));
    return {
      ...p,
      byOffice: p.byOffice.map((o, i) => ({ office: o.key, label: officeDefinition(o.key).pluralLabel, ...offices[i]! })),
      byDepartment: p.byDepartment.map((d, i) => ({ departmentCode: d.key, departmentName: names.get(d.key) ?? d.key, ...departments[i]! })),
      parts: p.parts.map(({ key, label, target, achieved, counted }) => ({ key, label, target, achieved, counted })),
    };
  };

  // Progress and months of the same activities share one reprogrammings query.
  const reprogrammings = new DataLoader<number, ReprogrammingRow[]>(async (activityIds) => {
    const rows = await progress.reprogrammings(activityIds);
    return activityIds.map((id) => rows.filter((r) => r.activityId === id));
  });
  const changesOf = async (rows: readonly ActivityRow[]) =>
    (await reprogrammings.loadMany(rows.map((r) => r.id))).flatMap((r) => (r instanceof Error ? [] : r));

  return {
    progress: new DataLoader<ActivityAt, ProgressType, string>(
      async (keys) => Promise.all((await byDate(async (rows, asOf) => progress.progress(rows, asOf, await changesOf(rows)))(keys)).map(toType)),
      { cacheKeyFn: keyOf },
    ),
    months: new DataLoader<ActivityAt, MonthState[], string>(
      byDate(async (rows, asOf) => progress.months(rows, asOf, await changesOf(rows))),
      { cacheKeyFn: keyOf },
    ),
    executionsByActivity: new DataLoader<number, ExecutionRow[]>(async (activityIds) => {
      const rows = await executions.listForActivities(principal, activityIds);
      return activityIds.map((id) => rows.filter((r) => r.activityId === id));
    }),
    participants: new DataLoader<number, ParticipationRow[]>(async (ids) => {
      const byExecution = await executions.participantsOf(principal, ids);
      return ids.map((id) => byExecution.get(id) ?? []);
    }),
    // Only activities the principal already reached get here (through ActivityType).
    reprogrammings,
    participantCount: new DataLoader<number, number>(async (ids) => {
      const counts = await executions.participantCounts(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    // Only executions the principal already reached get here (through ExecutionType).
    evidence: new DataLoader<number, EvidenceFileRow[]>(async (ids) => {
      const files = await evidence.listFor(ids);
      return ids.map((id) => files.get(id) ?? []);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
