/** Numbers, percentages and dates as people in Peru read them (es-PE). */
import { LOCALE } from '@gj/domain';

// Numbers and months are formatted in the domain, so the API's messages and exports read the same.
export { formatInteger, formatNumber, formatPercent, LOCALE, monthList, monthName } from '@gj/domain';

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
