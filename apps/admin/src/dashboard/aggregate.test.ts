import { describe, expect, it } from 'vitest';
import { activityProgress, progressByEntity, progressByObjective, reachByDepartment, scheduleSummary, type DashboardActivity } from './aggregate';

const month = (m: number, status: string, planned = status !== 'NOT_PLANNED' && status !== 'UNPLANNED') => ({
  month: m,
  planned,
  executions: status === 'DONE' ? 1 : 0,
  status,
});

function activity(
  code: string,
  objective: string,
  entities: string[],
  percent: number,
  months: ReturnType<typeof month>[],
  departments: [string, string, number][] = [],
  counted = 'AUTHORITIES',
): DashboardActivity {
  return {
    code,
    name: `Actividad ${code}`,
    objective: { code: objective, name: `Objetivo ${objective}` },
    entities: entities.map((e) => ({ code: e, shortName: e })),
    target: { counted },
    progress: {
      percentOfTarget: percent,
      met: percent >= 100,
      byDepartment: departments.map(([departmentCode, departmentName, count]) => ({ departmentCode, departmentName, count })),
    },
    months,
  };
}

const activities = [
  activity(
    '1.1',
    '1',
    ['MIMP'],
    80,
    [month(4, 'DONE'), month(5, 'DELAYED')],
    [
      ['15', 'Lima', 10],
      ['08', 'Cusco', 4],
    ],
  ),
  activity('1.5', '1', ['MIMP', 'OSCE'], 150, [month(4, 'DONE')], [['15', 'Lima', 3]]),
  activity('2.2', '2', ['CEPLAN'], 40, [month(6, 'IN_PROGRESS'), month(7, 'UPCOMING')], [['08', 'Cusco', 9]], 'GOVERNMENTS'),
];

describe('dashboard figures', () => {
  it('keeps each activity’s own % of target', () => {
    expect(activityProgress(activities).map((a) => [a.code, a.percent, a.met])).toEqual([
      ['1.1', 80, false],
      ['1.5', 150, true],
      ['2.2', 40, false],
    ]);
  });

  it('averages objectives and entities with each activity capped at 100 %', () => {
    const objectives = progressByObjective(activities, [
      { code: '1', name: 'uno' },
      { code: '2', name: 'dos' },
      { code: '3', name: 'tres' },
    ]);
    expect(objectives).toEqual([
      { key: '1', label: 'Objetivo 1', activities: 2, percent: 90 },
      { key: '2', label: 'Objetivo 2', activities: 1, percent: 40 },
    ]);
    const entities = progressByEntity(activities, [
      { code: 'MIMP', shortName: 'MIMP' },
      { code: 'OSCE', shortName: 'OSCE' },
      { code: 'MEF', shortName: 'MEF' },
      { code: 'CEPLAN', shortName: 'CEPLAN' },
    ]);
    expect(entities.find((e) => e.key === 'MIMP')).toMatchObject({ activities: 2, percent: 90 });
    expect(entities.find((e) => e.key === 'OSCE')).toMatchObject({ activities: 1, percent: 100 });
    expect(entities.find((e) => e.key === 'MEF')).toMatchObject({ activities: 0, percent: 0 });
  });

  it('adds authorities by department, leaving out targets that count governments', () => {
    expect(reachByDepartment(activities)).toEqual([
      { code: '15', name: 'Lima', count: 13 },
      { code: '08', name: 'Cusco', count: 4 },
    ]);
  });

  it('counts planned, done and delayed months', () => {
    expect(scheduleSummary(activities)).toEqual({
      activities: 3,
      met: 1,
      withDelays: 1,
      delayedMonths: 1,
      doneMonths: 2,
      plannedMonths: 5,
      averagePercent: 73.3,
    });
  });
});
