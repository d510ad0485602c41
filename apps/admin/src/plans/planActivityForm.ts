/**
 * The activity form's values, and what they become: the plan document's activity (checked in the
 * browser with the domain's own parsePlanDocument and publishProblems, the checks the API runs)
 * and the savePlanActivity input.
 */
import {
  PLANS,
  parsePlanDocument,
  plannedMonthsOfDocument,
  publishProblems,
  scheduleOfMonths,
  type ActivityDocument,
  type IndicatorRule,
  type Office,
  type Outcome,
  type RuleKind,
} from '@gj/domain';
import type { CountedThing, PlanActivityFieldsFragment, PlanActivityInput, RuleInput, TargetUnit } from '../gql/graphql';

export interface PartValues {
  key: string;
  label: string;
  value: number | '';
  offices: Office[];
}

/** Every parameter of every rule kind: the form keeps them all, the document takes those of its kind. */
export interface RuleValues {
  kind: RuleKind | null;
  outcome: Outcome | null;
  offices: Office[];
  numerator: Outcome | null;
  denominator: Outcome | null;
  group: string | null;
  parts: PartValues[];
}

type Mark = ActivityDocument['schedule'][number];

export interface ActivityFormValues {
  code: string;
  objective: string | null;
  name: string;
  units: string[];
  targetValue: number | '';
  targetUnit: TargetUnit;
  counted: CountedThing;
  targetDescription: string;
  indicator: string;
  months: number[];
  /** The marks as saved: an ambiguous reading (set/oct → oct) is kept while the months stay the same. */
  savedSchedule: Mark[] | null;
  strategyObjectives: string[];
  /** "4, 5": the numbers of the plan's footnotes that apply. */
  footnotes: string;
  rule: RuleValues;
  interpretation: string;
}

export const EMPTY_RULE: RuleValues = { kind: null, outcome: null, offices: [], numerator: null, denominator: null, group: null, parts: [] };

export const EMPTY_PART: PartValues = { key: '', label: '', value: '', offices: [] };

export function emptyActivity(objective: string | null): ActivityFormValues {
  return {
    code: objective ? `${objective}.` : '',
    objective,
    name: '',
    units: [],
    targetValue: '',
    targetUnit: 'COUNT',
    counted: 'AUTHORITIES',
    targetDescription: '',
    indicator: '',
    months: [],
    savedSchedule: null,
    strategyObjectives: [],
    footnotes: '',
    rule: EMPTY_RULE,
    interpretation: '',
  };
}

/**
 * The rule of an activity as far as the web app can know it: the API does not return activities'
 * rules yet, so it is read from the domain's plan data, the same code in that year's plan or, for
 * a plan copied from it, in the latest earlier one (`assumed`: the person should check it).
 */
export function knownRule(year: number, code: string): { rule: IndicatorRule; fromYear: number; assumed: boolean } | null {
  const plans = PLANS.filter((p) => p.year <= year).sort((a, b) => b.year - a.year);
  for (const plan of plans) {
    const activity = plan.activities.find((a) => a.code === code);
    if (activity) return { rule: activity.rule, fromYear: plan.year, assumed: plan.year !== year };
  }
  return null;
}

export function ruleValues(rule: IndicatorRule | null): RuleValues {
  if (!rule) return EMPTY_RULE;
  const values: RuleValues = { ...EMPTY_RULE, kind: rule.kind };
  switch (rule.kind) {
    case 'DISTINCT_AUTHORITIES':
      return { ...values, outcome: rule.outcome, offices: [...rule.offices] };
    case 'COMPOSITION':
      return { ...values, outcome: rule.outcome, parts: rule.parts.map((p) => ({ key: p.key, label: p.label, value: p.value, offices: [...p.offices] })) };
    case 'PASS_RATE':
      return { ...values, numerator: rule.numerator, denominator: rule.denominator, offices: [...rule.offices] };
    case 'GROUP_SHARE':
      return { ...values, outcome: rule.outcome, group: rule.group };
    case 'ACTION_COUNT':
      return values;
  }
}

/** An activity of the plan as the form edits it. */
export function activityValues(activity: PlanActivityFieldsFragment, rule: IndicatorRule | null): ActivityFormValues {
  return {
    code: activity.code,
    objective: activity.objective.code,
    name: activity.name,
    units: activity.responsibleUnits.map((u) => u.code),
    targetValue: activity.target.value,
    targetUnit: activity.target.unit,
    counted: activity.target.counted,
    targetDescription: activity.target.description,
    indicator: activity.indicator ?? '',
    months: [...activity.plannedMonths],
    savedSchedule: activity.schedule.map((m) => ({ candidates: [...m.candidates], reading: [...m.reading], note: m.note ?? null })),
    strategyObjectives: [...activity.strategyObjectives],
    footnotes: activity.footnotes.map((f) => f.number).join(', '),
    rule: ruleValues(rule),
    interpretation: activity.interpretation ?? '',
  };
}

/** "4, 5" → [4, 5]; null when something in it is not a positive whole number. */
export function parseFootnoteNumbers(text: string): number[] | null {
  const parts = text
    .split(/[,;\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) > 0)) return null;
  return [...new Set(parts.map(Number))].sort((a, b) => a - b);
}

/** The marks to save: the saved ones while the months did not change (they may hold an ambiguous reading). */
export function scheduleOf(values: Pick<ActivityFormValues, 'months' | 'savedSchedule'>): Mark[] {
  const months = [...new Set(values.months)].sort((a, b) => a - b);
  if (values.savedSchedule && plannedMonthsOfDocument({ schedule: values.savedSchedule }).join() === months.join()) return values.savedSchedule;
  return scheduleOfMonths(months);
}

