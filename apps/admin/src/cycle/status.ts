/**
 * How the monthly cycle looks: a colour and a symbol for each status. Its rules (which step from
 * which status, the lock of approved months, "the month has begun") are @gj/domain's cycle.ts.
 */
import { SUBMISSION_STATUS_LABELS, getEntity, isEntityCode, isSubmissionStatus, monthOfYear as domainMonthOfYear, type SubmissionStatus } from '@gj/domain';

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

export function submissionStyle(status: string) {
  return isSubmissionStatus(status) ? SUBMISSION_STYLES[status] : { label: status, color: 'gray', symbol: '', description: '' };
}

export function entityShortName(code: string): string {
  return isEntityCode(code) ? getEntity(code).shortName : code;
}

/** "mayo de 2024", or "mayo de 2024 de PCM". */
export function monthOfYear(year: number, month: number, entityCode?: string): string {
  return domainMonthOfYear(year, month, entityCode ? entityShortName(entityCode) : undefined);
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
  /** False for an entity without activities in the year's plan: nothing to report. */
  hasActivities?: boolean;
}
