import { PLANS } from '@gj/domain';
import { planYearOf } from './cutoff';

/** Years with a plan, from the domain package (the API loads the same plans). */
export const PLAN_YEARS: readonly number[] = PLANS.map((p) => p.year);

/** The plan a cut-off date is read against: its own year's, or the nearest one. */
export function usePlanYear(asOf: string): number {
  return planYearOf(asOf, PLAN_YEARS);
}
