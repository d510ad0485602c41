/**
 * One check per record, shared by every path that writes it: the API (a form's request or a file's
 * row) and the web app (before sending). Each returns the problems by field, in Spanish; the API
 * refuses with all of them, a form shows each under its field, a file lists them after its line.
 * Also how spreadsheet words are read: offices and outcomes as people write them.
 */
import { OFFICE_DEFINITIONS, type GovernmentLevel, type Office, officeDefinition } from './beneficiaries.js';
import { parseCalendarDate } from './calendar.js';
import { EXECUTION_KINDS, MODALITIES } from './execution.js';
import { DNI_PATTERN, unknownUbigeoProblem } from './identity.js';
import { OUTCOME_LABELS, OUTCOME_SYNONYMS, OUTCOMES, type Outcome } from './indicators.js';
import { normalizeText } from './text.js';

export const MAX_NAME_LENGTH = 120;
export const TITLE_LENGTH = { min: 3, max: 300 } as const;
export const MAX_PLACE_LENGTH = 300;
export const MAX_EVIDENCE_URL_LENGTH = 500;
export const MAX_NOTES_LENGTH = 5000;

export type Problems<F extends string> = Partial<Record<F, string>>;

/** All the problems as one sentence list (the API's refusal). */
export function problemList(problems: Problems<string>): string {
  return Object.values(problems).join(' ');
}

/** The problems of a file's row: "el cargo … no es válido; faltan los apellidos". */
export function rowProblemList(problems: Problems<string>): string {
  return Object.values(problems)
    .map((p) => p!.charAt(0).toLowerCase() + p!.slice(1).replace(/\.$/, ''))
    .join('; ');
}

export type ExecutionField = 'title' | 'kind' | 'date' | 'modality' | 'place' | 'evidenceUrl' | 'notes';

export interface ExecutionDraft {
  title: string;
  kind: string | null;
  /** "AAAA-MM-DD". */
  date: string | null;
  modality: string | null;
  place?: string | null;
  evidenceUrl?: string | null;
  notes?: string | null;
}

/** An execution's problems; `planYear` is its activity's year (the date must fall in it). */
export function executionProblems(draft: ExecutionDraft, planYear: number): Problems<ExecutionField> {
  const problems: Problems<ExecutionField> = {};
  const title = draft.title.trim();
  if (title.length < TITLE_LENGTH.min || title.length > TITLE_LENGTH.max)
    problems.title = `El título debe tener entre ${TITLE_LENGTH.min} y ${TITLE_LENGTH.max} caracteres.`;
  if (!draft.kind || !(EXECUTION_KINDS as readonly string[]).includes(draft.kind)) problems.kind = 'Elija el tipo de ejecución.';
  const date = draft.date ? parseCalendarDate(draft.date) : null;
  if (!date) problems.date = 'Indique una fecha válida.';
  else if (date.year !== planYear) problems.date = `La fecha debe estar dentro de ${planYear} (plan de trabajo ${planYear}).`;
  if (!draft.modality || !(MODALITIES as readonly string[]).includes(draft.modality)) problems.modality = 'Elija la modalidad.';
  if ((draft.place ?? '').trim().length > MAX_PLACE_LENGTH) problems.place = `El lugar debe tener hasta ${MAX_PLACE_LENGTH} caracteres.`;
  const url = (draft.evidenceUrl ?? '').trim();
  if (url && (!/^https?:\/\/\S+$/i.test(url) || url.length > MAX_EVIDENCE_URL_LENGTH)) {
    problems.evidenceUrl = `El enlace de evidencia debe ser una dirección web (http o https) de hasta ${MAX_EVIDENCE_URL_LENGTH} caracteres.`;
  }
  if ((draft.notes ?? '').trim().length > MAX_NOTES_LENGTH) problems.notes = `Las notas deben tener hasta ${MAX_NOTES_LENGTH} caracteres.`;
  return problems;
}

