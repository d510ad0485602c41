/**
 * Password policy for accounts (NIST SP 800-63B style): length over composition rules, and no
 * password an attacker would try early. This file holds the rules and the cheap checks; the
 * strength estimate (zxcvbn and its ~1 MB of word lists) lives in password-policy.ts, so that the
 * web app can load it only when a password is being chosen.
 */

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

/** zxcvbn's 0–4 score; 4 = about 10^10 guesses or more ("name + year + !" scores 3). */
export const MIN_PASSWORD_SCORE = 4;

/** Words anyone attacking this platform would try first. */
const PLATFORM_WORDS = ['gobernando', 'juntas', 'gobernandojuntas', 'mimp', 'demo', 'peru', 'contraseña', 'contrasena', 'clave', 'mujer', 'autoridad', 'gob'];

/** How hard a password is to guess (zxcvbn's score and its Spanish warning), given words of the account. */
export type PasswordEstimator = (password: string, userInputs: string[]) => { score: number; warning: string | null };

/**
 * Problems with a password, in Spanish; empty when it is acceptable. Without an estimator only
 * the length and account-name rules are checked (the web app while the estimator loads).
 */
export function passwordProblemsWith(estimate: PasswordEstimator | null, password: string, email: string): string[] {
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
  if (password.length < MIN_PASSWORD_LENGTH || !estimate) return problems;
  const result = estimate(
    password,
    [local, ...local.split(/[._-]+/), domain, ...domain.split('.'), ...PLATFORM_WORDS].filter((w) => w.length >= 3),
  );
  if (result.score < MIN_PASSWORD_SCORE) {
    const hint = result.warning ? ` (${result.warning.replace(/\.$/, '')})` : '';
    problems.push(`La contraseña es demasiado común o fácil de adivinar${hint}; use una frase de varias palabras poco relacionadas.`);
  }
  return problems;
}
