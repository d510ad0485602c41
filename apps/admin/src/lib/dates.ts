/** Date input helpers: people type dd/mm/aaaa; the API takes AAAA-MM-DD. */
import dayjs from 'dayjs';
import 'dayjs/locale/es';
import { MONTH_LABELS, MONTHS, parseCalendarDate } from '@gj/domain';

/** dayjs's Spanish locale with Peru's month names ("setiembre"), for the date pickers. */
export const DATE_LOCALE = 'es-pe';
const es = dayjs.Ls.es!;
dayjs.locale(
  {
    ...es,
    name: DATE_LOCALE,
    months: MONTHS.map((m) => MONTH_LABELS[m]),
    monthsShort: MONTHS.map((m) => MONTH_LABELS[m].slice(0, 3)),
  } as ILocale,
  undefined,
  true,
);

export const DATE_DISPLAY_FORMAT = 'DD/MM/YYYY';

/** Reads "15/06/2024", "15-06-2024" or "2024-06-15"; null for anything else or an impossible date. */
export function parseDateInput(text: string): string | null {
  const value = text.trim();
  let iso: string | null = null;
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  if (local) iso = `${local[3]}-${local[2]!.padStart(2, '0')}-${local[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) iso = value;
  return iso && parseCalendarDate(iso) ? iso : null;
}
