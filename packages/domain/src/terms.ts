/**
 * Terms of office. Regional and municipal authorities are elected in October for four years and
 * take office on 1 January: 2019–2022, 2023–2026, 2027–2030. A plan-year belongs to the term its
 * year falls in, and uses that term's register and census.
 */
import { OFFICES, officeDefinition, type AuthorityCensus, type Office } from './beneficiaries.js';
import type { CalendarDate } from './calendar.js';

export const TERM_YEARS = 4;
/** A known term start: the others follow every four years. */
const ANCHOR = 2023;

export interface Term {
  start: number;
  end: number;
}

export function termOf(year: number): Term {
  const start = ANCHOR + TERM_YEARS * Math.floor((year - ANCHOR) / TERM_YEARS);
  return { start, end: start + TERM_YEARS - 1 };
}

/** The term in office on a date (in Lima). */
export function termOn(date: CalendarDate): Term {
  return termOf(date.year);
}

export function isTermStart(year: number): boolean {
  return termOf(year).start === year;
}

/** "2027–2030". */
export function termLabel(term: Term): string {
  return `${term.start}–${term.end}`;
}

export interface CensusInput {
  source: string;
  counts: readonly { office: string; women: number; seats?: number | null }[];
}

/** Problems of a census a person entered, in Spanish: every office once, whole non-negative counts, women ≤ seats. */
export function censusProblems(input: CensusInput): string[] {
  const problems: string[] = [];
  if (input.source.trim().length < 5) problems.push('Indique la fuente del censo (p. ej. el oficio del JNE con su fecha).');
  if (input.source.length > 300) problems.push('La fuente del censo admite hasta 300 caracteres.');
  const seen = new Set<string>();
  for (const c of input.counts) {
    if (!(OFFICES as readonly string[]).includes(c.office)) {
      problems.push(`El cargo "${c.office}" no es válido.`);
      continue;
    }
    const label = officeDefinition(c.office as Office).pluralLabel;
    if (seen.has(c.office)) problems.push(`${label}: el cargo figura dos veces.`);
    seen.add(c.office);
    if (!Number.isInteger(c.women) || c.women < 0) problems.push(`${label}: el número de mujeres debe ser un entero desde 0.`);
    if (c.seats != null && (!Number.isInteger(c.seats) || c.seats < 1)) problems.push(`${label}: el número de cargos debe ser un entero mayor que 0.`);
    if (c.seats != null && Number.isInteger(c.women) && c.women > c.seats) problems.push(`${label}: hay más mujeres (${c.women}) que cargos (${c.seats}).`);
  }
  const missing = OFFICES.filter((o) => !seen.has(o));
  if (missing.length > 0) problems.push(`Faltan cargos en el censo: ${missing.map((o) => officeDefinition(o).pluralLabel.toLowerCase()).join(', ')}.`);
  return problems;
}

/** A census as the indicator rules use it. */
export function censusOf(term: Term, input: CensusInput): AuthorityCensus {
  return {
    year: term.start,
    source: input.source.trim(),
    counts: input.counts.map((c) => ({ office: c.office as Office, women: c.women, seats: c.seats ?? null, statedSharePercent: null })),
  };
}
