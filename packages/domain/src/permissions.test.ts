import { describe, expect, it } from 'vitest';
import { canEditExecution, executionEditRefusal } from './permissions.js';

describe('who may change an execution', () => {
  const osce = { role: 'FOCAL_POINT', entityCode: 'OSCE' } as const;
  const mimp = { role: 'FOCAL_POINT', entityCode: 'MIMP' } as const;
  const coordination = { role: 'COORDINATOR', entityCode: 'MIMP' } as const;

  it('lets a focal point change only what her entity recorded, and the coordination everything', () => {
    expect(canEditExecution(osce, { entityCode: 'OSCE' })).toBe(true);
    expect(canEditExecution(osce, { entityCode: 'MIMP' })).toBe(false);
    expect(canEditExecution(mimp, { entityCode: 'OSCE' })).toBe(false);
    expect(canEditExecution(coordination, { entityCode: 'OSCE' })).toBe(true);
    expect(canEditExecution(coordination, { entityCode: null })).toBe(true);
    expect(canEditExecution(osce, { entityCode: null })).toBe(false);
    expect(canEditExecution({ role: 'INTEGRATOR', entityCode: null }, { entityCode: 'OSCE' })).toBe(false);
    expect(canEditExecution(null, { entityCode: 'OSCE' })).toBe(false);
  });

  it('says in Spanish who recorded it and who may change it', () => {
    expect(executionEditRefusal(osce, { entityCode: 'MIMP' })).toBe('Esta ejecución la registró MIMP: solo MIMP o la coordinación pueden modificarla.');
    expect(executionEditRefusal(mimp, { entityCode: 'CGR' }, 'Contraloría')).toBe(
      'Esta ejecución la registró Contraloría: solo Contraloría o la coordinación pueden modificarla.',
    );
    expect(executionEditRefusal(osce, { entityCode: null })).toBe('No consta qué entidad registró esta ejecución: solo la coordinación puede modificarla.');
    expect(executionEditRefusal(osce, { entityCode: 'OSCE' })).toBeNull();
  });
});
