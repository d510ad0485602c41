import { describe, expect, it } from 'vitest';
import { formatInUnit, lastMonthOver, periodLabel } from './format.js';

describe('follow-up report periods', () => {
  it('names a period of months in Spanish', () => {
    expect(periodLabel(2024, 1, 6)).toBe('enero a junio de 2024');
    expect(periodLabel(2024, 9, 9)).toBe('setiembre de 2024');
  });

  it('ends by default with the last month already over', () => {
    expect(lastMonthOver(2024, { year: 2024, month: 7 })).toBe(6);
    expect(lastMonthOver(2023, { year: 2024, month: 7 })).toBe(12);
    expect(lastMonthOver(2024, { year: 2024, month: 1 })).toBe(1);
    expect(lastMonthOver(2025, { year: 2024, month: 7 })).toBe(1);
  });

  it('writes a figure in its unit', () => {
    expect(formatInUnit(40, 'PERCENT')).toBe('40%');
    expect(formatInUnit(2.25, 'NUMBER')).toBe('2.3');
  });
});
