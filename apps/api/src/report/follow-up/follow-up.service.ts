import { daysInMonth, monthStatuses, type CalendarDate, type Month, type MonthStatus, type SubmissionStatus } from '@gj/domain';
import type { DataSource } from 'typeorm';
import { ActivityRow } from '../../activity/activity.entity.js';
import type { Principal } from '../../auth/principal.js';
import type { Services } from '../../context.js';
import { MonthNarrativeRow } from '../../cycle/month-narrative.entity.js';
import { MonthlySubmissionRow } from '../../cycle/monthly-submission.entity.js';
import { EvidenceFileRow } from '../../evidence/evidence-file.entity.js';
import { ExecutionRow } from '../../execution/execution.entity.js';
import type { ActivityReportRow, ConsolidatedReport } from '../report.service.js';

/** What an entity sent about an activity for a month: the latest sent version, with the month's status. */
export interface NarrativeEntry {
  entityCode: string;
  entityLabel: string;
  month: Month;
  /** SUBMITTED or RETURNED: the coordination has not approved it (yet). */
  status: SubmissionStatus;
  achievements: string;
  difficulties: string;
  correctiveActions: string;
}

export interface ExecutionEntry {
  date: string;
  title: string;
  entityLabel: string | null;
  /** Names of its means of verification; empty when it has none. */
  files: string[];
}

export interface FollowUpActivity {
  row: ActivityReportRow;
  /** The schedule at the cut-off, month by month (for the heatmap). */
  statuses: Record<Month, MonthStatus>;
  narratives: NarrativeEntry[];
  executions: ExecutionEntry[];
}

export interface FollowUpReport {
  year: number;
  from: Month;
  to: Month;
  /** "YYYY-MM-DD": the last day of `to`; the figures are cumulative up to it. */
  asOf: string;
  planTitle: string | null;
  /** null for the coordination (every entity). */
  entity: { code: string; shortName: string; name: string } | null;
  report: ConsolidatedReport;
  activities: FollowUpActivity[];
}

/**
 * Gathers the semester (or any months') follow-up report: the consolidated figures at the end of the
 * period, plus what the entities wrote and the executions with their evidence in the period. Every
 * query is limited to the activities the principal reaches (Principal.restrict).
 */
export class FollowUpService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly services: Pick<Services, 'reports' | 'activities' | 'progress' | 'plans' | 'partners'>,
  ) {}

  async build(principal: Principal, year: number, from: Month, to: Month): Promise<FollowUpReport> {
    const asOfDate: CalendarDate = { year, month: to, day: daysInMonth(year, to) };
    const pad = (n: number) => String(n).padStart(2, '0');
    const start = `${year}-${pad(from)}-01`;
    const end = `${year}-${pad(to)}-${pad(asOfDate.day)}`;
    const [report, listed, plan, narratives, executions, files] = await Promise.all([
      this.services.reports.consolidated(principal, year, asOfDate),
      this.services.activities.list(principal, year),
      this.services.plans.find(principal, year),
      this.narratives(principal, year, from, to),
      principal
        .restrict(
          this.dataSource
            .getRepository(ExecutionRow)
            .createQueryBuilder('e')
            .innerJoin('e.activity', 'activity')
            .where('activity.planYear = :year', { year })
            .andWhere('e.date BETWEEN :start AND :end', { start, end }),
        )
        .orderBy('e.date', 'ASC')
        .addOrderBy('e.id', 'ASC')
        .getMany(),
      principal
        .restrict(
          this.dataSource
            .getRepository(EvidenceFileRow)
            .createQueryBuilder('f')
            .innerJoin('f.execution', 'e')
            .innerJoin('e.activity', 'activity')
            .select(['f.id', 'f.executionId', 'f.fileName'])
            .where('activity.planYear = :year', { year })
            .andWhere('e.date BETWEEN :start AND :end', { start, end }),
        )
        .orderBy('f.id', 'ASC')
        .getMany(),
    ]);
    const inForce = await this.services.progress.inForce(listed, asOfDate);
    const byCode = new Map(inForce.map((a) => [a.code, a]));
    const entities = new Map(listed.flatMap((a) => a.units.map((u) => [u.entity.code, u.entity] as const)));
    const label = (code: string | null) => (code === null ? null : (entities.get(code)?.shortName ?? code));
    const filesOf = groupBy(files, (f) => f.executionId);
    const executionsOf = groupBy(executions, (e) => e.activityId);
    const narrativesOf = groupBy(narratives, (n) => n.activityId);
    const entityCode = principal.scope.kind === 'ENTITY' ? principal.scope.entityCode : null;
    const own = entityCode === null ? null : (entities.get(entityCode) ?? (await this.services.partners.list()).find((p) => p.code === entityCode) ?? null);

    const activities = report.activities.map((row): FollowUpActivity => {
      const activity = byCode.get(row.code)!;
      return {
        row,
        statuses: monthStatuses(activity.schedule, year, asOfDate, new Set(row.executedMonths)),
        narratives: (narrativesOf.get(activity.id) ?? [])
          .map((n) => ({ ...n, entityLabel: label(n.entityCode)! }))
          .sort((a, b) => a.month - b.month || a.entityLabel.localeCompare(b.entityLabel, 'es')),
        executions: (executionsOf.get(activity.id) ?? []).map((e) => ({
          date: e.date,
          title: e.title,
          entityLabel: label(e.entityCode),
          files: (filesOf.get(e.id) ?? []).map((f) => f.fileName),
        })),
      };
    });
    return {
      year,
      from,
      to,
      asOf: report.asOf,
      planTitle: plan?.plan.title ?? null,
      entity: own ? { code: own.code, shortName: own.shortName, name: own.name } : null,
      report,
      activities,
    };
  }

  /** Per entity and month, the narrative of the latest sent version (version 0 is an unsent draft). */
  private async narratives(principal: Principal, year: number, from: Month, to: Month) {
    const rows: {
      entityCode: string;
      month: number | string;
      activityId: number | string;
      status: SubmissionStatus;
      achievements: string;
      difficulties: string;
      correctiveActions: string;
    }[] = await principal
      .restrict(
        this.dataSource
          .getRepository(MonthNarrativeRow)
          .createQueryBuilder('n')
          .innerJoin(
            MonthlySubmissionRow,
            's',
            's.entityCode = n.entityCode AND s.year = n.year AND s.month = n.month AND s.version = n.version AND s.version > 0',
          )
          .innerJoin(ActivityRow, 'activity', 'activity.id = n.activityId')
          .select('n.entityCode', 'entityCode')
          .addSelect('n.month', 'month')
          .addSelect('n.activityId', 'activityId')
          .addSelect('s.status', 'status')
          .addSelect('n.achievements', 'achievements')
          .addSelect('n.difficulties', 'difficulties')
          .addSelect('n.correctiveActions', 'correctiveActions')
          .where('n.year = :year', { year })
          .andWhere('n.month BETWEEN :from AND :to', { from, to }),
      )
      .getRawMany();
    return rows.map((r) => ({ ...r, month: Number(r.month) as Month, activityId: Number(r.activityId) }));
  }
}

/** Rows by a key, in their order (Map.groupBy needs the ES2024 library). */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
