import { describe, expect, it } from 'vitest';
import { furthestOutcomeSteps, outcomeOfRank, outcomeRank } from './aggregates.js';

/** The rank counted at a date by adding the steps, as the API's read does. */
function rankAt(steps: ReturnType<typeof furthestOutcomeSteps>, date: string): number[] {
  const sums = new Map<number, number>();
  for (const s of steps) if (s.date <= date) sums.set(s.rank, (sums.get(s.rank) ?? 0) + s.delta);
  return [...sums].filter(([, n]) => n !== 0).map(([rank, n]) => (n === 1 ? rank : -rank));
}

describe('furthestOutcomeSteps', () => {
  it('counts a woman once, under her furthest outcome at each date', () => {
    const steps = furthestOutcomeSteps([
      { date: '2024-05-09', rank: outcomeRank('ENROLLED') },
      { date: '2024-06-20', rank: outcomeRank('COMPLETED') },
      { date: '2024-06-01', rank: outcomeRank('ATTENDED') },
      // A later session with a lesser outcome changes nothing.
      { date: '2024-07-01', rank: outcomeRank('ATTENDED') },
    ]);
    expect(rankAt(steps, '2024-05-08')).toEqual([]);
    expect(rankAt(steps, '2024-05-31')).toEqual([1]);
    expect(rankAt(steps, '2024-06-10')).toEqual([2]);
    expect(rankAt(steps, '2024-12-31')).toEqual([3]);
    expect(steps).toHaveLength(5);
  });

  it('keeps the furthest of the same day, and nothing for no participation', () => {
    expect(furthestOutcomeSteps([])).toEqual([]);
    expect(
      furthestOutcomeSteps([
        { date: '2024-05-09', rank: 1 },
        { date: '2024-05-09', rank: 4 },
      ]),
    ).toEqual([{ date: '2024-05-09', rank: 4, delta: 1 }]);
    expect(outcomeOfRank(outcomeRank('APPROVED'))).toBe('APPROVED');
  });
});
