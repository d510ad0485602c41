import { describe, expect, it } from 'vitest';
import type { CalendarDate, Month } from './calendar.js';
import { limaDate, monthPhase, parseCalendarDate } from './calendar.js';
import { LAYOUT_PAGE_1, LAYOUT_PAGE_2, LAYOUT_PAGE_3 } from './plan/index.js';
import { markStatus, monthStatuses, plannedMonthsOf, readSchedule } from './schedule.js';

const date = (text: string): CalendarDate => {
  const parsed = parseCalendarDate(text);
  if (!parsed) throw new Error(text);
  return parsed;
};

describe('page layouts', () => {
  it.each([LAYOUT_PAGE_1, LAYOUT_PAGE_2, LAYOUT_PAGE_3])('page $page covers January to December once, in order', (layout) => {
    expect(layout.columns.length).toBe(layout.headerCells.length);
    expect(layout.columns.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});

describe('readSchedule', () => {
  it('reads single-month columns plainly', () => {
    const marks = readSchedule({ layout: LAYOUT_PAGE_1, markedColumns: [2, 3] });
    expect(marks.map((m) => m.reading)).toEqual([[4], [5]]);
    expect(marks.every((m) => !m.ambiguous && m.note === null)).toBe(true);
  });

  it('keeps both candidates of an isolated merged mark and reads the later month', () => {
    const [, merged] = readSchedule({ layout: LAYOUT_PAGE_1, markedColumns: [2, 7] });
    expect(merged).toMatchObject({ candidates: [9, 10], reading: [10], ambiguous: true });
    expect(merged?.note).toContain('setiembre y octubre');
  });

  it('reads a merged mark inside a continuous run as both months', () => {
    const marks = readSchedule({ layout: LAYOUT_PAGE_2, markedColumns: [2, 3, 4, 5, 6, 7, 8, 9] });
    expect(plannedMonthsOf(marks)).toEqual([4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(marks.filter((m) => m.ambiguous)).toHaveLength(1);
  });

  it('refuses a column the page does not have', () => {
    expect(() => readSchedule({ layout: LAYOUT_PAGE_2, markedColumns: [10] })).toThrow();
  });
});

describe('dates', () => {
  it('reads the civil date in Lima (UTC−5)', () => {
    expect(limaDate(new Date('2024-07-01T03:00:00Z'))).toEqual({ year: 2024, month: 6, day: 30 });
    expect(limaDate(new Date('2024-07-01T05:00:00Z'))).toEqual({ year: 2024, month: 7, day: 1 });
  });

  it('parses only real dates', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseCalendarDate('2023-02-29')).toBeNull();
    expect(parseCalendarDate('2024-13-01')).toBeNull();
    expect(parseCalendarDate('29/02/2024')).toBeNull();
  });

  it('tells past, current and future months', () => {
    expect(monthPhase(2024, 5, date('2024-06-15'))).toBe('PAST');
    expect(monthPhase(2024, 6, date('2024-06-15'))).toBe('CURRENT');
    expect(monthPhase(2024, 7, date('2024-06-15'))).toBe('FUTURE');
    expect(monthPhase(2024, 12, date('2025-01-01'))).toBe('PAST');
    // The last day of a month closes it, whatever the month's length (leap February included).
    for (const [month, last] of [
      [1, 31],
      [2, 29],
      [4, 30],
      [6, 30],
      [12, 31],
    ] as const) {
      const end = `2024-${String(month).padStart(2, '0')}-${last}`;
      expect(monthPhase(2024, month, date(end)), end).toBe('PAST');
      expect(monthPhase(2024, month, date(`2024-${String(month).padStart(2, '0')}-${last - 1}`))).toBe('CURRENT');
      if (month < 12) expect(monthPhase(2024, (month + 1) as Month, date(end))).toBe('FUTURE');
    }
    expect(monthPhase(2023, 2, date('2023-02-28'))).toBe('PAST');
  });
});

describe('status of a planned month at a date', () => {
  const none = new Set<Month>();
  const [april] = readSchedule({ layout: LAYOUT_PAGE_1, markedColumns: [2] });
  const [, sepOct] = readSchedule({ layout: LAYOUT_PAGE_1, markedColumns: [2, 7] });
  if (!april || !sepOct) throw new Error('fixture');

  it('is upcoming before, in progress during, delayed after the month', () => {
    expect(markStatus(april, 2024, date('2024-03-31'), none)).toBe('UPCOMING');
    expect(markStatus(april, 2024, date('2024-04-10'), none)).toBe('IN_PROGRESS');
    expect(markStatus(april, 2024, date('2024-05-01'), none)).toBe('DELAYED');
    expect(markStatus(april, 2024, date('2024-04-29'), none)).toBe('IN_PROGRESS');
    expect(markStatus(april, 2024, date('2024-04-30'), none)).toBe('DELAYED');
  });

  it('is done once executed, even early', () => {
    expect(markStatus(april, 2024, date('2024-05-01'), new Set<Month>([4]))).toBe('DONE');
    expect(markStatus(april, 2024, date('2024-03-01'), new Set<Month>([4]))).toBe('DONE');
  });

  it('delays an ambiguous mark only after its last candidate month', () => {
    expect(markStatus(sepOct, 2024, date('2024-10-05'), none)).toBe('IN_PROGRESS');
    expect(markStatus(sepOct, 2024, date('2024-11-01'), none)).toBe('DELAYED');
    expect(markStatus(sepOct, 2024, date('2024-11-01'), new Set<Month>([9]))).toBe('DONE');
  });

  it('satisfies both months of a merged mark read as continuous with an execution in either', () => {
    // 1.2: April, June, August, September|October (inside a run: both), November.
    const marks = readSchedule({ layout: LAYOUT_PAGE_1, markedColumns: [2, 4, 6, 7, 8] });
    expect(monthStatuses(marks, 2024, date('2024-11-15'), new Set<Month>([4, 6, 8, 10]))).toMatchObject({ 9: 'DONE', 10: 'DONE' });
    expect(monthStatuses(marks, 2024, date('2024-11-15'), new Set<Month>([4, 6, 8, 9]))).toMatchObject({ 9: 'DONE', 10: 'DONE' });
    // Nothing yet in September: not late while October is running, late in both once it is over.
    expect(monthStatuses(marks, 2024, date('2024-10-05'), new Set<Month>([4, 6, 8]))).toMatchObject({ 9: 'IN_PROGRESS', 10: 'IN_PROGRESS' });
    expect(monthStatuses(marks, 2024, date('2024-11-01'), new Set<Month>([4, 6, 8]))).toMatchObject({ 9: 'DELAYED', 10: 'DELAYED' });
  });

  it('lists every month of the year, with unplanned executions', () => {
    const marks = readSchedule({ layout: LAYOUT_PAGE_1, markedColumns: [2, 3] }); // April, May
    const statuses = monthStatuses(marks, 2024, date('2024-06-10'), new Set<Month>([5, 6]));
    expect(statuses).toMatchObject({ 4: 'DELAYED', 5: 'DONE', 6: 'UNPLANNED', 7: 'NOT_PLANNED', 1: 'NOT_PLANNED' });
  });
});
