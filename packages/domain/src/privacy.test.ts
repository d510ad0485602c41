import { describe, expect, it } from 'vitest';
import { monthEndCutoff, suppressSmallCells, MIN_CELL_COUNT } from './privacy.js';

describe('suppressSmallCells', () => {
  it('hides every cell of one to four women, and keeps zeros and larger cells', () => {
    expect(suppressSmallCells([0, 1, 4, 5, 30]).map((c) => c.count)).toEqual([0, null, null, 5, 30]);
  });

  it('hides a second cell when one hidden cell could be recovered from the total', () => {
    expect(suppressSmallCells([2, 7, 40, 0]).map((c) => c.count)).toEqual([null, null, 40, 0]);
    expect(suppressSmallCells([12, 40]).map((c) => c.count)).toEqual([12, 40]);
  });

  it('never leaves a value between 1 and the threshold, for any list', () => {
    for (let trial = 0; trial < 500; trial++) {
      const counts = Array.from({ length: 1 + (trial % 25) }, (_, i) => ((trial * 7 + i * 13) % 11) * (i % 3));
      const cells = suppressSmallCells(counts);
      expect(cells.every((c) => c.count === null || c.count === 0 || c.count >= MIN_CELL_COUNT)).toBe(true);
      const nonZero = counts.filter((n) => n > 0).length;
      if (nonZero > 1) expect(cells.filter((c) => c.suppressed).length).not.toBe(1);
    }
  });
});

describe('monthEndCutoff', () => {
  it('moves a date inside a month back to the end of the previous month', () => {
    expect(monthEndCutoff({ year: 2024, month: 6, day: 30 } as never)).toEqual({ year: 2024, month: 6, day: 30 });
    expect(monthEndCutoff({ year: 2024, month: 6, day: 29 } as never)).toEqual({ year: 2024, month: 5, day: 31 });
    expect(monthEndCutoff({ year: 2024, month: 3, day: 1 } as never)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(monthEndCutoff({ year: 2024, month: 1, day: 15 } as never)).toEqual({ year: 2023, month: 12, day: 31 });
  });
});
