/**
 * What systems of other agencies (API keys) may learn about single women from aggregates. A
 * breakdown cell with a handful of women, or two reports a day apart, can point to one person
 * (a department with one gobernadora); keys get cells of fewer than MIN_CELL_COUNT suppressed,
 * and figures as of the end of a month only.
 */
import { daysInMonth, type CalendarDate } from './calendar.js';

export const MIN_CELL_COUNT = 5;

export interface DisclosedCell {
  /** Null when suppressed. */
  count: number | null;
  suppressed: boolean;
}

/**
 * Suppresses cells of 1 to MIN_CELL_COUNT − 1; when only one cell would be suppressed, also the
 * smallest other non-zero cell, so that it cannot be recovered from the total.
 */
export function suppressSmallCells(counts: readonly number[]): DisclosedCell[] {
  const small = (n: number) => n > 0 && n < MIN_CELL_COUNT;
  const suppressed = new Set(counts.flatMap((n, i) => (small(n) ? [i] : [])));
  if (suppressed.size === 1) {
    const next = counts
      .map((n, i) => [n, i] as const)
      .filter(([n, i]) => n > 0 && !suppressed.has(i))
      .sort((a, b) => a[0] - b[0])[0];
    if (next) suppressed.add(next[1]);
  }
  return counts.map((n, i) => (suppressed.has(i) ? { count: null, suppressed: true } : { count: n, suppressed: false }));
}

/** The cut-off date a key gets: the given date if it ends a month, else the end of the month before. */
export function monthEndCutoff(asOf: CalendarDate): CalendarDate {
  if (asOf.day === daysInMonth(asOf.year, asOf.month)) return asOf;
  const previous = new Date(Date.UTC(asOf.year, asOf.month - 1, 0));
  return { year: previous.getUTCFullYear(), month: previous.getUTCMonth() + 1, day: previous.getUTCDate() } as CalendarDate;
}
