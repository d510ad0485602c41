/**
 * Indicator rules of the plan as pure functions: every figure shown to people is computed here
 * from counts taken from records, never typed in by hand.
 */
import type { BeneficiaryGroupCode, Office } from './beneficiaries.js';

/** What happened to a participant in an execution; indicators count one of these. */
export const OUTCOMES = ['ENROLLED', 'ATTENDED', 'COMPLETED', 'APPROVED', 'ASSISTED'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  ENROLLED: 'Inscrita',
  ATTENDED: 'Participó',
  COMPLETED: 'Culminó',
  APPROVED: 'Aprobó',
  ASSISTED: 'Recibió asistencia técnica',
};

/**
 * Other words attendance lists use for each outcome, besides its label and code (files are read
 * ignoring case and accents). Shown to people as the accepted words. A failed course still
 * counts as completed: the pass rate's denominator.
 */
export const OUTCOME_SYNONYMS: Record<Outcome, readonly string[]> = {
  ENROLLED: ['Inscrito', 'Inscrita', 'Matriculada', 'Matriculado'],
  ATTENDED: ['Participante', 'Asistió', 'Asistente'],
  COMPLETED: ['Culminada', 'Culminado', 'Completó', 'Completada', 'Completado', 'Concluyó', 'Desaprobada', 'Desaprobado', 'Desaprobó'],
  APPROVED: ['Aprobada', 'Aprobado', 'Certificada', 'Certificado'],
  ASSISTED: ['Asistida', 'Asistido', 'Asistencia técnica'],
};

export type TargetUnit = 'COUNT' | 'PERCENT';

/** What a count target counts. */
export type CountedThing = 'AUTHORITIES' | 'GOVERNMENTS' | 'ACTIONS';

export interface CompositionPart {
  key: string;
  label: string;
  value: number;
  /** Offices whose holders count towards this part. */
  offices: readonly Office[];
}

export type IndicatorRule =
  /** Distinct women authorities with an outcome, each counted once per activity. */
  | { kind: 'DISTINCT_AUTHORITIES'; outcome: Outcome; offices: readonly Office[] }
  /** Like DISTINCT_AUTHORITIES, split into parts with their own targets (footnotes 6 and 9). */
  | { kind: 'COMPOSITION'; outcome: Outcome; countedAs: CountedThing; parts: readonly CompositionPart[] }
  /** (A/B)×100 of footnote 5: A with `numerator`, B with `denominator`. */
  | { kind: 'PASS_RATE'; numerator: Outcome; denominator: Outcome; offices: readonly Office[] }
  /** Share of a fixed group (e.g. the 110 leading authorities) reached with an outcome. */
  | { kind: 'GROUP_SHARE'; outcome: Outcome; group: BeneficiaryGroupCode }
  /** Number of executions of a kind (e.g. dissemination actions). */
  | { kind: 'ACTION_COUNT'; executionKind: 'DISSEMINATION' };

/** (A/B)×100; null when B is 0, since no rate exists without enrolment. */
export function percentage(numerator: number, denominator: number): number | null {
  assertCount(numerator, 'numerator');
  assertCount(denominator, 'denominator');
  if (denominator === 0) return null;
  return (numerator * 100) / denominator;
}

export interface Progress {
  /** Achieved, in the target's unit (a count, or a percentage for PERCENT targets). */
  achieved: number;
  target: number;
  /** achieved ÷ target × 100 (may exceed 100). */
  percentOfTarget: number;
  /** How many more units are needed to reach the target (0 when met). */
  remaining: number;
  met: boolean;
}

/** Progress of a count target, e.g. 37 of 150 women authorities. */
export function countProgress(achieved: number, target: number): Progress {
  assertCount(achieved, 'achieved');
  assertPositive(target);
  return {
    achieved,
    target,
    percentOfTarget: (achieved * 100) / target,
    remaining: Math.max(0, target - achieved),
    met: achieved >= target,
  };
}

