import { randomBytes, randomInt } from 'node:crypto';
import * as common from '@zxcvbn-ts/language-common';
import * as spanish from '@zxcvbn-ts/language-es-es';
import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.js';
import { MAX_PASSWORD_LENGTH } from './password-rules.js';

const EMAIL = 'ana.quispe@pcm.gob.pe';
const refused = (password: string, email = EMAIL) => passwordProblems(password, email).length > 0;
const pick = <T>(list: readonly T[], n: number) => Array.from({ length: n }, () => list[randomInt(list.length)]!);

describe('password policy', () => {
  it('asks for length, not composition', () => {
    expect(passwordProblems('una frase larga y fácil de recordar', EMAIL)).toEqual([]);
    expect(passwordProblems('corta', EMAIL)).toEqual(['La contraseña debe tener al menos 12 caracteres.']);
    expect(passwordProblems('x'.repeat(MAX_PASSWORD_LENGTH + 1), EMAIL)).toEqual([`La contraseña debe tener como máximo ${MAX_PASSWORD_LENGTH} caracteres.`]);
    expect(passwordProblems('mariaquispe2024', 'mariaquispe@pcm.gob.pe')).toContain('La contraseña no puede contener el nombre de la cuenta.');
  });

  it('refuses the published demo password and the ones the hostile test tried', () => {
    for (const password of ['GobernandoJuntas2024', '123456789abc', 'qwerty123456', 'contraseña2024', 'Password1234', 'aaaaaaaaaaaaaa', 'MIMP2024MIMP2024']) {
      expect(refused(password), password).toBe(true);
    }
  });

  it('refuses every long password of the maintained common-password list', () => {
    const long = common.dictionary['passwords-common'].filter((p) => p.length >= 12).slice(0, 150);
    expect(long.length).toBe(150);
    for (const password of long) expect(refused(password), password).toBe(true);
  }, 30_000);

  it('refuses a common Spanish word or name padded with a year or digits', () => {
    const words = [...spanish.dictionary['commonWords-es-es'].slice(0, 2000), ...spanish.dictionary['firstnames-es-es'].slice(0, 500)].filter(
      (w) => w.length >= 5,
    );
    for (const word of pick(words, 60)) {
      const variants = [
        `${word}${randomInt(1950, 2031)}`,
        `${word[0]!.toUpperCase()}${word.slice(1)}${randomInt(1000, 9999)}!`,
        `${word}123456789`.slice(0, Math.max(12, word.length + 4)),
      ];
      for (const password of variants.filter((v) => v.length >= 12)) expect(refused(password), password).toBe(true);
    }
  }, 30_000);

  it("refuses the platform's words and the account's own name in any case", () => {
    for (const password of ['gobernandojuntas', 'JuntasGobernando', 'mimpmimpmimp2024', 'anaquispe2026!', 'PCM.gob.pe.2024'])
      expect(refused(password), password).toBe(true);
  });

  it('accepts random passwords and passphrases of unrelated words', () => {
    const words = spanish.dictionary['commonWords-es-es'].slice(2000, 20000).filter((w) => w.length >= 5);
    for (let i = 0; i < 100; i++) {
      expect(passwordProblems(randomBytes(12).toString('base64url'), EMAIL)).toEqual([]);
      const phrase = pick(words, 4).join('-');
      expect(passwordProblems(phrase, EMAIL), phrase).toEqual([]);
    }
  }, 30_000);
});
