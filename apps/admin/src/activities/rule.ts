import { OUTCOMES, allowedOutcomes, findPlan, type IndicatorRule, type Outcome } from '@gj/domain';

/**
 * The indicator rule of an activity, from the domain's plan data (the API computes with the same).
 * Null for a plan-year the domain does not carry (a plan created in the app): the API does not
 * return activities' rules yet.
 */
export function activityRule(year: number, code: string): IndicatorRule | null {
  return findPlan(year)?.activities.find((a) => a.code === code)?.rule ?? null;
}

/** Outcomes a participant of the activity may get; all of them when the rule is unknown (the API checks them). */
export function outcomesFor(rule: IndicatorRule | null): readonly Outcome[] {
  return rule ? allowedOutcomes(rule) : OUTCOMES;
}

/**
 * The outcome offered first when adding participants: the one the indicator counts (for a
 * pass rate, enrolment, which the rate is computed over).
 */
export function defaultOutcome(rule: IndicatorRule | null): Outcome | null {
  if (!rule) return null;
  switch (rule.kind) {
    case 'DISTINCT_AUTHORITIES':
    case 'COMPOSITION':
    case 'GROUP_SHARE':
      return rule.outcome;
    case 'PASS_RATE':
      return rule.denominator;
    case 'ACTION_COUNT':
      return 'ATTENDED';
  }
}
