import { describe, expect, it } from 'vitest';
import type { CalendarDate, Month } from './calendar.js';
import { LAYOUT_PAGE_1, LAYOUT_PAGE_2 } from './plan/index.js';
import { formatPercent } from './format.js';
import { activityAlerts, isBehind, summarize, timeliness, unverifiedExecutions } from './report.js';
import { readSchedule } from './schedule.js';

const d = (year: number, month: Month, day: number): CalendarDate => ({ year, month, day });

describe('timeliness', () => {
  it('expects the share of planned months already over, and lists delayed ones', () => {
    // 1.2: April, June, August, September–October (continuous reading), November.
    const marks = readSchedule({ layout: LAYOUT_PAGE_1, markedColumns: [2, 4, 6, 7, 8] });
    const t = timeliness(marks, 2024, d(2024, 9, 15), new Set<Month>([4, 8]));
    expect(t.plannedMonths).toEqual([4, 6, 8, 9, 10, 11]);
    expect(t.plannedMonthsPassed).toEqual([4, 6, 8]);
    expect(t.expectedShare).toBe(0.5);
    expect(t.delayedMonths).toEqual([6]);
  });

  it('delays an isolated ambiguous mark only when both candidates are over', () => {
    // 1.9: May, July, August|September (read September), November.
    const marks = readSchedule({ layout: LAYOUT_PAGE_2, markedColumns: [3, 5, 6, 8] });
    expect(timeliness(marks, 2024, d(2024, 9, 29), new Set<Month>([5, 7])).delayedMonths).toEqual([]);
    // A cut-off on the month's last day closes it.
    expect(timeliness(marks, 2024, d(2024, 9, 30), new Set<Month>([5, 7])).delayedMonths).toEqual([9]);
    expect(timeliness(marks, 2024, d(2024, 10, 1), new Set<Month>([5, 7])).delayedMonths).toEqual([9]);
    expect(timeliness(marks, 2024, d(2024, 10, 1), new Set<Month>([5, 7, 8])).delayedMonths).toEqual([]);
  });
});

describe('isBehind and summarize', () => {
  it('compares progress with the expected share', () => {
    expect(isBehind(36, 0.5)).toBe(true);
    expect(isBehind(50, 0.5)).toBe(false);
    expect(isBehind(0, 0)).toBe(false);
  });

  it('averages capped percentages and adds up the months', () => {
    expect(
      summarize([
        {
          percentOfTarget: 150,
          met: true,
          plannedMonths: [4],
          executedMonths: [4, 7],
          delayedMonths: [],
          behind: false,
          executions: 3,
          executionsWithEvidence: 2,
        },
        {
          percentOfTarget: 20,
          met: false,
          plannedMonths: [4, 5, 6],
          executedMonths: [4],
          delayedMonths: [5],
          behind: true,
          executions: 1,
          executionsWithEvidence: 0,
        },
      ]),
    ).toEqual({
      activities: 2,
      averagePercentOfTarget: 60,
      targetsMet: 1,
      withDelays: 1,
      behind: 1,
      plannedMonths: 4,
      doneMonths: 2,
      delayedMonths: 1,
      executions: 4,
      executionsWithEvidence: 2,
    });
    // A surplus in one activity does not hide another's gap: 80 and 150 average 90, not 115.
    expect(
      summarize(
        [80, 150].map((percentOfTarget) => ({
          percentOfTarget,
          met: percentOfTarget >= 100,
          plannedMonths: [],
          executedMonths: [],
          delayedMonths: [],
          behind: false,
          executions: 0,
          executionsWithEvidence: 0,
        })),
      ).averagePercentOfTarget,
    ).toBe(90);
  });
});

describe('unverifiedExecutions', () => {
  it('counts executions without files only in months closed at the cut-off date', () => {
    const months = [
      { month: 4, executions: 3, withEvidence: 1 },
      { month: 5, executions: 2, withEvidence: 2 },
      { month: 6, executions: 4, withEvidence: 0 },
    ];
    // 30 June closes June (its last day); 29 June does not.
    expect(unverifiedExecutions(2024, { year: 2024, month: 6, day: 30 }, months)).toEqual({ executions: 6, months: [4, 6] });
    expect(unverifiedExecutions(2024, { year: 2024, month: 6, day: 29 }, months)).toEqual({ executions: 2, months: [4] });
    expect(unverifiedExecutions(2024, { year: 2024, month: 6, day: 29 }, [])).toEqual({ executions: 0, months: [] });
  });

  it('becomes an alert that names the entities and the months', () => {
    const alerts = activityAlerts({
      code: '2.1',
      entityLabels: ['OSCE'],
      delayedMonths: [],
      behind: false,
      percentOfTarget: 0,
      expectedPercent: 0,
      warnings: [],
      unverified: { executions: 1, months: [3] },
    });
    expect(alerts).toEqual([
      { kind: 'NO_EVIDENCE', activityCode: '2.1', message: 'Actividad 2.1 (OSCE): 1 ejecución de meses cerrados sin medios de verificación (marzo).' },
    ]);
  });
});

describe('activityAlerts', () => {
  it('names the entities that must act, for each kind of alert', () => {
    const base = {
      code: '1.5',
      entityLabels: ['OSCE', 'MIMP'],
      delayedMonths: [4, 10],
      behind: true,
      percentOfTarget: 10,
      expectedPercent: 50,
      warnings: ['revise el dato'],
    };
    expect(activityAlerts(base).map((a) => [a.kind, a.message])).toEqual([
      ['DELAYED', 'Actividad 1.5 (OSCE, MIMP): meses programados sin ejecución: abril y octubre.'],
      ['BEHIND', `Actividad 1.5 (OSCE, MIMP): avance de ${formatPercent(10)} de la meta frente a ${formatPercent(50)} esperado según el cronograma.`],
      ['CHECK', 'Actividad 1.5 (OSCE, MIMP): revise el dato'],
    ]);
    expect(activityAlerts({ ...base, entityLabels: [], delayedMonths: [], behind: false, warnings: [] })).toEqual([]);
  });
});
