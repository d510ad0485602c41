/** What focal points record: executions of activities and who took part, with what outcome. */
import type { IndicatorRule, Outcome } from './indicators.js';

export const EXECUTION_KINDS = ['EVENT', 'COURSE_EDITION', 'TRAINING_SESSION', 'TECHNICAL_ASSISTANCE', 'DISSEMINATION'] as const;
export type ExecutionKind = (typeof EXECUTION_KINDS)[number];

export const EXECUTION_KIND_LABELS: Record<ExecutionKind, string> = {
  EVENT: 'Evento (foro, conferencia, encuentro)',
  COURSE_EDITION: 'Edición de curso',
  TRAINING_SESSION: 'Sesión de capacitación',
  TECHNICAL_ASSISTANCE: 'Asistencia técnica',
  DISSEMINATION: 'Acción de difusión',
};

export const MODALITIES = ['IN_PERSON', 'VIRTUAL', 'HYBRID'] as const;
export type Modality = (typeof MODALITIES)[number];

export const MODALITY_LABELS: Record<Modality, string> = {
  IN_PERSON: 'Presencial',
  VIRTUAL: 'Virtual',
  HYBRID: 'Híbrida',
};

/**
 * Training outcomes form a progression: who passed also completed, attended and enrolled.
 * Technical assistance stands apart.
 */
export const TRAINING_OUTCOMES: readonly Outcome[] = ['ENROLLED', 'ATTENDED', 'COMPLETED', 'APPROVED'];
export const ASSISTANCE_OUTCOMES: readonly Outcome[] = ['ASSISTED'];

/** Outcomes a participant of an activity may have, following what its indicator counts. */
export function allowedOutcomes(rule: IndicatorRule): readonly Outcome[] {
  if (rule.kind === 'ACTION_COUNT') return [...TRAINING_OUTCOMES, ...ASSISTANCE_OUTCOMES];
  const counted = rule.kind === 'PASS_RATE' ? rule.numerator : rule.outcome;
  return ASSISTANCE_OUTCOMES.includes(counted) ? ASSISTANCE_OUTCOMES : TRAINING_OUTCOMES;
}

/** Whether a participant's furthest outcome counts for an outcome the indicator requires. */
export function outcomeSatisfies(actual: Outcome, required: Outcome): boolean {
  if (actual === required) return true;
  const a = TRAINING_OUTCOMES.indexOf(actual);
  const r = TRAINING_OUTCOMES.indexOf(required);
  return a >= 0 && r >= 0 && a >= r;
}

/** The further of two outcomes of the same person in one activity (several sessions). */
export function furthestOutcome(a: Outcome, b: Outcome): Outcome {
  return outcomeSatisfies(a, b) ? a : b;
}
