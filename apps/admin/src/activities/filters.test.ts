import { describe, expect, it } from 'vitest';
import { countDelayed, filterActivities } from './filters';

const months = (statuses: Record<number, string>) =>
  Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    planned: ['DONE', 'DELAYED', 'IN_PROGRESS', 'UPCOMING'].includes(statuses[i + 1] ?? ''),
    executions: 0,
    status: statuses[i + 1] ?? 'NOT_PLANNED',
  }));

const list = [
  { code: '1.4', objective: { code: '1', name: '' }, months: months({ 5: 'DONE', 6: 'DELAYED' }) },
  { code: '2.1', objective: { code: '2', name: '' }, months: months({ 4: 'DONE', 10: 'UPCOMING', 2: 'UNPLANNED' }) },
];

describe('activity filters', () => {
  it('filters by objective and by month (planned or executed that month)', () => {
    expect(filterActivities(list, { objective: '1', month: null }).map((a) => a.code)).toEqual(['1.4']);
    expect(filterActivities(list, { objective: null, month: 10 }).map((a) => a.code)).toEqual(['2.1']);
    expect(filterActivities(list, { objective: null, month: 2 }).map((a) => a.code)).toEqual(['2.1']);
    expect(filterActivities(list, { objective: '1', month: 10 })).toEqual([]);
    expect(filterActivities(list, { objective: null, month: null })).toHaveLength(2);
  });

  it('counts activities with delayed months', () => {
    expect(countDelayed(list)).toBe(1);
  });
});
