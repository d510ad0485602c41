/**
 * The monthly report beyond the figures: the narrative an entity sends for each activity of the
 * month (achievements, difficulties, corrective actions), the means of verification attached to
 * executions, and the notices each step of the cycle produces. The API enforces these rules; the
 * web app checks the same ones before sending.
 */

export const NARRATIVE_FIELDS = ['achievements', 'difficulties', 'correctiveActions'] as const;
export type NarrativeField = (typeof NARRATIVE_FIELDS)[number];

export const NARRATIVE_LABELS: Record<NarrativeField, string> = {
  achievements: 'Logros',
  difficulties: 'Dificultades',
  correctiveActions: 'Medidas correctivas',
};

/** Short texts: a paragraph each, as in a POI follow-up form. */
export const NARRATIVE_MAX_LENGTH = 1500;

/** The coordination's comment on a month or on one of its activities. */
export const REVIEW_COMMENT_MAX_LENGTH = 2000;

export type Narrative = Record<NarrativeField, string>;

/** An activity the month's report speaks of: planned that month, or executed in it. */
export interface MonthActivity {
  code: string;
  planned: boolean;
  executions: number;
}

/** Planned in the month and not executed in it: the report must say why and what will be done. */
export function isDelayedInMonth(activity: MonthActivity): boolean {
  return activity.planned && activity.executions === 0;
}

/** Which narrative fields an activity's entry needs in a month (the rest are optional). */
export function requiredNarrativeFields(activity: MonthActivity): NarrativeField[] {
  return [
    ...(activity.executions > 0 ? (['achievements'] as const) : []),
    ...(isDelayedInMonth(activity) ? (['difficulties', 'correctiveActions'] as const) : []),
  ];
}

/**
 * Every problem of a month's narrative, in Spanish, one line each. `draft` checks only the
 * limits (a draft may be incomplete); sending checks what each activity requires too.
 */
export function narrativeProblems(
  activities: readonly MonthActivity[],
  entries: readonly ({ activityCode: string } & Partial<Narrative>)[],
  options: { draft?: boolean } = {},
): string[] {
  const problems: string[] = [];
  const known = new Map(activities.map((a) => [a.code, a]));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (!known.has(entry.activityCode)) problems.push(`La actividad ${entry.activityCode} no corresponde al reporte de este mes.`);
    if (seen.has(entry.activityCode)) problems.push(`La actividad ${entry.activityCode} figura más de una vez.`);
    seen.add(entry.activityCode);
    for (const field of NARRATIVE_FIELDS) {
      const text = entry[field] ?? '';
      if (text.length > NARRATIVE_MAX_LENGTH)
        problems.push(`Actividad ${entry.activityCode}: «${NARRATIVE_LABELS[field]}» tiene ${text.length} caracteres; el máximo es ${NARRATIVE_MAX_LENGTH}.`);
    }
  }
  if (options.draft) return problems;
  const byCode = new Map(entries.map((e) => [e.activityCode, e]));
  for (const activity of activities) {
    const entry = byCode.get(activity.code);
    const missing = requiredNarrativeFields(activity).filter((f) => !entry?.[f]?.trim());
    if (missing.length === 0) continue;
    const why = isDelayedInMonth(activity) ? 'estaba programada y no tiene ejecuciones en el mes' : 'tiene ejecuciones en el mes';
    problems.push(`Actividad ${activity.code} (${why}): complete ${missing.map((f) => `«${NARRATIVE_LABELS[f]}»`).join(' y ')}.`);
  }
  return problems;
}

