import { describe, expect, it } from 'vitest';
import { UNITS } from '../entities.js';
import { PLAN_2024 } from './index.js';
import { parsePlanDocument, planDocumentOf, plannedMonthsOfDocument, publishProblems, scheduleOfMonths, type PlanDocument } from './document.js';
import { resolveActivity } from './index.js';

const catalogue = { unitCodes: new Set(UNITS.map((u) => u.code)) };
const plan2024 = planDocumentOf(PLAN_2024);

describe('the plan document', () => {
  it('holds the 2024 plan whole: it parses, survives JSON and has nothing to fix before publishing', () => {
    const parsed = parsePlanDocument(JSON.parse(JSON.stringify(plan2024)));
    expect(parsed).toEqual({ ok: true, plan: plan2024 });
    expect(publishProblems(plan2024, catalogue)).toEqual([]);
    expect(plan2024.activities).toHaveLength(19);
    // Each activity's planned months and ambiguity are the ones read from the PDF layout.
    for (const definition of PLAN_2024.activities) {
      const document = plan2024.activities.find((a) => a.code === definition.code)!;
      expect(plannedMonthsOfDocument(document)).toEqual(resolveActivity(definition).plannedMonths);
    }
    const a12 = plan2024.activities.find((a) => a.code === '1.2')!;
    expect(a12.schedule.filter((m) => m.candidates.length > 1)).toEqual([{ candidates: [9, 10], reading: [9, 10], note: expect.stringContaining('fusiona') }]);
  });

  it('names every malformed field in Spanish, with the activity it belongs to', () => {
    const broken = JSON.parse(JSON.stringify(plan2024)) as Record<string, any>;
    broken.year = 1999;
    broken.activities[3].target.value = -5;
    broken.activities[3].rule = { kind: 'MAGIC' };
    broken.activities[5].schedule = [{ candidates: [13], reading: [13] }];
    broken.activities[6].rule.offices = ['ALCALDE'];
    broken.activities[7].footnotes = ['cinco'];
    const result = parsePlanDocument(broken);
    expect(result.ok).toBe(false);
    const problems = (result as { problems: string[] }).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'Año: debe estar entre 2000 y 2100.',
        'Actividad 1.4: Meta: debe ser mayor que 0.',
        'Actividad 1.4: Regla: "MAGIC" no es un tipo de regla válido.',
        'Actividad 1.6: Mes: debe ir del 1 al 12.',
        'Actividad 1.7: Cargo "ALCALDE": no es un cargo válido.',
        // zod's own Spanish message, with the field's name added.
        expect.stringMatching(/^Actividad 1\.8 › notas al pie: .*número/),
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('lists every problem that keeps a plan from being published, and none twice', () => {
    const draft: PlanDocument = {
      ...plan2024,
      year: 2025,
      footnotes: plan2024.footnotes.filter((f) => f.number !== 5),
      activities: [
        // No unit, no month, no DS alignment (a missing indicator is flagged, as in 2024's 2.4 and 3.3, not refused).
        { ...plan2024.activities[0]!, responsibleUnits: [], indicator: null, schedule: [], strategyObjectives: [] },
        // A percentage target measured by a count rule, and a unit nobody has.
        { ...plan2024.activities[1]!, responsibleUnits: ['JNE-DNEF'], target: { ...plan2024.activities[1]!.target, unit: 'PERCENT', value: 60 } },
        // A composition that adds up to 199 for a target of 200.
        (() => {
          const a19 = plan2024.activities.find((a) => a.code === '1.9')!;
          if (a19.rule.kind !== 'COMPOSITION') throw new Error('fixture');
          return { ...a19, rule: { ...a19.rule, parts: a19.rule.parts.map((p, i) => (i === 0 ? { ...p, value: p.value - 1 } : p)) } };
        })(),
        // Footnote 5 removed above, still cited; objective 7 does not exist.
        { ...plan2024.activities.find((a) => a.code === '1.8')!, objective: '7' },
      ],
    };
    expect(publishProblems(draft, catalogue)).toEqual([
      'Actividad 1.1: no tiene unidad responsable.',
      'Actividad 1.1: no tiene ningún mes programado.',
      'Actividad 1.1: no está alineada a ningún objetivo de la estrategia (columna DS).',
      'Actividad 1.2: la unidad responsable "JNE-DNEF" no existe en el catálogo de entidades.',
      expect.stringMatching(/^Actividad 1\.2: una meta en porcentaje no se mide con la regla «Número de mujeres autoridades distintas/),
      'Actividad 1.9: las partes de la meta suman 199, no 200.',
      'Actividad 1.8: el objetivo específico 7 no existe en el plan.',
      'Actividad 1.8: el código debe empezar por el de su objetivo específico (7.).',
      'Actividad 1.8: la nota al pie 5 no existe en el plan.',
    ]);
  });

  it('turns the editor’s month strip into a schedule', () => {
    expect(scheduleOfMonths([6, 4, 4, 11])).toEqual([
      { candidates: [4], reading: [4], note: null },
      { candidates: [6], reading: [6], note: null },
      { candidates: [11], reading: [11], note: null },
    ]);
  });
});
