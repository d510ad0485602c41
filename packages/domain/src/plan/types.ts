import type { AuthorityCensus } from '../beneficiaries.js';
import type { CountedThing, IndicatorRule, TargetUnit } from '../indicators.js';
import type { ScheduleSource } from '../schedule.js';

export const STRATEGY_OBJECTIVES = ['Obj1', 'Obj2', 'Obj3', 'Obj4', 'Obj5'] as const;
/** Objectives of the strategy (DS N° 004-2023-MIMP) an activity aligns to: the plan's column DS. */
export type StrategyObjective = (typeof STRATEGY_OBJECTIVES)[number];

export interface ObjectiveDefinition {
  /** "1", "2", "3". */
  code: string;
  name: string;
  footnotes: readonly number[];
}

export interface TargetDefinition {
  value: number;
  unit: TargetUnit;
  counted: CountedThing;
  /** The plan's "Meta" text, verbatim (footnote marks removed). */
  description: string;
}

export interface ActivityDefinition {
  /** "1.1" … "3.3". */
  code: string;
  objective: string;
  name: string;
  /** Unit codes; a joint "OSCE- MIMP" lists both entities. */
  responsibleUnits: readonly string[];
  target: TargetDefinition;
  /** The plan's "Indicador" text; null where the plan leaves it empty. */
  indicator: string | null;
  schedule: ScheduleSource;
  strategyObjectives: readonly StrategyObjective[];
  /** Footnotes that apply to this activity. */
  footnotes: readonly number[];
  /** How progress is computed from records. */
  rule: IndicatorRule;
  /** Where we had to interpret the plan, said plainly (Spanish, shown to people). */
  interpretation?: string;
}

export type Footnote =
  | { number: number; kind: 'SOURCE'; text: string }
  | { number: number; kind: 'COURSE_CONTENT'; text: string; topics: readonly string[]; product: string; modality: string }
  | { number: number; kind: 'COURSE_DESCRIPTION'; text: string; course: string; audience: string }
  | { number: number; kind: 'FORMULA'; text: string; formula: '(A/B)*100'; numerator: string; denominator: string }
  | { number: number; kind: 'COMPOSITION'; text: string; activity: string }
  | { number: number; kind: 'GROUP'; text: string; group: 'LEADING_AUTHORITIES'; requiredGovernments?: number }
  | { number: number; kind: 'CONTRIBUTING_UNITS'; text: string; units: readonly string[] };

export interface PlanDefinition {
  year: number;
  title: string;
  legalBasis: string;
  generalObjective: string;
  objectives: readonly ObjectiveDefinition[];
  activities: readonly ActivityDefinition[];
  footnotes: readonly Footnote[];
  census: AuthorityCensus;
}
