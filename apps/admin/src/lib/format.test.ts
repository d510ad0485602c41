import { describe, expect, it } from 'vitest';
import { parseDateInput } from './dates';
import { formatDate, formatDateTime, formatInteger, formatPercent, monthList, monthName } from './format';

describe('es-PE formats', () => {
  it('formats dates, numbers and months as read in Peru', () => {
    expect(formatDate('2024-06-30')).toBe('30/06/2024');
    expect(formatInteger(5372)).toBe(new Intl.NumberFormat('es-PE').format(5372));
    expect(formatPercent(60)).toMatch(/^60\s?%$/);
    expect(monthName(9)).toBe('setiembre');
    expect(monthName(1, true)).toBe('Enero');
    expect(monthList([8, 9])).toBe('agosto y setiembre');
    expect(monthList([4, 5, 6])).toBe('abril, mayo y junio');
    // Moments in Lima time, whatever the computer's time zone.
    expect(formatDateTime('2024-06-01T03:30:00Z')).toBe('31/05/2024, 22:30');
    expect(formatDateTime('no es una fecha')).toBe('no es una fecha');
  });

  it('reads typed dates in dd/mm/aaaa or ISO form', () => {
    expect(parseDateInput('15/06/2024')).toBe('2024-06-15');
    expect(parseDateInput('5-6-2024')).toBe('2024-06-05');
    expect(parseDateInput('2024-06-15')).toBe('2024-06-15');
    expect(parseDateInput('31/02/2024')).toBeNull();
    expect(parseDateInput('junio')).toBeNull();
  });
});
