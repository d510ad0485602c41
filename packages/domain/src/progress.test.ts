import { describe, expect, it } from 'vitest';
import { allowedOutcomes, furthestOutcome, outcomeSatisfies } from './execution.js';
import { PLAN_2024 } from './plan/index.js';
import { activityProgress, type ParticipationCount } from './progress.js';

const rule = (code: string) => {
  const activity = PLAN_2024.activities.find((a) => a.code === code)!;
  return { rule: activity.rule, target: activity.target.value };
};

const row = (office: ParticipationCount['office'], outcome: ParticipationCount['outcome'], authorities: number, departmentCode = '15'): ParticipationCount => ({
  office,
  outcome,
  authorities,
  departmentCode,
});

describe('outcomes', () => {
  it('treats training outcomes as a progression', () => {
    expect(outcomeSatisfies('APPROVED', 'COMPLETED')).toBe(true);
    expect(outcomeSatisfies('COMPLETED', 'APPROVED')).toBe(false);
    expect(outcomeSatisfies('ASSISTED', 'COMPLETED')).toBe(false);
    expect(outcomeSatisfies('ASSISTED', 'ASSISTED')).toBe(true);
    expect(furthestOutcome('ATTENDED', 'COMPLETED')).toBe('COMPLETED');
  });

  it('allows the outcomes an activity’s indicator can use', () => {
    expect(allowedOutcomes(rule('2.1').rule)).toEqual(['ASSISTED']);
    expect(allowedOutcomes(rule('1.8').rule)).toEqual(['ENROLLED', 'ATTENDED', 'COMPLETED', 'APPROVED']);
  });
});

