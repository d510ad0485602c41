/**
 * Password policy for accounts (NIST SP 800-63B style): length over composition rules, and no
 * password an attacker would try early. "Early" is zxcvbn's estimate against its maintained lists
 * (the most common passwords, English and Spanish words, names, keyboard walks, dates) plus the
 * words of this platform and of the account itself.
 */
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as spanish from '@zxcvbn-ts/language-es-es';

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** zxcvbn's 0–4 score; 4 = about 10^10 guesses or more ("name + year + !" scores 3). */
export const MIN_PASSWORD_SCORE = 4;

/** Words anyone attacking this platform would try first. */
const PLATFORM_WORDS = ['gobernando', 'juntas', 'gobernandojuntas', 'mimp', 'demo', 'peru', 'contraseña', 'contrasena', 'clave', 'mujer', 'autoridad', 'gob'];

let factory: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries cost ~100 ms to index. */
function estimator(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...spanish.dictionary },
    graphs: common.adjacencyGraphs,
    translations: spanish.translations,
    useLevenshteinDistance: false,
  });
  return factory;
}

/** Problems with a password, in Spanish; empty when it is acceptable. */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.`);
  if (password.length > MAX_PASSWORD_LENGTH) {
    problems.push(`La contraseña debe tener como máximo ${MAX_PASSWORD_LENGTH} caracteres.`);
    return problems;
  }
  const lower = password.toLowerCase();
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  const compact = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');
  if (local.length >= 4 && (lower.includes(local) || compact(lower).includes(compact(local))))
    problems.push('La contraseña no puede contener el nombre de la cuenta.');
  // Strength is judged once the length is there: "too short" is the one thing to fix first.
  if (password.length < MIN_PASSWORD_LENGTH) return problems;
  const result = estimator().check(
    password,
    [local, ...local.split(/[._-]+/), domain, ...domain.split('.'), ...PLATFORM_WORDS].filter((w) => w.length >= 3),
  );
  if (result.score < MIN_PASSWORD_SCORE) {
    const hint = result.feedback.warning ? ` (${result.feedback.warning.replace(/\.$/, '')})` : '';
    problems.push(`La contraseña es demasiado común o fácil de adivinar${hint}; use una frase de varias palabras poco relacionadas.`);
  }
  return problems;
}
