import { describe, expect, it } from 'vitest';
import {
  checkReprogramming,
  describeReprogramming,
  originalProgramming,
  programmingAt,
  type ProgrammingSnapshot,
  type ReprogrammingRecord,
} from './reprogramming.js';
import { scheduleOfMonths } from './document.js';

const original: ProgrammingSnapshot = { targetValue: 50, schedule: scheduleOfMonths([5, 6, 7, 8]), unitCodes: ['SD'] };
const context = { year: 2025, unit: 'COUNT' as const, composition: false, knownUnits: new Set(['SD', 'SGP', 'DGIGND']), latestEffectiveDate: null };
const valid = { reason: 'Recorte presupuestal aprobado en junio.', document: 'Resolución Ministerial N° 045-2025-MIMP', effectiveDate: '2025-07-01' };

describe('reprogramming', () => {
  it('changes only what is given, keeping the rest', () => {
    const check = checkReprogramming({ ...valid, targetValue: 40 }, original, context);
    expect(check).toEqual({ ok: true, after: { ...original, targetValue: 40 }, ...valid });
    const months = checkReprogramming({ ...valid, plannedMonths: [9, 8, 8] }, original, context);
    expect(months.ok && months.after.schedule).toEqual(scheduleOfMonths([8, 9]));
  });

  it('measures each date against the programming in force on it, the original kept', () => {
    const first: ReprogrammingRecord = { ...valid, before: original, after: { ...original, targetValue: 40 } };
    const second: ReprogrammingRecord = { ...valid, effectiveDate: '2025-10-01', before: first.after, after: { ...first.after, unitCodes: ['SD', 'SGP'] } };
    const current = second.after;
    expect(programmingAt(current, [first, second], '2025-06-30')).toEqual(original);
    expect(programmingAt(current, [first, second], '2025-07-01').targetValue).toBe(40);
    expect(programmingAt(current, [first, second], '2025-12-31')).toEqual(current);
    expect(originalProgramming(current, [first, second])).toEqual(original);
    expect(programmingAt(original, [], '2025-12-31')).toEqual(original);
    expect(describeReprogramming(original, first.after)).toBe('meta de 50 a 40');
  });

  it('refuses what cannot be, saying every reason in Spanish', () => {
    const check = checkReprogramming({ targetValue: 40.5, unitCodes: ['JNE'], reason: 'corto', document: '', effectiveDate: '2025-02-30' }, original, {
      ...context,
      latestEffectiveDate: '2025-08-01',
    });
    expect(check).toEqual({
      ok: false,
      problems: [
        'Motivo: explique el motivo en al menos 10 caracteres.',
        'Documento: indique el documento que aprueba la reprogramación (p. ej. "Resolución Ministerial N° 045-2025-MIMP").',
        'Fecha de vigencia: debe ser una fecha válida (AAAA-MM-DD).',
      ],
    });
    const late = checkReprogramming({ ...valid, targetValue: 40.5, unitCodes: ['JNE'], effectiveDate: '2024-12-31' }, original, {
      ...context,
      latestEffectiveDate: '2025-08-01',
    });
    expect(late).toEqual({
      ok: false,
      problems: [
        'Fecha de vigencia: debe estar dentro del año del plan (2025).',
        'Fecha de vigencia: no puede ser anterior a la de la última reprogramación (2025-08-01).',
        'Nueva meta: una meta en número debe ser entera.',
        'Responsables: la unidad "JNE" no existe en el catálogo de entidades.',
      ],
    });
    expect(checkReprogramming({ ...valid, targetValue: 50 }, original, context)).toEqual({
      ok: false,
      problems: ['La reprogramación no cambia nada: indique una nueva meta, nuevos meses o nuevos responsables.'],
    });
    expect(checkReprogramming({ ...valid, targetValue: 210 }, original, { ...context, composition: true })).toMatchObject({
      ok: false,
      problems: ['Nueva meta: esta meta es la suma de sus partes; para cambiarla, edite las partes de la meta.'],
    });
  });
});