describe('activityProgress', () => {
  it('1.1 counts authorities that completed, not those who only attended', () => {
    const { rule: r, target } = rule('1.1');
    const p = activityProgress(r, target, {
      actions: 0,
      participations: [row('REGIDORA_DISTRITAL', 'COMPLETED', 20), row('ALCALDESA_DISTRITAL', 'APPROVED', 10, '04'), row('REGIDORA_DISTRITAL', 'ATTENDED', 7)],
    });
    expect(p).toMatchObject({ achieved: 30, target: 150, percentOfTarget: 20 });
    expect(p.byOffice).toEqual([
      { key: 'ALCALDESA_DISTRITAL', count: 10 },
      { key: 'REGIDORA_DISTRITAL', count: 20 },
    ]);
    expect(p.byDepartment).toEqual([
      { key: '04', count: 10 },
      { key: '15', count: 20 },
    ]);
  });

  it('1.3 counts alcaldesas only', () => {
    const { rule: r, target } = rule('1.3');
    const p = activityProgress(r, target, {
      actions: 0,
      participations: [row('ALCALDESA_PROVINCIAL', 'ATTENDED', 3), row('ALCALDESA_DISTRITAL', 'ATTENDED', 11), row('REGIDORA_PROVINCIAL', 'ATTENDED', 9)],
    });
    expect(p.achieved).toBe(14);
    expect(p.percentOfTarget).toBe(20);
  });

  it('1.7 counts gobernadoras, vicegobernadoras and alcaldesas', () => {
    const { rule: r, target } = rule('1.7');
    const p = activityProgress(r, target, {
      actions: 0,
      participations: [
        row('GOBERNADORA', 'COMPLETED', 1),
        row('VICEGOBERNADORA', 'COMPLETED', 5),
        row('ALCALDESA_DISTRITAL', 'COMPLETED', 4),
        row('CONSEJERA_REGIONAL', 'COMPLETED', 8),
      ],
    });
    expect(p.achieved).toBe(10);
    expect(p.percentOfTarget).toBe(25);
  });

  it('1.8 is approved ÷ enrolled × 100', () => {
    const { rule: r, target } = rule('1.8');
    const p = activityProgress(r, target, {
      actions: 0,
      participations: [row('REGIDORA_PROVINCIAL', 'APPROVED', 9), row('REGIDORA_PROVINCIAL', 'COMPLETED', 3), row('ALCALDESA_DISTRITAL', 'ENROLLED', 4)],
    });
    expect(p).toMatchObject({ numerator: 9, denominator: 16, achieved: 56.25, met: false });
    expect(p.percentOfTarget).toBeCloseTo(93.75, 10);
  });

  it('3.1 is the share of the 110 leaders assisted, with how many more reach 66', () => {
    const { rule: r, target } = rule('3.1');
    const p = activityProgress(r, target, {
      actions: 0,
      participations: [
        row('GOBERNADORA', 'ASSISTED', 1),
        row('ALCALDESA_PROVINCIAL', 'ASSISTED', 4),
        row('ALCALDESA_DISTRITAL', 'ASSISTED', 39),
        row('REGIDORA_DISTRITAL', 'ASSISTED', 50),
      ],
    });
    expect(p).toMatchObject({ numerator: 44, denominator: 110, required: 66, missing: 22, achieved: 40, warnings: [] });
    expect(p.percentOfTarget).toBeCloseTo(66.667, 3);
  });

  it('3.1 flags a register holding more leaders than the census instead of capping silently', () => {
    const { rule: r, target } = rule('3.1');
    // 115 leaders assisted (replacements or duplicates in the register) against 110 in the census.
    const p = activityProgress(r, target, {
      actions: 0,
      participations: [row('GOBERNADORA', 'ASSISTED', 2), row('ALCALDESA_PROVINCIAL', 'ASSISTED', 9), row('ALCALDESA_DISTRITAL', 'ASSISTED', 104)],
    });
    expect(p).toMatchObject({ numerator: 110, denominator: 110, achieved: 100, met: true });
    expect(p.byOffice.reduce((n, o) => n + o.count, 0)).toBe(115);
    expect(p.warnings).toEqual([
      expect.stringMatching(/^Se cuentan 115 mujeres alcanzadas del grupo «.+», pero el grupo tiene 110 según Oficio N° 000309-2024-SG\/JNE/),
    ]);
    expect(p.warnings[0]).toContain('el avance se calcula sobre 110');
  });

  it('1.9 counts a surplus part only up to its own target', () => {
    const { rule: r, target } = rule('1.9');
    const p = activityProgress(r, target, {
      actions: 0,
      participations: [
        row('GOBERNADORA', 'COMPLETED', 2),
        row('VICEGOBERNADORA', 'COMPLETED', 10),
        row('ALCALDESA_DISTRITAL', 'COMPLETED', 48),
        row('REGIDORA_DISTRITAL', 'COMPLETED', 140),
      ],
    });
    expect(p).toMatchObject({ achieved: 200, counted: 160, remaining: 40, met: false, percentOfTarget: 80 });
  });

  it('1.9 reports each part of the composition', () => {
    const { rule: r, target } = rule('1.9');
    const p = activityProgress(r, target, {
      actions: 0,
      participations: [
        row('GOBERNADORA', 'COMPLETED', 2),
        row('VICEGOBERNADORA', 'COMPLETED', 7),
        row('ALCALDESA_PROVINCIAL', 'COMPLETED', 10),
        row('ALCALDESA_DISTRITAL', 'COMPLETED', 20),
      ],
    });
    expect(p.parts.map((x) => [x.key, x.achieved, x.target])).toEqual([
      ['GOBERNADORAS', 2, 2],
      ['VICEGOBERNADORAS', 7, 10],
      ['ALCALDESAS', 30, 48],
      ['REGIDORAS', 0, 100],
      ['CONSEJERAS', 0, 40],
    ]);
    expect(p.achieved).toBe(39);
    expect(p.percentOfTarget).toBe(19.5);
  });

  it('2.2 counts governments by level', () => {
    const { rule: r, target } = rule('2.2');
    const p = activityProgress(r, target, { actions: 0, participations: [row('GOBERNADORA', 'ASSISTED', 2), row('ALCALDESA_DISTRITAL', 'ASSISTED', 12)] });
    expect(p.parts.map((x) => `${x.label} ${x.achieved}/${x.target}`)).toEqual([
      'Gobiernos regionales 2/2',
      'Municipalidades provinciales 0/3',
      'Municipalidades distritales 12/25',
    ]);
  });

  it('3.2 counts dissemination actions', () => {
    const { rule: r, target } = rule('3.2');
    expect(activityProgress(r, target, { actions: 3, participations: [] })).toMatchObject({ achieved: 3, target: 5, percentOfTarget: 60 });
  });
});
