import { describe, expect, it } from 'vitest';
import { ACTIVITY_1_4, PLAN_2025 } from './fixtures';
import {
  activityValues,
  checkActivity,
  emptyActivity,
  knownRule,
  parseFootnoteNumbers,
  ruleValues,
  scheduleOf,
  toPlanActivityInput,
  type ActivityFormValues,
} from './planActivityForm';

const context = { plan: PLAN_2025, unitCodes: new Set(['SD', 'SGP', 'DGIGND', 'MIMP']), otherCodes: ['1.1', '1.4'], isNew: false };

describe('the activity form', () => {
  it('reads the rule from the domain’s plans: exact for their year, assumed for a copy', () => {
    expect(knownRule(2024, '1.4')).toMatchObject({ fromYear: 2024, assumed: false, rule: { kind: 'DISTINCT_AUTHORITIES', outcome: 'COMPLETED' } });
    expect(knownRule(2025, '1.9')).toMatchObject({ fromYear: 2024, assumed: true, rule: { kind: 'COMPOSITION' } });
    expect(knownRule(2025, '4.1')).toBeNull();
    expect(knownRule(2023, '1.4')).toBeNull();
  });

  it('turns an activity into the savePlanActivity input, unchanged when nothing was edited', () => {
    const values = activityValues(ACTIVITY_1_4, knownRule(2025, '1.4')!.rule);
    const check = checkActivity(values, context);
    expect(check.errors).toEqual([]);
    expect(check.toPublish).toEqual([]);
    expect(toPlanActivityInput(check.activity!)).toEqual({
      code: '1.4',
      objective: '1',
      name: 'Capacitación en Gestión Pública Municipal',
      responsibleUnits: ['SD'],
      target: { value: 50, unit: 'COUNT', counted: 'AUTHORITIES', description: '50 mujeres autoridades capacitadas.' },
      indicator: 'N° de mujeres autoridades capacitadas.',
      plannedMonths: [5, 6, 7, 8],
      strategyObjectives: ['Obj1'],
      footnotes: [4],
      rule: {
        kind: 'DISTINCT_AUTHORITIES',
        outcome: 'COMPLETED',
        offices: ['ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL', 'REGIDORA_PROVINCIAL', 'REGIDORA_DISTRITAL'],
      },
      interpretation: null,
    });
  });

  it('keeps an ambiguous mark while the months stay, and plain months once they change', () => {
    const marks = [
      { candidates: [9, 10], reading: [10], note: 'La marca está bajo setiembre y octubre.' },
      { candidates: [12], reading: [12], note: null },
    ];
    expect(scheduleOf({ months: [10, 12], savedSchedule: marks })).toBe(marks);
    expect(scheduleOf({ months: [11, 12], savedSchedule: marks })).toEqual([
      { candidates: [11], reading: [11], note: null },
      { candidates: [12], reading: [12], note: null },
    ]);
    const values: ActivityFormValues = { ...activityValues(ACTIVITY_1_4, knownRule(2024, '1.4')!.rule), months: [10, 12], savedSchedule: marks };
    expect(toPlanActivityInput(checkActivity(values, context).activity!)).toMatchObject({ schedule: marks });
    expect(toPlanActivityInput(checkActivity(values, context).activity!)).not.toHaveProperty('plannedMonths');
  });

  it('stops what the API would refuse, in Spanish, and lists what publishing will need', () => {
    const blank = checkActivity(emptyActivity('1'), { ...context, isNew: true });
    expect(blank.activity).toBeNull();
    expect(blank.errors).toEqual([
      'Regla: elija cómo se calcula el avance.',
      'Actividad 1.: Código de actividad: debe ser como "1.4".',
      'Actividad 1.: Nombre de la actividad: está vacío.',
      'Actividad 1.: Meta: debe ser un número.',
    ]);
    // A new activity may not take an existing code; footnotes must be numbers.
    const copy = checkActivity({ ...activityValues(ACTIVITY_1_4, ruleValuesOf('1.4')), footnotes: '4, cinco' }, { ...context, isNew: true });
    expect(copy.errors).toEqual([
      'Ya existe la actividad 1.4 en el plan: edítela desde la tabla.',
      'Notas al pie: escriba los números de las notas separados por comas (p. ej. 4, 5).',
    ]);
    // Saved as a draft, but not publishable: a percentage over 100 measured with a count rule, no months, an unknown unit.
    const incomplete = checkActivity(
      { ...activityValues(ACTIVITY_1_4, ruleValuesOf('1.4')), targetUnit: 'PERCENT', targetValue: 120, months: [], savedSchedule: null, units: ['DNEF'] },
      context,
    );
    expect(incomplete.errors).toEqual([]);
    expect(incomplete.toPublish).toEqual([
      'Actividad 1.4: la unidad responsable "DNEF" no existe en el catálogo de entidades.',
      'Actividad 1.4: no tiene ningún mes programado.',
      'Actividad 1.4: una meta en porcentaje no se mide con la regla «Número de mujeres autoridades distintas con un resultado (cada una cuenta una vez)».',
      'Actividad 1.4: una meta en porcentaje no puede pasar de 100.',
    ]);
  });

  it('checks a composed target against the sum of its parts', () => {
    const rule = { ...ruleValues(knownRule(2024, '1.9')!.rule) };
    const values = { ...activityValues(ACTIVITY_1_4, null), code: '1.9', rule, targetValue: 210 as const };
    expect(checkActivity(values, context).toPublish).toEqual(['Actividad 1.9: las partes de la meta suman 200, no 210.']);
    const broken = { ...values, rule: { ...rule, parts: [{ key: 'gob-1', label: '', value: '' as const, offices: [] }] } };
    expect(checkActivity(broken, context).errors).toEqual([
      'Actividad 1.9: Clave de la parte: solo mayúsculas, dígitos y "_".',
      'Actividad 1.9: Nombre de la parte: está vacío.',
      'Actividad 1.9: Meta de la parte: debe ser un entero mayor que 0.',
      'Actividad 1.9: Cargos: indique al menos un cargo que cuenta.',
      'Actividad 1.9: Meta compuesta: necesita al menos dos partes.',
    ]);
  });

  it('reads footnote numbers', () => {
    expect(parseFootnoteNumbers('5, 4; 4 7')).toEqual([4, 5, 7]);
    expect(parseFootnoteNumbers('')).toEqual([]);
    expect(parseFootnoteNumbers('4, nota')).toBeNull();
    expect(parseFootnoteNumbers('0')).toBeNull();
  });
});

function ruleValuesOf(code: string) {
  return knownRule(2024, code)!.rule;
}
