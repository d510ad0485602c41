import {
  OFFICE_DEFINITIONS,
  activityAlerts,
  isBehind,
  ENTITY_CODES,
  isMonth,
  summarize,
  suppressSmallCells,
  timeliness,
  unverifiedExecutions,
  type AlertKind,
  type CalendarDate,
  type GroupSummary,
  type Month,
  type Office,
} from '@gj/domain';
import type { DataSource } from 'typeorm';
import type { ActivityService } from '../activity/activity.service.js';
import type { Disclosure, Principal } from '../auth/principal.js';
import { inputError } from '../common/errors.js';
import { ALL_SCOPE } from '../progress/aggregate.service.js';
import { isoDate, type ProgressService } from '../progress/progress.service.js';

export interface ActivityReportRow {
  code: string;
  name: string;
  objectiveCode: string;
  objectiveName: string;
  entities: string[];
  strategyObjectives: string[];
  /** The target in force at the cut-off date; the original one as first published. */
  targetValue: number;
  originalTargetValue: number;
  targetUnit: string;
  achieved: number;
  /** Composition targets: what counts, each part only up to its own target. */
  counted: number | null;
  percentOfTarget: number;
  met: boolean;
  executions: number;
  /** Executions with at least one means of verification attached. */
  executionsWithEvidence: number;
  /** Executions of closed months without any, and those months (the NO_EVIDENCE alert). */
  unverified: { executions: number; months: number[] };
  plannedMonths: Month[];
  executedMonths: Month[];
  delayedMonths: Month[];
  /** % of the target one would expect from the planned months already over. */
  expectedPercent: number;
  behind: boolean;
  /** Figures that need a person to check the data (e.g. more leaders than the census). */
  warnings: string[];
}

export interface GroupRow extends GroupSummary {
  key: string;
  label: string;
}

export interface ReachRow {
  key: string;
  label: string;
  /** Distinct women authorities who took part in any activity in scope up to the date (null when suppressed). */
  reached: number | null;
  suppressed: boolean;
  /** Active women authorities in the register. */
  inRegister: number;
}

export interface Alert {
  kind: AlertKind;
  activityCode: string;
  message: string;
}

export interface ConsolidatedReport {
  year: number;
  asOf: string;
  activities: ActivityReportRow[];
  totals: GroupSummary & { reachedAuthorities: number };
  byObjective: GroupRow[];
  byEntity: GroupRow[];
  byStrategyObjective: GroupRow[];
  byOffice: ReachRow[];
  byDepartment: ReachRow[];
  alerts: Alert[];
}

function group(
  rows: readonly ActivityReportRow[],
  keysOf: (r: ActivityReportRow) => string[],
  labelOf: (key: string) => string,
  order?: readonly string[],
): GroupRow[] {
  const groups = new Map<string, ActivityReportRow[]>();
  for (const row of rows) for (const key of keysOf(row)) groups.set(key, [...(groups.get(key) ?? []), row]);
  const keys = [...groups.keys()].sort((a, b) => (order ? order.indexOf(a) - order.indexOf(b) : a.localeCompare(b, 'es')));
  return keys.map((key) => ({ key, label: labelOf(key), ...summarize(groups.get(key)!) }));
}

function disclose(rows: ReachRow[], disclosure: Disclosure): ReachRow[] {
  if (!disclosure.suppressSmallCells) return rows;
  const cells = suppressSmallCells(rows.map((r) => r.reached ?? 0));
  return rows.map((r, i) => ({ ...r, reached: cells[i]!.count, suppressed: cells[i]!.suppressed }));
}

/**
 * The consolidated monitoring report of a plan year at a cut-off date, restricted to the
 * viewer's scope: the coordination sees every entity, a focal point its own.
 */
