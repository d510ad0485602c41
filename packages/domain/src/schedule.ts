import { monthPhase, type CalendarDate, type Month } from './calendar.js';
import { monthList } from './format.js';

/**
 * The plan's schedule table came from a PDF whose month header is garbled differently on each
 * page: some header cells stand for two merged months. A layout records, per page, which months
 * each month column stands for, worked out from the header and from the rows' marks.
 */
export interface ScheduleLayout {
  page: number;
  /** Header cells as extracted, one per month column. */
  headerCells: readonly string[];
  /** Months each column stands for; two months where the header merged them. */
  columns: readonly (readonly Month[])[];
  /** How the columns were worked out. */
  reasoning: string;
}

export interface ScheduleSource {
  layout: ScheduleLayout;
  /** Indexes (0-based) of the month columns that carry a mark in the activity's row. */
  markedColumns: readonly number[];
}

export interface ScheduleMark {
  /** Every month the mark may stand for. */
  candidates: readonly Month[];
  /** Our best reading among the candidates. */
  reading: readonly Month[];
  ambiguous: boolean;
  /** Why the reading was chosen, in Spanish, for people to read. */
  note: string | null;
}

/**
 * Reads an activity's marks. A mark under a merged column keeps both months as candidates and is
 * flagged. Best reading: inside a run of marked columns (both neighbours marked) the activity is
 * continuous, so it spans both months; an isolated mark takes the later month, so that no month
 * is reported late before the plan can have meant it.
 */
export function readSchedule(source: ScheduleSource): ScheduleMark[] {
  const { layout, markedColumns } = source;
  const marked = new Set(markedColumns);
  return [...marked]
    .sort((a, b) => a - b)
    .map((index) => {
      const candidates = layout.columns[index];
      if (!candidates) throw new Error(`Column ${index} does not exist on page ${layout.page}`);
      if (candidates.length === 1) return { candidates, reading: candidates, ambiguous: false, note: null };
      const insideRun = marked.has(index - 1) && marked.has(index + 1);
      const reading = insideRun ? candidates : [candidates[candidates.length - 1] as Month];
      const header = `La marca está bajo una columna que en la tabla original fusiona ${monthList(candidates)} (encabezado "${layout.headerCells[index]}", página ${layout.page}).`;
      const why = insideRun
        ? ` Como las columnas vecinas también están marcadas, se lee como actividad continua en ${monthList(reading)}.`
        : ` Se toma ${monthList(reading)} como lectura; ${monthList(candidates.filter((m) => !reading.includes(m)))} queda como alternativa.`;
      return { candidates, reading, ambiguous: true, note: header + why };
    });
}

/** Planned months of a read schedule: the union of the marks' best readings. */
export function plannedMonthsOf(marks: readonly ScheduleMark[]): Month[] {
  return [...new Set(marks.flatMap((m) => m.reading))].sort((a, b) => a - b);
}

export type MarkStatus = 'DONE' | 'DELAYED' | 'IN_PROGRESS' | 'UPCOMING';

/**
 * Status of a planned mark at a date, given the months with executions. An ambiguous mark is
 * done when any candidate month was executed and delayed only once every candidate has passed.
 */
export function markStatus(mark: ScheduleMark, year: number, asOf: CalendarDate, executedMonths: ReadonlySet<Month>): MarkStatus {
  if (mark.candidates.some((m) => executedMonths.has(m))) return 'DONE';
  const phases = mark.candidates.map((m) => monthPhase(year, m, asOf));
  if (phases.every((p) => p === 'PAST')) return 'DELAYED';
  return phases.every((p) => p === 'FUTURE') ? 'UPCOMING' : 'IN_PROGRESS';
}

export type MonthStatus = MarkStatus | 'UNPLANNED' | 'NOT_PLANNED';

/**
 * Status of each month of the year (1–12): planned months get their mark's status; a month
 * executed without being planned is UNPLANNED; the rest are NOT_PLANNED. A merged mark read as
 * both months is one mark: an execution in either month satisfies both, and neither is late
 * before the later one is over (1.2's forum held in October leaves no September delay).
 */
export function monthStatuses(
  marks: readonly ScheduleMark[],
  year: number,
  asOf: CalendarDate,
  executedMonths: ReadonlySet<Month>,
): Record<Month, MonthStatus> {
  const statuses = {} as Record<Month, MonthStatus>;
  for (let m = 1; m <= 12; m++) {
    const month = m as Month;
    const mark = marks.find((k) => k.reading.includes(month));
    if (mark) {
      statuses[month] = markStatus(mark, year, asOf, executedMonths);
    } else if (executedMonths.has(month) && !marks.some((k) => k.candidates.includes(month))) {
      statuses[month] = 'UNPLANNED';
    } else {
      statuses[month] = 'NOT_PLANNED';
    }
  }
  return statuses;
}

export const MONTH_STATUS_LABELS: Record<MonthStatus, string> = {
  DONE: 'Ejecutado',
  DELAYED: 'Retrasado',
  IN_PROGRESS: 'En curso',
  UPCOMING: 'Próximo',
  UNPLANNED: 'Ejecutado sin programar',
  NOT_PLANNED: 'No programado',
};