function ruleDocument(rule: RuleValues, counted: CountedThing): Record<string, unknown> {
  switch (rule.kind) {
    case 'DISTINCT_AUTHORITIES':
      return { kind: rule.kind, outcome: rule.outcome, offices: rule.offices };
    case 'COMPOSITION':
      return {
        kind: rule.kind,
        outcome: rule.outcome,
        // The parts count what the target counts.
        countedAs: counted,
        // An empty target reads as 0, which the domain refuses in words («debe ser un entero mayor que 0»).
        parts: rule.parts.map((p) => ({ key: p.key.trim().toUpperCase(), label: p.label.trim(), value: p.value === '' ? 0 : p.value, offices: p.offices })),
      };
    case 'PASS_RATE':
      return { kind: rule.kind, numerator: rule.numerator, denominator: rule.denominator, offices: rule.offices };
    case 'GROUP_SHARE':
      return { kind: rule.kind, outcome: rule.outcome, group: rule.group };
    case 'ACTION_COUNT':
      return { kind: rule.kind, executionKind: 'DISSEMINATION' };
    case null:
      return {};
  }
}

/** The activity as the plan document has it (the API normalises the input the same way). */
export function activityDocument(values: ActivityFormValues): Record<string, unknown> {
  return {
    code: values.code.trim(),
    objective: values.objective ?? '',
    name: values.name,
    responsibleUnits: values.units,
    target: {
      value: values.targetValue === '' ? undefined : values.targetValue,
      unit: values.targetUnit,
      counted: values.counted,
      description: values.targetDescription,
    },
    indicator: values.indicator.trim() ? values.indicator : null,
    schedule: scheduleOf(values),
    strategyObjectives: values.strategyObjectives,
    footnotes: parseFootnoteNumbers(values.footnotes) ?? [],
    rule: ruleDocument(values.rule, values.counted),
    interpretation: values.interpretation.trim() ? values.interpretation : null,
  };
}

export interface ActivityCheckContext {
  plan: { year: number; title: string; legalBasis: string; generalObjective: string; objectives: readonly { code: string; name: string }[] };
  unitCodes: ReadonlySet<string>;
  /** Codes of the plan's other activities. */
  otherCodes: readonly string[];
  isNew: boolean;
}

export interface ActivityCheck {
  /** What the API would refuse: the activity cannot be saved. */
  errors: string[];
  /** What keeps the plan from being published; the draft can be saved meanwhile. */
  toPublish: string[];
  /** The valid activity, when there are no errors. */
  activity: ActivityDocument | null;
}

/** The domain's checks on one activity, before it is sent. */
export function checkActivity(values: ActivityFormValues, context: ActivityCheckContext): ActivityCheck {
  const errors: string[] = [];
  const code = values.code.trim();
  if (context.isNew && context.otherCodes.includes(code)) errors.push(`Ya existe la actividad ${code} en el plan: edítela desde la tabla.`);
  if (!values.objective) errors.push('Objetivo específico: elija el objetivo al que pertenece la actividad.');
  if (parseFootnoteNumbers(values.footnotes) === null) errors.push('Notas al pie: escriba los números de las notas separados por comas (p. ej. 4, 5).');
  if (!values.rule.kind) errors.push('Regla: elija cómo se calcula el avance.');
  const document = activityDocument(values);
  const footnotes = (parseFootnoteNumbers(values.footnotes) ?? []).map((number) => ({ number, text: `Nota ${number}` }));
  const parsed = parsePlanDocument({
    ...context.plan,
    objectives: context.plan.objectives.map((o) => ({ code: o.code, name: o.name, footnotes: [] })),
    activities: [document],
    footnotes,
  });
  if (!parsed.ok) {
    // Without a kind, the rule's own messages add nothing to «elija cómo se calcula el avance».
    const problems = values.rule.kind ? parsed.problems : parsed.problems.filter((p) => !/regla|Regla/.test(p));
    return { errors: [...errors, ...problems], toPublish: [], activity: null };
  }
  const activity = parsed.plan.activities[0]!;
  const toPublish = publishProblems(parsed.plan, { unitCodes: context.unitCodes }).filter((p) => p.startsWith(`Actividad ${activity.code}:`));
  return { errors, toPublish, activity: errors.length === 0 ? activity : null };
}

function ruleInput(rule: ActivityDocument['rule']): RuleInput {
  switch (rule.kind) {
    case 'DISTINCT_AUTHORITIES':
      return { kind: rule.kind, outcome: rule.outcome, offices: rule.offices };
    case 'COMPOSITION':
      return { kind: rule.kind, outcome: rule.outcome, countedAs: rule.countedAs, parts: rule.parts };
    case 'PASS_RATE':
      return { kind: rule.kind, numerator: rule.numerator, denominator: rule.denominator, offices: rule.offices };
    case 'GROUP_SHARE':
      return { kind: rule.kind, outcome: rule.outcome, group: rule.group };
    case 'ACTION_COUNT':
      return { kind: rule.kind };
  }
}

/** What savePlanActivity takes: plain months, or the marks when one is ambiguous. */
export function toPlanActivityInput(activity: ActivityDocument): PlanActivityInput {
  const plain = activity.schedule.every((m) => m.candidates.length === 1 && m.note === null);
  return {
    code: activity.code,
    objective: activity.objective,
    name: activity.name,
    responsibleUnits: activity.responsibleUnits,
    target: activity.target,
    indicator: activity.indicator,
    ...(plain ? { plannedMonths: plannedMonthsOfDocument(activity) } : { schedule: activity.schedule }),
    strategyObjectives: activity.strategyObjectives,
    footnotes: activity.footnotes,
    rule: ruleInput(activity.rule),
    interpretation: activity.interpretation,
  };
}
