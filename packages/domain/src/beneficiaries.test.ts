import { describe, expect, it } from 'vitest';
import { AUTHORITY_CENSUS_2024, LEADING_AUTHORITIES, OFFICES, groupSize, officeDefinition, womenInOffices } from './beneficiaries.js';

describe('beneficiary definitions of 2024', () => {
  it('has the presentation counts per office', () => {
    expect(Object.fromEntries(AUTHORITY_CENSUS_2024.counts.map((c) => [c.office, c.women]))).toEqual({
      GOBERNADORA: 2,
      VICEGOBERNADORA: 22,
      CONSEJERA_REGIONAL: 97,
      ALCALDESA_PROVINCIAL: 9,
      ALCALDESA_DISTRITAL: 99,
      REGIDORA_PROVINCIAL: 791,
      REGIDORA_DISTRITAL: 4352,
    });
    expect(womenInOffices(AUTHORITY_CENSUS_2024, OFFICES)).toBe(5372);
  });

  it('keeps the seats the plan states and their shares consistent', () => {
    const seats = Object.fromEntries(AUTHORITY_CENSUS_2024.counts.map((c) => [c.office, c.seats]));
    expect(seats).toMatchObject({ GOBERNADORA: 25, ALCALDESA_PROVINCIAL: 196, ALCALDESA_DISTRITAL: 1694 });
    for (const c of AUTHORITY_CENSUS_2024.counts) {
      if (c.seats && c.statedSharePercent) expect((c.women / c.seats) * 100).toBeCloseTo(c.statedSharePercent, 2);
    }
  });

  it('defines the 110 leading authorities (footnotes 7 and 11)', () => {
    expect(LEADING_AUTHORITIES.offices).toEqual(['GOBERNADORA', 'ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL']);
    expect(groupSize(LEADING_AUTHORITIES, AUTHORITY_CENSUS_2024)).toBe(110);
  });

  it('places each office in its level of government', () => {
    expect(officeDefinition('VICEGOBERNADORA').level).toBe('REGIONAL');
    expect(officeDefinition('REGIDORA_PROVINCIAL').level).toBe('PROVINCIAL');
    expect(officeDefinition('ALCALDESA_DISTRITAL')).toMatchObject({ level: 'DISTRICT', leadsGovernment: true });
  });
});
