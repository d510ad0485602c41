/** Numbers and month lists as people in Peru read them (es-PE), for every screen, export and message. */
import { MONTH_LABELS, type Month } from './calendar.js';

export const LOCALE = 'es-PE';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });

export function formatInteger(value: number): string {
  return integer.format(value);
}

/** Up to one decimal: 58,3 or 58.3 depending on the locale's data. */
export function formatNumber(value: number): string {
  return decimal.format(value);
}

/** `value` is already a percentage (60 → "60 %"). */
export function formatPercent(value: number): string {
  return percent.format(value / 100);
}

/** "junio"; capitalised when it starts a label. */
export function monthName(month: number, capitalize = false): string {
  const name = MONTH_LABELS[month as Month] ?? String(month);
  return capitalize ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

/** "enero y febrero", "abril, mayo y junio". */
export function monthList(months: readonly number[]): string {
  const names = months.map((m) => monthName(m));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} y ${names.at(-1)}`;
}

/** A wait in seconds the way a person reads it: "45 segundos", "7 minutos" (rounded up). */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} segundo${seconds === 1 ? '' : 's'}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minuto${minutes === 1 ? '' : 's'}`;
}

/** A figure in its target's unit, as the consolidated report shows it: "60%" for percentage targets, "58.3" otherwise. */
export function formatInUnit(value: number, unit: string): string {
  return unit === 'PERCENT' ? formatPercent(value) : formatNumber(value);
}

/** A report period of months in a year: "enero a junio de 2024"; "junio de 2024" for one month. */
export function periodLabel(year: number, from: number, to: number): string {
  return from === to ? `${monthName(from)} de ${year}` : `${monthName(from)} a ${monthName(to)} de ${year}`;
}

/**
 * The last month a follow-up report of `year` covers by default on `today`: the last month
 * already over (December for past years, January while the year's first month runs or has not come).
 */
export function lastMonthOver(year: number, today: { year: number; month: number }): Month {
  if (year < today.year) return 12;
  if (year > today.year) return 1;
  return Math.max(1, today.month - 1) as Month;
}
