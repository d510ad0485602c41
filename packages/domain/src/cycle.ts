/** The monthly cycle of an entity's report: its statuses and which step may start from which. */
export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  DRAFT: 'Sin enviar',
  SUBMITTED: 'Enviado',
  APPROVED: 'Aprobado',
  RETURNED: 'Devuelto',
};

/** Statuses a month must be in for each step; an approved month is locked until reopened. */
export const SUBMISSION_TRANSITIONS = {
  submit: ['DRAFT', 'RETURNED'],
  approve: ['SUBMITTED'],
  return: ['SUBMITTED'],
  reopen: ['APPROVED'],
} as const satisfies Record<string, readonly SubmissionStatus[]>;
