import { scheduleOfMonths, type Office, type Outcome } from '@gj/domain';
import { Field, Float, InputType, Int } from 'type-graphql';
import { CountedThing, TargetUnit } from '../activity/activity.types.js';
import { OfficeEnum, OutcomeEnum } from '../common/graphql-types.js';

/**
 * What the plan editor sends. The shapes follow the domain's plan document; the domain's zod
 * schema (parsePlanDocument) is what validates them, so the rules are written once.
 */
@InputType('ObjectiveInput')
export class ObjectiveInput {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => [Int], { defaultValue: [] }) footnotes!: number[];
}

@InputType('FootnoteInput')
export class FootnoteInput {
  @Field(() => Int) number!: number;
  @Field(() => String) text!: string;
}

@InputType('PlanInput', { description: 'Encabezado de un plan en borrador: título, base legal, objetivos y notas al pie.' })
export class PlanInput {
  @Field(() => String) title!: string;
  @Field(() => String, { defaultValue: '' }) legalBasis!: string;
  @Field(() => String, { defaultValue: '' }) generalObjective!: string;
  @Field(() => [ObjectiveInput]) objectives!: ObjectiveInput[];
  @Field(() => [FootnoteInput], { defaultValue: [] }) footnotes!: FootnoteInput[];
}

@InputType('TargetInput')
export class TargetInput {
  @Field(() => Float) value!: number;
  @Field(() => TargetUnit) unit!: TargetUnit;
  @Field(() => CountedThing) counted!: CountedThing;
  @Field(() => String, { defaultValue: '' }) description!: string;
}

@InputType('ScheduleMarkInput', { description: 'Una marca del cronograma: un mes, o dos si la fuente los fusionó (con la lectura adoptada).' })
export class ScheduleMarkInput {
  @Field(() => [Int]) candidates!: number[];
  @Field(() => [Int]) reading!: number[];
  @Field(() => String, { nullable: true }) note?: string | null;
}

@InputType('TargetPartInput')
export class TargetPartInput {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) value!: number;
  @Field(() => [OfficeEnum]) offices!: Office[];
}

@InputType('RuleInput', { description: 'Regla del indicador: el tipo y, según el tipo, sus parámetros.' })
export class RuleInput {
  @Field(() => String, { description: 'DISTINCT_AUTHORITIES, COMPOSITION, PASS_RATE, GROUP_SHARE o ACTION_COUNT.' }) kind!: string;
  @Field(() => OutcomeEnum, { nullable: true }) outcome?: Outcome | null;
  @Field(() => [OfficeEnum], { nullable: true }) offices?: Office[] | null;
  @Field(() => OutcomeEnum, { nullable: true, description: 'PASS_RATE: A.' }) numerator?: Outcome | null;
  @Field(() => OutcomeEnum, { nullable: true, description: 'PASS_RATE: B.' }) denominator?: Outcome | null;
  @Field(() => String, { nullable: true, description: 'GROUP_SHARE: el grupo, p. ej. LEADING_AUTHORITIES.' }) group?: string | null;
  @Field(() => CountedThing, { nullable: true, description: 'COMPOSITION: qué cuentan las partes.' }) countedAs?: CountedThing | null;
  @Field(() => [TargetPartInput], { nullable: true, description: 'COMPOSITION: las partes de la meta.' }) parts?: TargetPartInput[] | null;
}

@InputType('PlanActivityInput', { description: 'Una actividad de un plan en borrador; reemplaza a la del mismo código.' })
export class PlanActivityInput {
  @Field(() => String) code!: string;
  @Field(() => String) objective!: string;
  @Field(() => String) name!: string;
  @Field(() => [String]) responsibleUnits!: string[];
  @Field(() => TargetInput) target!: TargetInput;
  @Field(() => String, { nullable: true }) indicator?: string | null;
  @Field(() => [Int], { nullable: true, description: 'Meses programados (1–12); o use schedule para marcas ambiguas.' }) plannedMonths?: number[] | null;
  @Field(() => [ScheduleMarkInput], { nullable: true }) schedule?: ScheduleMarkInput[] | null;
  @Field(() => [String], { defaultValue: [] }) strategyObjectives!: string[];
  @Field(() => [Int], { defaultValue: [] }) footnotes!: number[];
  @Field(() => RuleInput) rule!: RuleInput;
  @Field(() => String, { nullable: true }) interpretation?: string | null;
}

@InputType('ReprogrammingInput', { description: 'Cambio de un plan vigente; lo omitido no cambia.' })
export class ReprogrammingInput {
  @Field(() => Float, { nullable: true }) targetValue?: number | null;
  @Field(() => [Int], { nullable: true }) plannedMonths?: number[] | null;
  @Field(() => [String], { nullable: true }) unitCodes?: string[] | null;
  @Field(() => String) reason!: string;
  @Field(() => String, { description: 'Documento que la aprueba, p. ej. "Resolución Ministerial N° 045-2025-MIMP".' }) document!: string;
  @Field(() => String, { description: 'Fecha desde la que rige (AAAA-MM-DD).' }) effectiveDate!: string;
}

/** The rule as the domain's document has it: only the fields its kind uses. */
export function ruleOf(input: RuleInput): Record<string, unknown> {
  const fields: Record<string, readonly string[]> = {
    DISTINCT_AUTHORITIES: ['outcome', 'offices'],
    COMPOSITION: ['outcome', 'countedAs', 'parts'],
    PASS_RATE: ['numerator', 'denominator', 'offices'],
    GROUP_SHARE: ['outcome', 'group'],
    ACTION_COUNT: [],
  };
  const rule: Record<string, unknown> = { kind: input.kind };
  for (const field of fields[input.kind] ?? []) rule[field] = (input as unknown as Record<string, unknown>)[field] ?? undefined;
  if (input.kind === 'ACTION_COUNT') rule.executionKind = 'DISSEMINATION';
  if (input.kind === 'COMPOSITION') rule.parts = input.parts?.map((p) => ({ key: p.key, label: p.label, value: p.value, offices: p.offices }));
  return rule;
}

/** The activity as the domain's document has it (plain months become one mark each). */
export function activityOf(input: PlanActivityInput): Record<string, unknown> {
  const schedule =
    input.schedule?.map((m) => ({ candidates: m.candidates, reading: m.reading, note: m.note ?? null })) ?? scheduleOfMonths(input.plannedMonths ?? []);
  return {
    code: input.code.trim(),
    objective: input.objective.trim(),
    name: input.name,
    responsibleUnits: input.responsibleUnits.map((u) => u.trim().toUpperCase()),
    target: { ...input.target },
    indicator: input.indicator?.trim() ? input.indicator : null,
    schedule,
    strategyObjectives: input.strategyObjectives,
    footnotes: input.footnotes,
    rule: ruleOf(input.rule),
    interpretation: input.interpretation?.trim() ? input.interpretation : null,
  };
}
