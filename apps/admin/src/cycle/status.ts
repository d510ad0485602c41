/** The monthly cycle's statuses as people read them; a symbol backs up the colour. */
import { SUBMISSION_STATUSES, SUBMISSION_STATUS_LABELS, SUBMISSION_TRANSITIONS, getEntity, isEntityCode, type SubmissionStatus } from '@gj/domain';
import { monthName } from '../lib/format';

export { SUBMISSION_STATUSES, type SubmissionStatus };

export const SUBMISSION_STYLES: Record<SubmissionStatus, { label: string; color: string; symbol: string; description: string }> = {
  DRAFT: { label: SUBMISSION_STATUS_LABELS.DRAFT, color: 'gray', symbol: '○', description: 'La entidad aún no envía el reporte del mes.' },
  SUBMITTED: { label: SUBMISSION_STATUS_LABELS.SUBMITTED, color: 'blue', symbol: '↑', description: 'Enviado a la coordinación: pendiente de revisión.' },
  APPROVED: {
    label: SUBMISSION_STATUS_LABELS.APPROVED,
    color: 'green',
    symbol: '✓',
    description: 'Aprobado por la coordinación: las ejecuciones del mes están bloqueadas.',
  },
  RETURNED: {
    label: SUBMISSION_STATUS_LABELS.RETURNED,
    color: 'orange',
    symbol: '↩',
    description: 'Devuelto (o reabierto) por la coordinación: la entidad debe corregir y enviarlo de nuevo.',
  },
};

export function isSubmissionStatus(value: string): value is SubmissionStatus {
  return (SUBMISSION_STATUSES as readonly string[]).includes(value);
}

export function submissionStyle(status: string) {
  return isSubmissionStatus(status) ? SUBMISSION_STYLES[status] : { label: status, color: 'gray', symbol: '', description: '' };
}

/** A focal point may send a month that is not sent yet or was returned. */
export function canSubmitStatus(status: string): boolean {
  return (SUBMISSION_TRANSITIONS.submit as readonly string[]).includes(status);
}

/** Whether a month has started at a date ("AAAA-MM-DD"): a month cannot be reported before it begins. */
export function monthStarted(year: number, month: number, today: string): boolean {
  return today >= `${year}-${String(month).padStart(2, '0')}-01`;
}

export function entityShortName(code: string): string {
  return isEntityCode(code) ? getEntity(code).shortName : code;
}

/** "mayo de 2024", or "mayo de 2024 de PCM". */
export function monthOfYear(year: number, month: number, entityCode?: string): string {
  return `${monthName(month)} de ${year}${entityCode ? ` de ${entityShortName(entityCode)}` : ''}`;
}

export interface Submission {
  entityCode: string;
  year: number;
  month: number;
  status: string;
  comment?: string | null;
  submittedAt?: string | null;
  submittedBy?: string | null;
  reviewedAt?: string | null;
  reviewedBy?: string | null;
}

/** Months approved for any of the entities (a joint activity's month is locked when either entity's is). */
export function approvedMonths(submissions: readonly Submission[], year: number, entityCodes: readonly string[]): Set<number> {
  const months = new Set<number>();
  for (const s of submissions) if (s.year === year && s.status === 'APPROVED' && entityCodes.includes(s.entityCode)) months.add(s.month);
  return months;
}

/** Whether an execution's date ("AAAA-MM-DD") falls in an approved (locked) month of the plan year. */
export function inLockedMonth(date: string | null | undefined, year: number, lockedMonths: ReadonlySet<number>): boolean {
  if (!date) return false;
  return Number(date.slice(0, 4)) === year && lockedMonths.has(Number(date.slice(5, 7)));
}
