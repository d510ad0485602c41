/** Numbers, percentages and dates as people in Peru read them (es-PE). */
import { MONTH_LABELS, type Month } from '@gj/domain';

export const LOCALE = 'es-PE';

const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 1 });
const shortDate = new Intl.DateTimeFormat(LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
/** Moments (audit entries, submissions) are shown in Peru's time, whatever the computer's zone. */
const dateTime = new Intl.DateTimeFormat(LOCALE, {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZone: 'America/Lima',
});

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

/** "2024-06-15" → "15/06/2024"; anything unparsable is shown as it came. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return isoDate;
  return shortDate.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** "2024-06-15T15:04:00Z" → "15/06/2024, 10:04" (Lima time); anything unparsable as it came. */
export function formatDateTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dateTime.format(new Date(time));
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
