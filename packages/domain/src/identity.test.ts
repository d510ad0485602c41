import { describe, expect, it } from 'vitest';
import { matchUbigeo, readDni, readUbigeo, sameIdentity, unknownUbigeoProblem } from './identity.js';

describe('readDni', () => {
  it('keeps 8 digits, restores the zeros Excel drops, and refuses the rest', () => {
    expect(readDni('01234567')).toEqual({ kind: 'VALID', dni: '01234567', restored: false });
    for (const [typed, dni] of [
      ['1234567', '01234567'],
      ['234567', '00234567'],
      ['34567', '00034567'],
      ["'01234567", '01234567'],
      ['1234567.0', '01234567'],
      [' 4567 8901 ', '45678901'],
    ]) {
      expect(readDni(typed).kind, typed).toBe('VALID');
      expect((readDni(typed) as { dni: string }).dni, typed).toBe(dni);
    }
    expect(readDni('1234567')).toMatchObject({ restored: true });
    expect(readDni('')).toEqual({ kind: 'EMPTY' });
    expect(readDni(null)).toEqual({ kind: 'EMPTY' });
    for (const bad of ['1234', '123456789', '1234567A', 'DNI', '12-345-678', '-1234567']) expect(readDni(bad).kind, bad).toBe('INVALID');
  });
});

describe('readUbigeo', () => {
  it('restores the leading zero of departments 01 to 09 at every level', () => {
    for (let department = 1; department <= 25; department++) {
      const dd = String(department).padStart(2, '0');
      for (const code of [dd, `${dd}01`, `${dd}0101`]) {
        expect(readUbigeo(code)).toEqual({ kind: 'VALID', ubigeo: code, restored: false });
        const asNumber = String(Number(code));
        expect(readUbigeo(asNumber)).toEqual({ kind: 'VALID', ubigeo: code, restored: asNumber !== code });
      }
    }
    for (const bad of ['1234567', 'Lima', '15-01', '']) expect(readUbigeo(bad).kind, bad).not.toBe('VALID');
  });
});

describe('matchUbigeo', () => {
  const known = new Map([
    ['01', 'Amazonas'],
    ['0101', 'Chachapoyas (provincia)'],
    ['010101', 'Chachapoyas'],
    ['150101', 'Lima'],
  ]);
  const find = (u: string) => known.get(u);

  it('restores the leading zero only when the restored code exists', () => {
    expect(matchUbigeo('10101', find)).toEqual({ kind: 'FOUND', ubigeo: '010101', government: 'Chachapoyas', restored: true });
    expect(matchUbigeo('101', find)).toMatchObject({ ubigeo: '0101', restored: true });
    expect(matchUbigeo('1', find)).toMatchObject({ ubigeo: '01', restored: true });
    expect(matchUbigeo('150101', find)).toMatchObject({ ubigeo: '150101', restored: false });
    expect(matchUbigeo('10199', find)).toEqual({ kind: 'UNKNOWN', text: '10199' });
    expect(matchUbigeo('', find)).toEqual({ kind: 'EMPTY' });
  });

  it('says Excel may have dropped the zero when a code one digit short is unknown', () => {
    expect(unknownUbigeoProblem('10199')).toContain('Excel pudo haber quitado el cero inicial: guarde la columna como Texto');
    expect(unknownUbigeoProblem('999999')).toBe('No existe un gobierno con ubigeo "999999".');
    expect(unknownUbigeoProblem('Lima')).toBe('El ubigeo "Lima" no es válido: debe tener 2, 4 o 6 dígitos.');
    expect(unknownUbigeoProblem('150101')).toContain('la gobierna la municipalidad provincial (ubigeo 1501)');
  });
});

describe('sameIdentity', () => {
  const rosa = { givenNames: 'Rosa Elena', familyNames: 'Quispe Mamaní' };
  it('accepts the ways a file writes the same woman', () => {
    for (const other of [
      { givenNames: 'ROSA ELENA', familyNames: 'QUISPE MAMANI' },
      { givenNames: 'Rosa', familyNames: 'Quispe' },
      { givenNames: 'Rosa E.', familyNames: 'Quispe Mamaní de Flores' },
    ]) {
      expect(sameIdentity(rosa, other), JSON.stringify(other)).toBe(true);
    }
  });
  it('refuses another person under the same DNI', () => {
    for (const other of [
      { givenNames: 'Begoña', familyNames: 'Quispe Mamaní' },
      { givenNames: 'Rosa Elena', familyNames: 'Mamaní Quispe' },
      { givenNames: '', familyNames: '' },
    ]) {
      expect(sameIdentity(rosa, other), JSON.stringify(other)).toBe(false);
    }
  });
});
