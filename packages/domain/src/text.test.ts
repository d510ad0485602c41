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
