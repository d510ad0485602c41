/**
 * Password policy for accounts (NIST SP 800-63B style): length over composition rules, and no
 * password that is the account's own name or a well-known one.
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;

const COMMON = new Set([
  '123456789012',
  '1234567890123',
  'contraseña123',
  'contrasena123',
  'password1234',
  'passwordpassword',
  'qwertyuiopas',
  'administrador',
  'administrador1',
  'peru12345678',
  'abcdefghijkl',
]);

/** Problems with a password, in Spanish; empty when it is acceptable. */
export function passwordProblems(password: string, email: string): string[] {
  const problems: string[] = [];
  if (password.length < MIN_PASSWORD_LENGTH) problems.push(`La contraseña debe tener al menos ${MIN_PASSWORD_LENGTH} caracteres.`);
  if (password.length > MAX_PASSWORD_LENGTH) problems.push(`La contraseña debe tener como máximo ${MAX_PASSWORD_LENGTH} caracteres.`);
  const lower = password.toLowerCase();
  const local = email.split('@')[0]?.toLowerCase() ?? '';
  if (local.length >= 4 && lower.includes(local)) problems.push('La contraseña no puede contener el nombre de la cuenta.');
  if (COMMON.has(lower) || /^(.)\1+$/.test(password)) problems.push('La contraseña es demasiado común; elija otra.');
  return problems;
}