export interface RateProgress extends Progress {
  numerator: number;
  denominator: number;
}

/**
 * Progress of a percentage target measured as (A/B)×100 (footnote 5). With nobody enrolled the
 * rate is 0, not a division by zero. `remaining` is in percentage points.
 */
export function rateProgress(numerator: number, denominator: number, targetPercent: number): RateProgress {
  if (numerator > denominator) throw new RangeError('A cannot exceed B in (A/B)×100');
  assertPositive(targetPercent);
  const achieved = percentage(numerator, denominator) ?? 0;
  return {
    achieved,
    target: targetPercent,
    percentOfTarget: (achieved * 100) / targetPercent,
    remaining: Math.max(0, targetPercent - achieved),
    met: achieved >= targetPercent,
    numerator,
    denominator,
  };
}

/** Members of a group needed to reach a share of it, rounding up: 60% of 110 → 66. */
export function requiredForShare(groupSize: number, targetPercent: number): number {
  assertPositive(groupSize);
  assertPositive(targetPercent);
  // Integer arithmetic first, so that 60% of 110 is exactly 66 and not 66.00000000000001.
  return Math.ceil(Math.round(groupSize * targetPercent * 1e6) / 1e8);
}

export interface GroupShareProgress extends Progress {
  reached: number;
  groupSize: number;
  /** Members that must be reached to meet the target. */
  required: number;
  /** Members still missing to reach `required`. */
  missing: number;
}

/** Progress of a percentage of a fixed group, e.g. activity 3.1: 60% of the 110 (needs 66). */
export function groupShareProgress(reached: number, groupSize: number, targetPercent: number): GroupShareProgress {
  assertCount(reached, 'reached');
  if (reached > groupSize) throw new RangeError('Cannot reach more members than the group has');
  const required = requiredForShare(groupSize, targetPercent);
  const achieved = (reached * 100) / groupSize;
  return {
    achieved,
    target: targetPercent,
    percentOfTarget: (achieved * 100) / targetPercent,
    remaining: Math.max(0, targetPercent - achieved),
    met: reached >= required,
    reached,
    groupSize,
    required,
    missing: Math.max(0, required - reached),
  };
}

export interface CompositionPartProgress {
  key: string;
  label: string;
  target: number;
  achieved: number;
  /** Achieved up to the part's target: a surplus in one part does not cover another. */
  counted: number;
}

export interface CompositionProgress extends Progress {
  /** What counts towards the target: each part only up to its own target. */
  counted: number;
  parts: CompositionPartProgress[];
}

/**
 * Progress of a target made of parts (e.g. 200 = 2 + 10 + 48 + 100 + 40). `achieved` is the sum
 * of all parts; `percentOfTarget` counts each part only up to its own target.
 */
export function compositionProgress(parts: readonly CompositionPart[], achievedByPart: Readonly<Record<string, number>>): CompositionProgress {
  const target = parts.reduce((sum, p) => sum + p.value, 0);
  assertPositive(target);
  const partProgress = parts.map((p) => {
    const achieved = achievedByPart[p.key] ?? 0;
    assertCount(achieved, p.key);
    return { key: p.key, label: p.label, target: p.value, achieved, counted: Math.min(achieved, p.value) };
  });
  const achieved = partProgress.reduce((sum, p) => sum + p.achieved, 0);
  const counted = partProgress.reduce((sum, p) => sum + p.counted, 0);
  return {
    achieved,
    target,
    percentOfTarget: (counted * 100) / target,
    remaining: target - counted,
    met: counted >= target,
    counted,
    parts: partProgress,
  };
}

/** The composition part an office counts towards, if any. */
export function compositionPartOf(parts: readonly CompositionPart[], office: Office): CompositionPart | undefined {
  return parts.find((p) => p.offices.includes(office));
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
}

function assertPositive(value: number): void {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError('The target must be a positive number');
}
