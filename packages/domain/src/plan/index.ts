import { entitiesOfUnits, type EntityCode } from '../entities.js';
import { plannedMonthsOf, readSchedule, type ScheduleMark } from '../schedule.js';
import type { Month } from '../calendar.js';
import { PLAN_2024 } from './2024/plan-2024.js';
import type { ActivityDefinition, PlanDefinition } from './types.js';

export * from './types.js';
export { LAYOUT_PAGE_1, LAYOUT_PAGE_2, LAYOUT_PAGE_3 } from './2024/layouts.js';

/** Every plan the platform knows, by year; a new year is added here as data. */
export const PLANS: readonly PlanDefinition[] = [PLAN_2024];

export const DEFAULT_PLAN_YEAR = 2024;

export function findPlan(year: number): PlanDefinition | undefined {
  return PLANS.find((p) => p.year === year);
}

export { PLAN_2024 };

export type DataFlagField = 'indicator' | 'schedule';

/** A place where the plan is silent or ambiguous, kept visible instead of guessed away. */
export interface DataFlag {
  field: DataFlagField;
  message: string;
}

/** An activity with what follows from its definition: entities, schedule reading, flags. */
export interface ResolvedActivity extends ActivityDefinition {
  entities: EntityCode[];
  marks: ScheduleMark[];
  plannedMonths: Month[];
  flags: DataFlag[];
}

/** What the plan leaves empty or ambiguous for an activity. */
export function activityFlags(indicator: string | null, marks: readonly ScheduleMark[]): DataFlag[] {
  const flags: DataFlag[] = [];
  if (indicator === null) flags.push({ field: 'indicator', message: 'El plan no define un indicador para esta actividad.' });
  for (const mark of marks) {
    if (mark.ambiguous && mark.note) flags.push({ field: 'schedule', message: mark.note });
  }
  return flags;
}

export function resolveActivity(activity: ActivityDefinition): ResolvedActivity {
  const marks = readSchedule(activity.schedule);
  return {
    ...activity,
    entities: entitiesOfUnits(activity.responsibleUnits),
    marks,
    plannedMonths: plannedMonthsOf(marks),
    flags: activityFlags(activity.indicator, marks),
  };
}
export * from './document.js';
export * from './reprogramming.js';
