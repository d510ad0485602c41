import { limaDate, monthEndCutoff, parseCalendarDate, type CalendarDate } from '@gj/domain';
import type { Disclosure } from '../auth/principal.js';
import { inputError } from './errors.js';

/** A plan year as the API accepts it; anything else is a Spanish input error. */
export function assertYear(year: number): number {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw inputError('El año no es válido: use un año entre 2000 y 2100, p. ej. 2024.');
  return year;
}

/** A cut-off date from the API ("YYYY-MM-DD"); today in Lima when absent; a month end for keys. */
export function parseAsOf(text: string | null | undefined, disclosure?: Disclosure): CalendarDate {
  let date: CalendarDate | null;
  if (text === null || text === undefined || text === '') date = limaDate(new Date());
  else {
    date = text.length === 10 ? parseCalendarDate(text) : null;
    if (!date || date.year < 2000 || date.year > 2100) throw inputError('La fecha de corte debe tener el formato AAAA-MM-DD y ser una fecha válida.');
  }
  return disclosure?.monthEndCutoff ? monthEndCutoff(date) : date;
}
