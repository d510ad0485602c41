/**
 * Reprogramming a published activity: a new target, months or responsible units, approved by a
 * document and in force from a date. History is a chain (each change's `before` is the previous
 * one's `after`), so any date is measured against the programming in force on it.
 */
import { z } from 'zod';
import { parseCalendarDate } from '../calendar.js';
import { formatInteger } from '../format.js';
import { scheduleOfMonths, type ActivityDocument } from './document.js';

export interface ProgrammingSnapshot {
  targetValue: number;
  schedule: ActivityDocument['schedule'];
  unitCodes: string[];
}

export interface ReprogrammingRecord {
  effectiveDate: string;
  reason: string;
  document: string;
  before: ProgrammingSnapshot;
  after: ProgrammingSnapshot;
}

const month = z.number().int().min(1, { error: 'Meses: deben ir del 1 al 12.' }).max(12, { error: 'Meses: deben ir del 1 al 12.' });

/** What a person sends; an omitted field stays as it is. */
export const reprogrammingInputSchema = z.object({
  targetValue: z.number({ error: 'Nueva meta: debe ser un número.' }).positive({ error: 'Nueva meta: debe ser mayor que 0.' }).nullish(),
  plannedMonths: z.array(month).min(1, { error: 'Meses: indique al menos un mes programado.' }).max(12).nullish(),
  unitCodes: z.array(z.string().trim().min(1).max(16)).min(1, { error: 'Responsables: indique al menos una unidad responsable.' }).max(10).nullish(),
  reason: z
    .string()
    .trim()
    .min(10, { error: 'Motivo: explique el motivo en al menos 10 caracteres.' })
    .max(2000, { error: 'Motivo: no puede pasar de 2000 caracteres.' }),
  document: z
    .string()
    .trim()
    .min(5, { error: 'Documento: indique el documento que aprueba la reprogramación (p. ej. "Resolución Ministerial N° 045-2025-MIMP").' })
    .max(300, { error: 'Documento: no puede pasar de 300 caracteres.' }),
  effectiveDate: z.string().refine((v) => parseCalendarDate(v) !== null, { error: 'Fecha de vigencia: debe ser una fecha válida (AAAA-MM-DD).' }),
});
export type ReprogrammingInput = z.input<typeof reprogrammingInputSchema>;

/** The programming in force on `date` (YYYY-MM-DD): the original before any change took effect. */
export function programmingAt(current: ProgrammingSnapshot, history: readonly ReprogrammingRecord[], date: string): ProgrammingSnapshot {
  const original = history[0]?.before ?? current;
  let inForce = original;
  for (const change of history) if (change.effectiveDate <= date) inForce = change.after;
  return inForce;
}

/** The programming as first published. */
export function originalProgramming(current: ProgrammingSnapshot, history: readonly ReprogrammingRecord[]): ProgrammingSnapshot {
  return history[0]?.before ?? current;
}

export interface ReprogrammingContext {
  year: number;
  unit: 'COUNT' | 'PERCENT';
  /** A composition's target is the sum of its parts: it changes with them, not alone. */
  composition: boolean;
  knownUnits: ReadonlySet<string>;
  /** Effective date of the latest change already recorded, if any. */
  latestEffectiveDate: string | null;
}

export type ReprogrammingCheck =
  { ok: true; after: ProgrammingSnapshot; effectiveDate: string; reason: string; document: string } | { ok: false; problems: string[] };

/** Validates a reprogramming against the activity's current programming; every problem in Spanish. */
export function checkReprogramming(input: unknown, current: ProgrammingSnapshot, context: ReprogrammingContext): ReprogrammingCheck {
  const parsed = reprogrammingInputSchema.safeParse(input, { error: z.locales.es().localeError });
  if (!parsed.success) return { ok: false, problems: [...new Set(parsed.error.issues.map((i) => i.message))] };
  const value = parsed.data;
  const problems: string[] = [];
  if (!value.effectiveDate.startsWith(`${context.year}-`)) problems.push(`Fecha de vigencia: debe estar dentro del año del plan (${context.year}).`);
  if (context.latestEffectiveDate && value.effectiveDate < context.latestEffectiveDate) {
    problems.push(`Fecha de vigencia: no puede ser anterior a la de la última reprogramación (${context.latestEffectiveDate}).`);
  }
  if (value.targetValue != null) {
    if (context.composition) problems.push('Nueva meta: esta meta es la suma de sus partes; para cambiarla, edite las partes de la meta.');
    if (context.unit === 'PERCENT' && value.targetValue > 100) problems.push('Nueva meta: una meta en porcentaje no puede pasar de 100.');
    if (context.unit === 'COUNT' && !Number.isInteger(value.targetValue)) problems.push('Nueva meta: una meta en número debe ser entera.');
  }
  for (const code of value.unitCodes ?? [])
    if (!context.knownUnits.has(code)) problems.push(`Responsables: la unidad "${code}" no existe en el catálogo de entidades.`);
  const after: ProgrammingSnapshot = {
    targetValue: value.targetValue ?? current.targetValue,
    schedule: value.plannedMonths ? scheduleOfMonths(value.plannedMonths) : current.schedule,
    unitCodes: value.unitCodes ? [...new Set(value.unitCodes)].sort() : current.unitCodes,
  };
  if (JSON.stringify(after) === JSON.stringify(current))
    problems.push('La reprogramación no cambia nada: indique una nueva meta, nuevos meses o nuevos responsables.');
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, after, effectiveDate: value.effectiveDate, reason: value.reason, document: value.document };
}

/** "Meta: de 50 a 40; meses: …" for the audit trail and the history list. */
export function describeReprogramming(before: ProgrammingSnapshot, after: ProgrammingSnapshot): string {
  const changes: string[] = [];
  if (before.targetValue !== after.targetValue) changes.push(`meta de ${formatInteger(before.targetValue)} a ${formatInteger(after.targetValue)}`);
  const months = (s: ProgrammingSnapshot) => [...new Set(s.schedule.flatMap((m) => m.reading))].sort((a, b) => a - b).join(', ');
  if (months(before) !== months(after)) changes.push(`meses de [${months(before)}] a [${months(after)}]`);
  if (before.unitCodes.join() !== after.unitCodes.join()) changes.push(`responsables de ${before.unitCodes.join(' - ')} a ${after.unitCodes.join(' - ')}`);
  return changes.join('; ');
}
