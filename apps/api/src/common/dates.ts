import { limaDate, parseCalendarDate, type CalendarDate } from '@gj/domain';
import { inputError } from './errors.js';

/** A cut-off date from the API ("YYYY-MM-DD"); today in Lima when absent. */
export function parseAsOf(text: string | null | undefined): CalendarDate {
  if (text === null || text === undefined || text === '') return limaDate(new Date());
  const date = parseCalendarDate(text);
  if (!date) throw inputError('La fecha de corte debe tener el formato AAAA-MM-DD y ser una fecha válida.');
  return date;
}
