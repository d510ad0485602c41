/**
 * Progress kept as additive changes by date, so that any cut-off date is answered by adding the
 * changes up to it: a woman counts once per activity, under the furthest outcome she has reached
 * by the date; when she reaches a further one, she leaves the first and joins the second.
 */
import type { Outcome } from './indicators.js';

/** Outcomes in the order "furthest" means (the API's SQL ranks them the same way). */
export const OUTCOME_RANKS: readonly Outcome[] = ['ENROLLED', 'ATTENDED', 'COMPLETED', 'APPROVED', 'ASSISTED'];

/** 1 (enrolled) … 5 (assisted). */
export function outcomeRank(outcome: Outcome): number {
  return OUTCOME_RANKS.indexOf(outcome) + 1;
}

export function outcomeOfRank(rank: number): Outcome {
  return OUTCOME_RANKS[rank - 1]!;
}

export interface RankEvent {
  /** "AAAA-MM-DD" of the execution. */
  date: string;
  rank: number;
}

export interface RankStep {
  date: string;
  rank: number;
  delta: 1 | -1;
}

/**
 * One woman's participations in one activity as changes of her furthest outcome: +1 under the
 * first outcome on its date, then -1/+1 each time she goes further. Adding the steps up to a date
 * gives 1 under her furthest outcome by that date, 0 elsewhere.
 */
export function furthestOutcomeSteps(events: readonly RankEvent[]): RankStep[] {
  const byDate = new Map<string, number>();
  for (const e of events) byDate.set(e.date, Math.max(byDate.get(e.date) ?? 0, e.rank));
  const steps: RankStep[] = [];
  let current = 0;
  for (const date of [...byDate.keys()].sort()) {
    const rank = byDate.get(date)!;
    if (rank <= current) continue;
    if (current > 0) steps.push({ date, rank: current, delta: -1 });
    steps.push({ date, rank, delta: 1 });
    current = rank;
  }
  return steps;
}
