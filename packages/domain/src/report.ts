/**
 * Consolidation rules of the monitoring report: how far along an activity should be at a date,
 * which planned months are late, and how activities add up by objective or entity.
 */
import { isMonth, monthPhase, type CalendarDate, type Month } from './calendar.js';
import { formatPercent, monthList } from './format.js';
import { monthStatuses, plannedMonthsOf, type ScheduleMark } from './schedule.js';

export interface Timeliness {
  /** Planned months (best reading) in the year. */
  plannedMonths: Month[];
  /** Planned months already over at the date. */
  plannedMonthsPassed: Month[];
  /** Months with at least one execution up to the date. */
  executedMonths: Month[];
  /** Planned months over with nothing executed (an ambiguous mark counts once all its candidates are over). */
  delayedMonths: Month[];
  /** Share (0–1) of the year's planned months already over: the progress one would expect. */
  expectedShare: number;
}

export function timeliness(marks: readonly ScheduleMark[], year: number, asOf: CalendarDate, executed: ReadonlySet<Month>): Timeliness {
  const plannedMonths = plannedMonthsOf(marks);
  const plannedMonthsPassed = plannedMonths.filter((m) => monthPhase(year, m, asOf) === 'PAST');
  const statuses = monthStatuses(marks, year, asOf, executed);
  return {
    plannedMonths,
    plannedMonthsPassed,
    executedMonths: [...executed].sort((a, b) => a - b),
    delayedMonths: plannedMonths.filter((m) => statuses[m] === 'DELAYED'),
    expectedShare: plannedMonths.length === 0 ? 0 : plannedMonthsPassed.length / plannedMonths.length,
  };
}

export const ALERT_KINDS = ['DELAYED', 'BEHIND', 'CHECK', 'NO_EVIDENCE'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** What each kind of report alert is called on screens and in exports. */
export const ALERT_KIND_LABELS: Record<AlertKind, string> = {
  DELAYED: 'Meses retrasados',
  BEHIND: 'Por debajo de lo esperado',
  CHECK: 'Datos por revisar',
  NO_EVIDENCE: 'Sin medios de verificación',
};

export interface ReportAlert {
  kind: AlertKind;
  activityCode: string;
  message: string;
}

/** What an activity's alerts are read from (a row of the consolidated report). */
export interface AlertSource {
  code: string;
  /** Labels of the responsible entities (short names), in order. */
  entityLabels: readonly string[];
  delayedMonths: readonly number[];
  behind: boolean;
  percentOfTarget: number;
  expectedPercent: number;
  warnings: readonly string[];
  /** Executions of closed months without any means of verification, and their months. */
  unverified?: { executions: number; months: readonly number[] };
}

/** An activity's alerts, each naming who must act: "Actividad 3.2 (MIMP, PCM): …". */
export function activityAlerts(r: AlertSource): ReportAlert[] {
  const subject = `Actividad ${r.code}${r.entityLabels.length > 0 ? ` (${r.entityLabels.join(', ')})` : ''}`;
  return [
    ...(r.delayedMonths.length > 0
      ? [{ kind: 'DELAYED' as const, activityCode: r.code, message: `${subject}: meses programados sin ejecución: ${monthList(r.delayedMonths)}.` }]
      : []),
    ...(r.behind
      ? [
          {
            kind: 'BEHIND' as const,
            activityCode: r.code,
            message: `${subject}: avance de ${formatPercent(r.percentOfTarget)} de la meta frente a ${formatPercent(r.expectedPercent)} esperado según el cronograma.`,
          },
        ]
      : []),
    ...r.warnings.map((warning) => ({ kind: 'CHECK' as const, activityCode: r.code, message: `${subject}: ${warning}` })),
    ...(r.unverified && r.unverified.executions > 0
      ? [
          {
            kind: 'NO_EVIDENCE' as const,
            activityCode: r.code,
            message: `${subject}: ${r.unverified.executions === 1 ? '1 ejecución' : `${r.unverified.executions} ejecuciones`} de meses cerrados sin medios de verificación (${monthList(r.unverified.months)}).`,
          },
        ]
      : []),
  ];
}

/** Behind when the share of the target reached is below the share of planned months already over. */
export function isBehind(percentOfTarget: number, expectedShare: number): boolean {
  return percentOfTarget < expectedShare * 100 - 1e-9;
}

export interface GroupSummary {
  activities: number;
  /** Mean of each activity's % of target, each capped at 100 so a surplus does not hide a gap. */
  averagePercentOfTarget: number;
  targetsMet: number;
  withDelays: number;
  behind: number;
  /** Planned months in the year, added over the activities. */
  plannedMonths: number;
  /** Planned months with at least one execution up to the date. */
  doneMonths: number;
  /** Planned months over with nothing executed. */
  delayedMonths: number;
  /** Executions up to the date, and how many have at least one means of verification. */
  executions: number;
  executionsWithEvidence: number;
}

export function summarize(
  rows: readonly {
    percentOfTarget: number;
    met: boolean;
    plannedMonths: readonly number[];
    executedMonths: readonly number[];
    delayedMonths: readonly number[];
    behind: boolean;
    executions: number;
    executionsWithEvidence: number;
  }[],
): GroupSummary {
  const n = rows.length;
  const count = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
  return {
    activities: n,
    averagePercentOfTarget: n === 0 ? 0 : rows.reduce((s, r) => s + Math.min(100, r.percentOfTarget), 0) / n,
    targetsMet: rows.filter((r) => r.met).length,
    withDelays: rows.filter((r) => r.delayedMonths.length > 0).length,
    behind: rows.filter((r) => r.behind).length,
    plannedMonths: count((r) => r.plannedMonths.length),
    doneMonths: count((r) => r.plannedMonths.filter((m) => r.executedMonths.includes(m)).length),
    delayedMonths: count((r) => r.delayedMonths.length),
    executions: count((r) => r.executions),
    executionsWithEvidence: count((r) => r.executionsWithEvidence),
  };
}

/** An activity's executions of one month: how many, and how many with a means of verification. */
export interface MonthEvidence {
  month: number;
  executions: number;
  withEvidence: number;
}

/**
 * Executions without any means of verification in months already closed at the cut-off date
 * (an open month may still get its files): the NO_EVIDENCE alert.
 */
export function unverifiedExecutions(year: number, asOf: CalendarDate, months: readonly MonthEvidence[]): { executions: number; months: number[] } {
  const closed = months.filter((m) => isMonth(m.month) && monthPhase(year, m.month, asOf) === 'PAST' && m.executions > m.withEvidence);
  return {
    executions: closed.reduce((s, m) => s + m.executions - m.withEvidence, 0),
    months: closed.map((m) => m.month).sort((a, b) => a - b),
  };
}
