import { describe, expect, it } from 'vitest';
import { compositionPartOf, compositionProgress, countProgress, groupShareProgress, percentage, rateProgress, requiredForShare } from './indicators.js';
import { PLAN_2024 } from './plan/index.js';

describe('countProgress', () => {
  it('reports progress of a count target', () => {
    expect(countProgress(37, 150)).toEqual({ achieved: 37, target: 150, percentOfTarget: (37 / 150) * 100, remaining: 113, met: false });
  });

  it('keeps surplus visible and marks the target met', () => {
    const progress = countProgress(160, 150);
    expect(progress.percentOfTarget).toBeCloseTo(106.667, 3);
    expect(progress.remaining).toBe(0);
    expect(progress.met).toBe(true);
  });

  it('rejects negative or fractional counts and empty targets', () => {
    expect(() => countProgress(-1, 10)).toThrow(RangeError);
    expect(() => countProgress(1.5, 10)).toThrow(RangeError);
    expect(() => countProgress(1, 0)).toThrow(RangeError);
  });
});

describe('percentage (A/B)×100 of footnote 5', () => {
  it('computes the share', () => {
    expect(percentage(18, 24)).toBe(75);
    expect(percentage(1, 3)).toBeCloseTo(33.333, 3);
  });

  it('has no value without enrolment', () => {
    expect(percentage(0, 0)).toBeNull();
  });
});

describe('rateProgress (activity 1.8: 60% of the enrolled pass)', () => {
  it('measures the pass rate against the 60% target', () => {
    const progress = rateProgress(18, 24, 60);
    expect(progress.achieved).toBe(75);
    expect(progress.percentOfTarget).toBe(125);
    expect(progress.met).toBe(true);
    expect(progress).toMatchObject({ numerator: 18, denominator: 24, remaining: 0 });
  });

  it('falls short below the target and reports the gap in points', () => {
    const progress = rateProgress(11, 20, 60);
    expect(progress.achieved).toBe(55);
    expect(progress.remaining).toBe(5);
    expect(progress.met).toBe(false);
  });

  it('is zero before anyone enrols', () => {
    expect(rateProgress(0, 0, 60)).toMatchObject({ achieved: 0, percentOfTarget: 0, met: false });
  });

  it('refuses more approved than enrolled', () => {
    expect(() => rateProgress(5, 4, 60)).toThrow(RangeError);
  });
});

describe('group share (activity 3.1: 60% of the 110 leading authorities)', () => {
  it('needs 66 of 110, rounding up', () => {
    expect(requiredForShare(110, 60)).toBe(66);
    expect(requiredForShare(110, 61)).toBe(68); // 67.1 → 68
    expect(requiredForShare(3, 50)).toBe(2); // 1.5 → 2
  });

  it('reports the share reached and how many more are needed', () => {
    const progress = groupShareProgress(40, 110, 60);
    expect(progress.achieved).toBeCloseTo(36.364, 3);
    expect(progress.required).toBe(66);
    expect(progress.missing).toBe(26);
    expect(progress.met).toBe(false);
    expect(progress.percentOfTarget).toBeCloseTo(60.606, 3);
  });

  it('is met at exactly 66', () => {
    const progress = groupShareProgress(66, 110, 60);
    expect(progress).toMatchObject({ met: true, missing: 0 });
    expect(progress.achieved).toBeCloseTo(60, 10);
  });

  it('cannot reach more than the group', () => {
    expect(() => groupShareProgress(111, 110, 60)).toThrow(RangeError);
  });
});

describe('compositionProgress (activity 1.9: 200 = 2 + 10 + 48 + 100 + 40)', () => {
  const activity = PLAN_2024.activities.find((a) => a.code === '1.9');
  if (activity?.rule.kind !== 'COMPOSITION') throw new Error('1.9 must be a composition target');
  const parts = activity.rule.parts;

  it('matches footnote 6', () => {
    expect(parts.map((p) => [p.key, p.value])).toEqual([
      ['GOBERNADORAS', 2],
      ['VICEGOBERNADORAS', 10],
      ['ALCALDESAS', 48],
      ['REGIDORAS', 100],
      ['CONSEJERAS', 40],
    ]);
    expect(parts.reduce((s, p) => s + p.value, 0)).toBe(activity.target.value);
  });

  it('does not let a surplus in one part cover another', () => {
    const progress = compositionProgress(parts, { GOBERNADORAS: 2, VICEGOBERNADORAS: 7, ALCALDESAS: 60, REGIDORAS: 20 });
    expect(progress.achieved).toBe(89);
    expect(progress.parts.map((p) => p.counted)).toEqual([2, 7, 48, 20, 0]);
    expect(progress.percentOfTarget).toBeCloseTo((77 / 200) * 100, 10);
    expect(progress.remaining).toBe(123);
    expect(progress.met).toBe(false);
  });

  it('is met when every part is met', () => {
    const full = Object.fromEntries(parts.map((p) => [p.key, p.value]));
    expect(compositionProgress(parts, full)).toMatchObject({ met: true, percentOfTarget: 100, remaining: 0 });
  });

  it('maps an office to its part', () => {
    expect(compositionPartOf(parts, 'REGIDORA_DISTRITAL')?.key).toBe('REGIDORAS');
    expect(compositionPartOf(parts, 'ALCALDESA_PROVINCIAL')?.key).toBe('ALCALDESAS');
  });
});
