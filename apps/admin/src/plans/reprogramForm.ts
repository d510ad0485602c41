/**
 * A reprogramming of an activity in force, as the form holds it, checked in the browser with the
 * domain's checkReprogramming (the API's own check) before it is sent. Only what changed is sent.
 */
import { checkReprogramming, describeReprogramming, scheduleOfMonths, type ProgrammingSnapshot } from '@gj/domain';
import type { PlanActivityFieldsFragment, ReprogrammingInput } from '../gql/graphql';

export interface ReprogramValues {
  targetValue: number | '';
  months: number[];
  units: string[];
  reason: string;
  document: string;
  effectiveDate: string | null;
}

export type ReprogrammedActivity = Pick<PlanActivityFieldsFragment, 'target' | 'plannedMonths' | 'responsibleUnits' | 'schedule' | 'reprogrammings'>;

/** The programming in force, as the API compares a reprogramming against it. */
export function currentProgramming(activity: ReprogrammedActivity): ProgrammingSnapshot {
  return {
    targetValue: activity.target.value,
    schedule: activity.schedule.map((m) => ({ candidates: [...m.candidates], reading: [...m.reading], note: m.note ?? null })),
    unitCodes: activity.responsibleUnits.map((u) => u.code).sort(),
  };
}

export function reprogramValues(activity: ReprogrammedActivity): ReprogramValues {
  return {
    targetValue: activity.target.value,
    months: [...activity.plannedMonths],
    units: activity.responsibleUnits.map((u) => u.code),
    reason: '',
    document: '',
    effectiveDate: null,
  };
}

const sameList = (a: readonly (string | number)[], b: readonly (string | number)[]) => [...a].sort().join() === [...b].sort().join();

/** What reprogramActivity takes: the target, months or units only when they differ from the ones in force. */
export function toReprogrammingInput(values: ReprogramValues, activity: ReprogrammedActivity): ReprogrammingInput {
  const current = currentProgramming(activity);
  return {
    targetValue: values.targetValue !== '' && values.targetValue !== current.targetValue ? values.targetValue : null,
    plannedMonths: sameList(values.months, activity.plannedMonths) ? null : [...values.months].sort((a, b) => a - b),
    unitCodes: sameList(values.units, current.unitCodes) ? null : values.units,
    reason: values.reason,
    document: values.document,
    effectiveDate: values.effectiveDate ?? '',
  };
}

/**
 * Every problem the API would answer, in Spanish (none when the reprogramming can be sent), and
 * what it changes in words, as the history will say it.
 */
export function checkReprogram(
  values: ReprogramValues,
  activity: ReprogrammedActivity,
  year: number,
  unitCodes: ReadonlySet<string>,
): { problems: string[]; summary: string | null } {
  const problems: string[] = [];
  if (values.targetValue === '') problems.push('Nueva meta: escriba la meta (la vigente si no cambia).');
  if (values.months.length === 0) problems.push('Meses: indique al menos un mes programado.');
  if (values.units.length === 0) problems.push('Responsables: indique al menos una unidad responsable.');
  const current = currentProgramming(activity);
  const input = toReprogrammingInput(values, activity);
  const check = checkReprogramming(input, current, {
    year,
    unit: activity.target.unit,
    composition: activity.target.composition.length > 0,
    knownUnits: unitCodes,
    latestEffectiveDate: activity.reprogrammings.at(-1)?.effectiveDate ?? null,
  });
  // What it changes, said even before the reason, document and date are written.
  const after: ProgrammingSnapshot = {
    targetValue: input.targetValue ?? current.targetValue,
    schedule: input.plannedMonths ? scheduleOfMonths(input.plannedMonths) : current.schedule,
    unitCodes: input.unitCodes ? [...input.unitCodes].sort() : current.unitCodes,
  };
  return { problems: [...new Set([...problems, ...(check.ok ? [] : check.problems)])], summary: describeReprogramming(current, after) || null };
}
