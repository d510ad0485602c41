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

describe('password policy', () => {
  it('asks for length, not composition, and refuses the obvious', async () => {
    const { passwordProblems } = await import('./password-policy.js');
    expect(passwordProblems('una frase larga y fácil de recordar', 'ana@pcm.gob.pe')).toEqual([]);
    expect(passwordProblems('corta', 'ana@pcm.gob.pe')).toEqual(['La contraseña debe tener al menos 12 caracteres.']);
    expect(passwordProblems('mariaquispe2024', 'mariaquispe@pcm.gob.pe')).toContain('La contraseña no puede contener el nombre de la cuenta.');
    expect(passwordProblems('Password1234', 'x@pcm.gob.pe')).toContain('La contraseña es demasiado común; elija otra.');
    expect(passwordProblems('aaaaaaaaaaaaaa', 'x@pcm.gob.pe')).toContain('La contraseña es demasiado común; elija otra.');
  });
});