export class ReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: ActivityService,
    private readonly progress: ProgressService,
  ) {}

  async consolidated(principal: Principal, year: number, asOf: CalendarDate): Promise<ConsolidatedReport> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw inputError('El año no es válido.');
    const listed = await this.activities.list(principal, year);
    const changes = await this.progress.reprogrammings(listed.map((a) => a.id));
    const activities = await this.progress.inForce(listed, asOf, changes);
    const originalTargets = this.progress.originalTargets(listed, changes);
    const until = isoDate(asOf);
    const ids = activities.map((a) => a.id);
    // Independent queries run at once (each on its own pooled connection on MySQL).
    const [progress, days, reach] = await Promise.all([
      this.progress.progress(listed, asOf, changes),
      ids.length === 0
        ? Promise.resolve([] as { activity_id: number; date: string; executions: number | string; with_evidence: number | string }[])
        : (this.dataSource.query(
            `SELECT activity_id, date, executions, with_evidence FROM activity_days WHERE activity_id IN (${ids.map(() => '?').join(',')}) AND date <= ?`,
            [...ids, until],
          ) as Promise<{ activity_id: number; date: string; executions: number | string; with_evidence: number | string }[]>),
      this.reach(year, principal, until),
    ]);

    const rows: ActivityReportRow[] = activities.map((activity) => {
      const p = progress.get(activity.id)!;
      const own = days.filter((d) => Number(d.activity_id) === activity.id);
      const executed = new Set(own.map((d) => Number(String(d.date).slice(5, 7))).filter(isMonth));
      const byMonth = [...executed].map((month) => {
        const of = own.filter((d) => Number(String(d.date).slice(5, 7)) === month);
        return { month, executions: of.reduce((n, d) => n + Number(d.executions), 0), withEvidence: of.reduce((n, d) => n + Number(d.with_evidence), 0) };
      });
      const t = timeliness(activity.schedule, activity.planYear, asOf, executed);
      return {
        code: activity.code,
        name: activity.name,
        objectiveCode: activity.objective.code,
        objectiveName: activity.objective.name,
        entities: [...new Set(activity.units.map((u) => u.entityCode))].sort(),
        strategyObjectives: activity.strategyObjectives,
        targetValue: activity.targetValue,
        originalTargetValue: originalTargets.get(activity.id) ?? activity.targetValue,
        targetUnit: activity.targetUnit,
        achieved: p.achieved,
        counted: p.counted,
        percentOfTarget: p.percentOfTarget,
        met: p.met,
        executions: byMonth.reduce((n, m) => n + m.executions, 0),
        executionsWithEvidence: byMonth.reduce((n, m) => n + m.withEvidence, 0),
        unverified: unverifiedExecutions(activity.planYear, asOf, byMonth),
        plannedMonths: t.plannedMonths,
        executedMonths: t.executedMonths,
        delayedMonths: t.delayedMonths,
        expectedPercent: t.expectedShare * 100,
        behind: isBehind(p.percentOfTarget, t.expectedShare),
        warnings: p.warnings,
      };
    });

    // Labels from the units' entities the activities were read with: no query of their own.
    const partners = new Map(listed.flatMap((a) => a.units.map((u) => [u.entity.code, u.entity.shortName] as const)));
    const entityLabel = (code: string) => partners.get(code) ?? code;
    const alerts: Alert[] = rows.flatMap((r) => activityAlerts({ ...r, entityLabels: r.entities.map(entityLabel) }));

    const objectives = new Map(rows.map((r) => [r.objectiveCode, r.objectiveName]));
    return {
      year,
      asOf: until,
      activities: rows,
      totals: { ...summarize(rows), reachedAuthorities: reach.total },
      byObjective: group(
        rows,
        (r) => [r.objectiveCode],
        (code) => `${code}. ${objectives.get(code)}`,
      ),
      byEntity: group(rows, (r) => r.entities, entityLabel, [
        ...ENTITY_CODES,
        ...[...partners.keys()].filter((c) => !(ENTITY_CODES as readonly string[]).includes(c)).sort(),
      ]),
      byStrategyObjective: group(
        rows,
        (r) => r.strategyObjectives,
        (key) => key,
      ),
      byOffice: disclose(reach.byOffice, principal.disclosure),
      byDepartment: disclose(reach.byDepartment, principal.disclosure),
      alerts,
    };
  }

  /**
   * Distinct authorities reached in the activities of the principal's scope (all, or an entity's)
   * by the date, against the active register, by office and department: from the maintained first
   * dates (aggregate.service.ts), never from participations.
   */
  private async reach(year: number, principal: Principal, until: string) {
    type Count = { office: Office; department_code: string; n: number | string };
    const scope = principal.scope.kind === 'ALL' ? ALL_SCOPE : principal.scope.kind === 'ENTITY' ? principal.scope.entityCode : null;
    const [reached, register, departments]: [Count[], Count[], { code: string; name: string }[]] = await Promise.all([
      scope === null
        ? []
        : this.dataSource.query(
            `SELECT office, department_code, SUM(delta) AS n FROM reach_deltas
              WHERE plan_year = ? AND scope = ? AND date <= ? GROUP BY office, department_code HAVING SUM(delta) <> 0`,
            [year, scope, until],
          ),
      this.dataSource.query(
        `SELECT a.office AS office, g.department_code AS department_code, COUNT(*) AS n
           FROM authorities a INNER JOIN governments g ON g.id = a.government_id
          WHERE a.active = 1 GROUP BY a.office, g.department_code`,
      ),
      this.dataSource.query('SELECT code, name FROM departments ORDER BY code'),
    ]);
    const sum = (list: typeof reached, key: (r: (typeof reached)[number]) => boolean) => list.filter(key).reduce((s, r) => s + Number(r.n), 0);
    return {
      total: sum(reached, () => true),
      byOffice: OFFICE_DEFINITIONS.map((d) => ({
        key: d.office,
        label: d.pluralLabel,
        reached: sum(reached, (r) => r.office === d.office),
        suppressed: false,
        inRegister: sum(register, (r) => r.office === d.office),
      })),
      byDepartment: departments.map((d) => ({
        key: d.code,
        label: d.name,
        reached: sum(reached, (r) => r.department_code === d.code),
        suppressed: false,
        inRegister: sum(register, (r) => r.department_code === d.code),
      })),
    };
  }
}
