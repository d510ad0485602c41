import { describe, expect, it } from 'vitest';
import { can } from './permissions.js';
import { normalizeText, personSearchName } from './text.js';

describe('text', () => {
  it('compares names without case, accents or extra spaces', () => {
    expect(normalizeText('  María   José ÑAÑEZ ')).toBe('maria jose nanez');
    expect(personSearchName('Rosa Elena', 'Quispe Mamaní')).toBe('quispe mamani rosa elena');
  });
});

describe('permissions', () => {
  it('lets focal points write executions but not manage the register; integrators only read', () => {
    expect(can('FOCAL_POINT', 'execution:write')).toBe(true);
    expect(can('FOCAL_POINT', 'authority:manage')).toBe(false);
    expect(can('COORDINATOR', 'authority:manage')).toBe(true);
    expect(can('INTEGRATOR', 'execution:write')).toBe(false);
    expect(can('INTEGRATOR', 'authority:read')).toBe(false);
  });
});

describe('scope', () => {
  it("reaches the activities of the viewer's entity, joint ones included, and nothing without an entity", async () => {
    const { entitiesReached, reaches, scopeOf } = await import('./permissions.js');
    expect(scopeOf(null)).toEqual({ kind: 'NONE' });
    expect(scopeOf({ role: 'COORDINATOR', entityCode: 'MIMP' })).toEqual({ kind: 'ALL' });
    expect(scopeOf({ role: 'FOCAL_POINT', entityCode: null })).toEqual({ kind: 'NONE' });
    expect(scopeOf({ role: 'INTEGRATOR', entityCode: null })).toEqual({ kind: 'ALL' });
    const osce = scopeOf({ role: 'FOCAL_POINT', entityCode: 'OSCE' });
    expect(reaches(osce, ['MIMP', 'OSCE'])).toBe(true);
    expect(reaches(osce, ['MIMP'])).toBe(false);
    expect(reaches({ kind: 'NONE' }, ['MIMP'])).toBe(false);
    expect(entitiesReached(osce, ['MIMP', 'PCM', 'OSCE'])).toEqual(['OSCE']);
    expect(entitiesReached({ kind: 'ALL' }, ['MIMP', 'PCM'])).toEqual(['MIMP', 'PCM']);
  });
});
