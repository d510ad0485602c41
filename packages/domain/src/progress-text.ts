/**
 * The sentence that says what a progress figure means, in the target's own terms: one wording
 * for the activity cards, the detail page and the reports.
 */
import { formatInteger, formatNumber, formatPercent } from './format.js';

export interface ProgressFigures {
  achieved: number;
  target: number;
  remaining: number;
  met: boolean;
  numerator?: number | null;
  denominator?: number | null;
  required?: number | null;
  missing?: number | null;
  /** Composition targets: what counts, each part only up to its own target. */
  counted?: number | null;
  parts?: readonly { label: string; target: number; achieved: number }[];
}

export interface TargetTerms {
  /** COUNT or PERCENT. */
  unit: string;
  /** AUTHORITIES, GOVERNMENTS or ACTIONS. */
  counted: string;
  value: number;
}

const COUNTED_WORDS: Record<string, [singular: string, plural: string]> = {
  AUTHORITIES: ['mujer autoridad', 'mujeres autoridades'],
  GOVERNMENTS: ['gobierno', 'gobiernos'],
  ACTIONS: ['acción', 'acciones'],
};

export function countedWord(counted: string, n: number): string {
  const words = COUNTED_WORDS[counted] ?? ['unidad', 'unidades'];
  return n === 1 ? words[0] : words[1];
}

/** "faltan 102 (Regidoras provinciales y distritales: 60; Consejeras regionales: 40; Gobernadoras: 2)". */
function missingParts(parts: ProgressFigures['parts']): string {
  const short = (parts ?? []).filter((p) => p.achieved < p.target).map((p) => `${p.label}: ${formatInteger(p.target - p.achieved)}`);
  return short.length > 0 ? ` (${short.join('; ')})` : '';
}

/** What was achieved against what the plan asks, in its own unit. */
export function progressSentence(progress: ProgressFigures, target: TargetTerms): string {
  if (target.unit === 'PERCENT') {
    const rate = `${formatPercent(progress.achieved)} logrado; meta: ${formatPercent(target.value)}`;
    if (progress.required != null && progress.numerator != null && progress.denominator != null) {
      // Share of a fixed group (e.g. 66 of the 110 leading authorities).
      const missing = progress.missing ? `; faltan ${formatInteger(progress.missing)}` : ': meta cumplida';
      return `${formatInteger(progress.numerator)} de ${formatInteger(progress.denominator)} ${countedWord(target.counted, progress.denominator)} del grupo (${formatPercent(progress.achieved)}); meta: ${formatPercent(target.value)}, es decir ${formatInteger(progress.required)}${missing}`;
    }
    if (progress.numerator != null && progress.denominator != null) {
      if (progress.denominator === 0) return `Aún no hay inscritas; meta: ${formatPercent(target.value)}`;
      return `${rate} (${formatInteger(progress.numerator)} de ${formatInteger(progress.denominator)})`;
    }
    return rate;
  }
  const words = countedWord(target.counted, target.value);
  if (progress.counted != null && progress.counted < progress.achieved) {
    // A composition with a surplus in one part: the surplus does not cover another part's gap.
    const counted = `${formatInteger(progress.counted)} de ${formatInteger(target.value)} ${words} cuentan para la meta`;
    const all = `${formatInteger(progress.achieved)} en total; lo que excede la meta de una parte no cubre a otra`;
    return progress.met
      ? `${counted}: meta cumplida (${all})`
      : `${counted} (${all}); faltan ${formatInteger(progress.remaining)}${missingParts(progress.parts)}`;
  }
  const achieved = `${formatNumber(progress.achieved)} de ${formatNumber(target.value)} ${words}`;
  if (progress.met) return `${achieved}: meta cumplida`;
  return `${achieved}; faltan ${formatNumber(progress.remaining)}${progress.counted != null ? missingParts(progress.parts) : ''}`;
}