export type AuthorityField = 'givenNames' | 'familyNames' | 'dni' | 'office' | 'government' | 'termEnd';

export interface AuthorityDraft {
  givenNames: string;
  familyNames: string;
  /** The DNI as it will be stored (a file's restored zeros included), or null. */
  dni: string | null;
  /** As typed, for the message when it is not a DNI. */
  dniText?: string;
  office: Office | null;
  /** As written, for the message when it is not an office. */
  officeText?: string;
  /** The government found, or null; `governmentText` says what was given. */
  government: { level: GovernmentLevel; name: string } | null;
  governmentText?: string;
  termStart: number;
  termEnd: number;
}

/** A woman authority's problems in the register. */
export function authorityProblems(draft: AuthorityDraft): Problems<AuthorityField> {
  const problems: Problems<AuthorityField> = {};
  const name = (text: string, what: string) =>
    !text.trim() ? `Faltan los ${what}.` : text.trim().length > MAX_NAME_LENGTH ? `Los ${what} tienen más de ${MAX_NAME_LENGTH} caracteres.` : null;
  const given = name(draft.givenNames, 'nombres');
  if (given) problems.givenNames = given;
  const family = name(draft.familyNames, 'apellidos');
  if (family) problems.familyNames = family;
  if (draft.dni !== null && !DNI_PATTERN.test(draft.dni)) problems.dni = `El DNI${draft.dniText ? ` "${draft.dniText}"` : ''} debe tener 8 dígitos.`;
  if (!draft.office) problems.office = draft.officeText ? `El cargo "${draft.officeText}" no es válido.` : 'Elija el cargo.';
  if (!draft.government) problems.government = draft.governmentText ? unknownUbigeoProblem(draft.governmentText) : 'Elija el gobierno.';
  if (draft.office && draft.government && officeDefinition(draft.office).level !== draft.government.level) {
    problems.office = `El cargo ${officeDefinition(draft.office).label.toLowerCase()} no corresponde a ${draft.government.name}.`;
  }
  const { termStart, termEnd } = draft;
  if (!Number.isInteger(termStart) || !Number.isInteger(termEnd) || termStart < 1990 || termEnd > 2100) problems.termEnd = 'El periodo no es válido.';
  else if (termEnd < termStart) problems.termEnd = 'El fin del periodo no puede ser anterior a su inicio.';
  return problems;
}

/** Office names and codes people write ("Regidora distrital", "REGIDORA_DISTRITAL", "Gobernadora"). */
const OFFICE_BY_TEXT = new Map<string, Office>(
  OFFICE_DEFINITIONS.flatMap((d) => [
    [normalizeText(d.office.replace(/_/g, ' ')), d.office],
    [normalizeText(d.label), d.office],
    [normalizeText(d.label.replace(/ regional$/i, '')), d.office],
  ]),
);

export function officeFromText(text: string): Office | null {
  return OFFICE_BY_TEXT.get(normalizeText(text.replace(/_/g, ' '))) ?? null;
}

/** Outcome words of attendance lists: codes, labels and synonyms, case and accents ignored. */
const OUTCOME_BY_TEXT = new Map<string, Outcome>(
  OUTCOMES.flatMap((o) => [o, OUTCOME_LABELS[o], ...OUTCOME_SYNONYMS[o]].map((w) => [normalizeText(w), o] as const)),
);

export function outcomeFromText(text: string): Outcome | null {
  return OUTCOME_BY_TEXT.get(normalizeText(text)) ?? null;
}

/** The words accepted for these outcomes, for help texts and errors: "Inscrita (o Inscrito, …); Participó (o …)". */
export function outcomeWordList(outcomes: readonly Outcome[]): string {
  return outcomes.map((o) => `${OUTCOME_LABELS[o]} (o ${OUTCOME_SYNONYMS[o].join(', ')})`).join('; ');
}