/** Trims each field and collapses runs of blank lines; what is stored and compared. */
export function cleanNarrative(entry: Partial<Narrative>): Narrative {
  const clean = (text: string | undefined) =>
    (text ?? '')
      .replace(/\r\n?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return { achievements: clean(entry.achievements), difficulties: clean(entry.difficulties), correctiveActions: clean(entry.correctiveActions) };
}

// ---------------------------------------------------------------------------------------------
// Means of verification

export const EVIDENCE_TYPES = {
  pdf: { mime: 'application/pdf', label: 'PDF' },
  jpg: { mime: 'image/jpeg', label: 'JPEG' },
  png: { mime: 'image/png', label: 'PNG' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel (XLSX)' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word (DOCX)' },
} as const;
export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 5;
export const EVIDENCE_ACCEPT = Object.values(EVIDENCE_TYPES)
  .map((t) => t.mime)
  .join(',');
export const EVIDENCE_TYPES_TEXT = 'PDF, JPEG, PNG, Excel (XLSX) o Word (DOCX)';

export function evidenceExtensionOf(mime: string): EvidenceExtension | null {
  const found = (Object.entries(EVIDENCE_TYPES) as [EvidenceExtension, { mime: string }][]).find(([, t]) => t.mime === mime);
  return found ? found[0] : null;
}

export const evidenceTooLargeMessage = (name: string) => `El archivo «${name}» supera el máximo de 10 MB.`;
export const evidenceTypeMessage = (name: string) =>
  `El archivo «${name}» no es un ${EVIDENCE_TYPES_TEXT} (se revisa su contenido, no su nombre). Guárdelo en uno de esos formatos y vuelva a adjuntarlo.`;
export const evidenceCountMessage = () => `Una ejecución admite hasta ${EVIDENCE_MAX_FILES} archivos de sustento: elimine uno antes de adjuntar otro.`;

/**
 * A file name safe to store and to send back in Content-Disposition: the last path segment,
 * composed accents (NFC), no control or reserved characters, at most 120 characters, with the
 * extension of the type the content turned out to be (a "foto.pdf" that is a JPEG becomes
 * "foto.jpg"). Scanners name files "Escaneo 12-05-2024 (1).PDF": kept legible.
 */
export function sanitizeFileName(name: string, extension: EvidenceExtension): string {
  const base = (name.split(/[\\/]/).pop() ?? '').normalize('NFC');
  const stem = base
    .replace(/\.[^.]{1,5}$/, '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"|?*;`$%{}[\]^~#&=+]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.-]+|[\s.]+$/g, '')
    .slice(0, 110)
    .trim();
  return `${stem || 'sustento'}.${extension}`;
}

// ---------------------------------------------------------------------------------------------
// Notices

export const NOTICE_KINDS = ['MONTH_SUBMITTED', 'MONTH_RETURNED', 'MONTH_APPROVED', 'MONTH_REOPENED', 'MONTH_DUE', 'MONTH_OVERDUE'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  MONTH_SUBMITTED: 'Reporte enviado',
  MONTH_RETURNED: 'Reporte devuelto',
  MONTH_APPROVED: 'Reporte aprobado',
  MONTH_REOPENED: 'Mes reabierto',
  MONTH_DUE: 'Recordatorio',
  MONTH_OVERDUE: 'Reporte pendiente',
};

/** Days before the end of a month with planned activities when its entity is reminded, by default. */
export const REMINDER_DAYS_BEFORE = 5;

// ---------------------------------------------------------------------------------------------
// Notices: their wording, their link and when reminders fire

import { daysInMonth, type CalendarDate, type Month } from './calendar.js';
import { monthOfYear, type CycleStep } from './cycle.js';
import { monthName } from './format.js';

export interface YearMonth {
  year: number;
  month: Month;
}

/** The cycle page of a month in the web app (of one entity's month when given). */
export function noticeLink(year: number, month: number, entityCode?: string | null): string {
  return `/ciclo?anio=${year}&mes=${month}${entityCode ? `&entidad=${encodeURIComponent(entityCode)}` : ''}`;
}

/**
 * Which months reminders concern on a day: the current month during its last `daysBefore` days
 * (today included: with 5, from the 27th of May), and always the previous month, which is over.
 */
export function reminderMonths(today: CalendarDate, daysBefore: number = REMINDER_DAYS_BEFORE): { due: YearMonth | null; overdue: YearMonth } {
  const daysLeft = daysInMonth(today.year, today.month) - today.day + 1;
  const due = daysLeft <= daysBefore ? { year: today.year, month: today.month } : null;
  const overdue: YearMonth = today.month === 1 ? { year: today.year - 1, month: 12 } : { year: today.year, month: (today.month - 1) as Month };
  return { due, overdue };
}

/** "PCM", "PCM y OSCE", "PCM, OSCE y MIMP". */
function listOf(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} y ${names.at(-1)}`;
}

export interface NoticeText {
  kind: NoticeKind;
  title: string;
  body: string;
}

export interface StepNoticeInput {
  step: CycleStep;
  /** Short name ("PCM", "Contraloría"). */
  entityName: string;
  year: number;
  month: number;
  comment: string | null;
  activityComments: readonly { activityCode: string; comment: string }[];
  /** How many times the month has been sent. */
  version: number;
}

const STEP_KINDS: Record<CycleStep, NoticeKind> = {
  submit: 'MONTH_SUBMITTED',
  return: 'MONTH_RETURNED',
  approve: 'MONTH_APPROVED',
  reopen: 'MONTH_REOPENED',
};

/** The notice a step of the cycle leaves: for the coordination when sent, for the entity otherwise. */
export function stepNotice(input: StepNoticeInput): NoticeText {
  const { entityName, year, month } = input;
  const period = monthOfYear(year, month);
  const comments = [
    ...(input.comment ? [`Comentario de la coordinación:\n${input.comment}`] : []),
    ...(input.activityComments.length > 0
      ? [`Observaciones por actividad:\n${input.activityComments.map((c) => `- Actividad ${c.activityCode}: ${c.comment}`).join('\n')}`]
      : []),
  ];
  const kind = STEP_KINDS[input.step];
  switch (input.step) {
    case 'submit':
      return {
        kind,
        title: `${entityName} envió el reporte de ${period}`,
        body: `El reporte de ${period} de ${entityName} espera su revisión${input.version > 1 ? ` (envío n.º ${input.version})` : ''}: apruébelo o devuélvalo con sus observaciones.`,
      };
    case 'return':
      return {
        kind,
        title: `La coordinación devolvió el reporte de ${period}`,
        body: [`Revise las observaciones, corrija el reporte de ${period} de ${entityName} y vuelva a enviarlo.`, ...comments].join('\n\n'),
      };
    case 'approve':
      return {
        kind,
        title: `La coordinación aprobó el reporte de ${period}`,
        body: `El reporte de ${period} de ${entityName} quedó aprobado: sus ejecuciones de ese mes ya no se pueden modificar.`,
      };
    case 'reopen':
      return {
        kind,
        title: `La coordinación reabrió el reporte de ${period}`,
        body: [`El reporte de ${period} de ${entityName} vuelve a estar abierto: corríjalo y envíelo otra vez.`, ...comments].join('\n\n'),
      };
  }
}

/** Reminder to an entity whose month ends soon with planned activities and nothing sent. */
export function dueNotice(entityName: string, due: YearMonth, today: CalendarDate): NoticeText {
  const last = daysInMonth(due.year, due.month);
  const left = last - today.day;
  const when = left === 0 ? 'hoy' : left === 1 ? 'mañana' : `en ${left} días`;
  return {
    kind: 'MONTH_DUE',
    title: `Recordatorio: envíe el reporte de ${monthOfYear(due.year, due.month)}`,
    body: `El mes termina ${when} (${last} de ${monthName(due.month)}). ${entityName} tiene actividades programadas en ${monthOfYear(due.year, due.month)} y aún no ha enviado su reporte.`,
  };
}

/** To an entity whose month is over with planned activities and nothing sent. */
export function overdueNotice(entityName: string, overdue: YearMonth): NoticeText {
  const period = monthOfYear(overdue.year, overdue.month);
  return {
    kind: 'MONTH_OVERDUE',
    title: `El reporte de ${period} está pendiente`,
    body: `${monthName(overdue.month, true)} de ${overdue.year} terminó y ${entityName} aún no ha enviado su reporte, que tiene actividades programadas. Envíelo cuanto antes.`,
  };
}

/** One notice to the coordination naming every entity overdue for a month. */
export function overdueSummaryNotice(entityNames: readonly string[], overdue: YearMonth): NoticeText {
  const period = monthOfYear(overdue.year, overdue.month);
  const count = entityNames.length;
  return {
    kind: 'MONTH_OVERDUE',
    title: `Reportes pendientes de ${period}: ${count} ${count === 1 ? 'entidad' : 'entidades'}`,
    body: `${count === 1 ? 'Aún no envía' : 'Aún no envían'} el reporte de ${period}, con actividades programadas: ${listOf(entityNames)}.`,
  };
}

/** Subject of an e-mail carrying several notices at once. */
export function noticeDigestSubject(count: number): string {
  return `Gobernando Juntas: ${count} avisos nuevos`;
}
