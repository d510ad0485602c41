import { describe, expect, it } from 'vitest';
import { AUTHORITY_CENSUS_2024, LEADING_AUTHORITIES, groupSize } from './beneficiaries.js';
import { censusOf, censusProblems, isTermStart, termLabel, termOf } from './terms.js';

describe('terms of office', () => {
  it('runs four years from the January after the October elections', () => {
    expect(termOf(2024)).toEqual({ start: 2023, end: 2026 });
    expect(termOf(2026)).toEqual({ start: 2023, end: 2026 });
    expect(termOf(2027)).toEqual({ start: 2027, end: 2030 });
    expect(termOf(2022)).toEqual({ start: 2019, end: 2022 });
    expect(termLabel(termOf(2030))).toBe('2027–2030');
    expect([2019, 2023, 2027, 2031].every(isTermStart)).toBe(true);
    expect([2024, 2028].some(isTermStart)).toBe(false);
  });

  it('accepts a complete census and names every problem of an incomplete one', () => {
    const input = {
      source: AUTHORITY_CENSUS_2024.source,
      counts: AUTHORITY_CENSUS_2024.counts.map((c) => ({ office: c.office, women: c.women, seats: c.seats })),
    };
    expect(censusProblems(input)).toEqual([]);
    expect(groupSize(LEADING_AUTHORITIES, censusOf(termOf(2023), input))).toBe(110);
    expect(
      censusProblems({
        source: 'JNE',
        counts: [
          { office: 'GOBERNADORA', women: 30, seats: 25 },
          { office: 'GOBERNADORA', women: 2 },
          { office: 'ALCALDE', women: 1 },
          { office: 'REGIDORA_DISTRITAL', women: -1 },
        ],
      }),
    ).toEqual([
      'Indique la fuente del censo (p. ej. el oficio del JNE con su fecha).',
      'Gobernadoras regionales: hay más mujeres (30) que cargos (25).',
      'Gobernadoras regionales: el cargo figura dos veces.',
      'El cargo "ALCALDE" no es válido.',
      'Regidoras distritales: el número de mujeres debe ser un entero desde 0.',
      'Faltan cargos en el censo: vicegobernadoras regionales, consejeras regionales, alcaldesas provinciales, alcaldesas distritales, regidoras provinciales.',
    ]);
  });
});
