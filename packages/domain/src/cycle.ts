/**
 * The monthly cycle of an entity's report, as a state machine: its statuses, the steps that move a
 * month from one to another (who may take each, what it needs), the lock an approved month puts on
 * its executions, and the Spanish sentences for each refusal. The API enforces it; the web app
 * shows the same steps and locks.
 */
import { MONTH_LABELS, type CalendarDate, type Month } from './calendar.js';
import type { Action } from './permissions.js';

export const SUBMISSION_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_STATUS_LABELS: Record<SubmissionStatus, string> = {
  DRAFT: 'Sin enviar',
  SUBMITTED: 'Enviado',
  APPROVED: 'Aprobado',
  RETURNED: 'Devuelto',
};

export function isSubmissionStatus(value: string): value is SubmissionStatus {
  return (SUBMISSION_STATUSES as readonly string[]).includes(value);
}

export type CycleStep = 'submit' | 'approve' | 'return' | 'reopen';

export interface StepDefinition {
  /** Statuses the month must be in. */
  from: readonly SubmissionStatus[];
  to: SubmissionStatus;
  /** Who may take the step (the actions catalogue). */
  action: Action;
  /** Infinitive for messages ("No se puede aprobar…"). */
  verb: string;
  /** When a comment is required, the sentence that asks for it. */
  commentRequired: string | null;
}

/** Every step of the cycle; an approved month is locked until reopened. */
export const CYCLE_STEPS: Record<CycleStep, StepDefinition> = {
  submit: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', action: 'month:submit', verb: 'enviar', commentRequired: null },
  approve: { from: ['SUBMITTED'], to: 'APPROVED', action: 'month:review', verb: 'aprobar', commentRequired: null },
  return: { from: ['SUBMITTED'], to: 'RETURNED', action: 'month:review', verb: 'devolver', commentRequired: 'Indique un comentario para devolver el reporte.' },
  reopen: { from: ['APPROVED'], to: 'RETURNED', action: 'month:review', verb: 'reabrir', commentRequired: 'Indique por qué se reabre el mes.' },
};

/** Whether a step may start from a status. */
export function canTakeStep(step: CycleStep, status: string): boolean {
  return (CYCLE_STEPS[step].from as readonly string[]).includes(status);
}

/** The coordination's steps on a month in a status, in the order they are offered. */
export function reviewSteps(status: string): CycleStep[] {
  return (['approve', 'return', 'reopen'] as const).filter((step) => canTakeStep(step, status));
}

/** "mayo de 2024" (with the entity's short name when given: "mayo de 2024 de PCM"). */
export function monthOfYear(year: number, month: number, entityShortName?: string): string {
  return `${MONTH_LABELS[month as Month]} de ${year}${entityShortName ? ` de ${entityShortName}` : ''}`;
}

/** Why a step cannot start from the month's current status. */
export function stepRefusal(step: CycleStep, current: SubmissionStatus, what: string): string {
  return `No se puede ${CYCLE_STEPS[step].verb} el reporte de ${what}: está ${SUBMISSION_STATUS_LABELS[current].toLowerCase()}.`;
}

/** A month is reported once it has begun (today, in Lima). */
export function monthStarted(year: number, month: number, today: CalendarDate): boolean {
  return today.year > year || (today.year === year && today.month >= month);
}

export function monthNotStartedMessage(what: string): string {
  return `No se puede enviar el reporte de ${what}: el mes aún no empieza.`;
}

export function monthLockedMessage(what: string): string {
  return `El reporte de ${what} está aprobado: sus ejecuciones no se pueden modificar. Solicite a la coordinación que reabra el mes.`;
}

export interface MonthStatusOf {
  entityCode: string;
  year: number;
  month: number;
  status: string;
}

/**
 * Months of a plan year locked for an activity: approved for any of its entities (a joint
 * activity's month belongs to both).
 */
export function lockedMonths(submissions: readonly MonthStatusOf[], year: number, entityCodes: readonly string[]): Set<number> {
  const months = new Set<number>();
  for (const s of submissions) if (s.year === year && s.status === 'APPROVED' && entityCodes.includes(s.entityCode)) months.add(s.month);
  return months;
}

/** Whether a date ("AAAA-MM-DD") falls in a locked month of the plan year. */
export function inLockedMonth(date: string | null | undefined, year: number, locked: ReadonlySet<number>): boolean {
  if (!date) return false;
  return Number(date.slice(0, 4)) === year && locked.has(Number(date.slice(5, 7)));
}
