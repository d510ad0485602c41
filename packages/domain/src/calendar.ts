/** Months and dates as Peru's civil calendar sees them (America/Lima, no daylight saving). */

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type Month = (typeof MONTHS)[number];

export const MONTH_LABELS: Record<Month, string> = {
  1: 'enero',
  2: 'febrero',
  3: 'marzo',
  4: 'abril',
  5: 'mayo',
  6: 'junio',
  7: 'julio',
  8: 'agosto',
  9: 'setiembre',
  10: 'octubre',
  11: 'noviembre',
  12: 'diciembre',
};

/** The plan's own column initials (E F M A M J J A S O N D). */
export const MONTH_INITIALS: Record<Month, string> = {
  1: 'E',
  2: 'F',
  3: 'M',
  4: 'A',
  5: 'M',
  6: 'J',
  7: 'J',
  8: 'A',
  9: 'S',
  10: 'O',
  11: 'N',
  12: 'D',
};

export function isMonth(value: number): value is Month {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

export interface CalendarDate {
  year: number;
  month: Month;
  day: number;
}

export const PERU_TIME_ZONE = 'America/Lima';

const limaParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: PERU_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Lima at an instant. */
export function limaDate(instant: Date): CalendarDate {
  const parts = Object.fromEntries(limaParts.formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month) as Month, day: Number(parts.day) };
}

/** Parses "YYYY-MM-DD"; returns null for anything else or an impossible date. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isMonth(month)) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export type MonthPhase = 'PAST' | 'CURRENT' | 'FUTURE';

/** Days in a month of a year (28 to 31). */
export function daysInMonth(year: number, month: Month): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Whether a month of a year has passed, is running or is still to come on a date. A cut-off on a
 * month's last day closes it: a report "al 30/06" counts June as over (its delays are due).
 */
export function monthPhase(year: number, month: Month, asOf: CalendarDate): MonthPhase {
  const target = year * 12 + month;
  const today = asOf.year * 12 + asOf.month;
  if (target < today) return 'PAST';
  if (target > today) return 'FUTURE';
  return asOf.day === daysInMonth(asOf.year, asOf.month) ? 'PAST' : 'CURRENT';
}
