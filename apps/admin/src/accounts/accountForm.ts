/** The new-account form's values and checks: the API's rules, checked first so people fix them before sending. */
import { MIN_PASSWORD_LENGTH, passwordProblemsWith, roleNeedsEntity, type PasswordEstimator, type Role } from '@gj/domain';

export interface AccountFormValues {
  email: string;
  role: Role | null;
  entityCode: string | null;
  password: string;
  confirmation: string;
}

export const EMPTY_ACCOUNT: AccountFormValues = { email: '', role: null, entityCode: null, password: '', confirmation: '' };

export type AccountFormErrors = Partial<Record<keyof AccountFormValues, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The coordination belongs to MIMP: its entity is fixed. */
export function entityFor(role: Role | null, entityCode: string | null): string | null {
  if (role === 'COORDINATOR') return 'MIMP';
  return entityCode;
}

export interface PasswordRule {
  label: string;
  ok: boolean;
}

/**
 * The password rules, each with whether the typed password meets it (shown as a checklist).
 * `estimate`: the strength estimator, null while it loads (the "common" rule is then not met yet).
 */
export function passwordRules(password: string, email: string, estimate: PasswordEstimator | null): PasswordRule[] {
  const problems = passwordProblemsWith(estimate, password, email.trim().toLowerCase());
  return [
    { label: `Al menos ${MIN_PASSWORD_LENGTH} caracteres`, ok: password.length >= MIN_PASSWORD_LENGTH && !problems.some((p) => p.includes('como máximo')) },
    { label: 'No es una contraseña común', ok: estimate !== null && password.length > 0 && !problems.some((p) => p.includes('común')) },
    { label: 'No contiene el nombre de la cuenta (lo que va antes de @)', ok: password.length > 0 && !problems.some((p) => p.includes('nombre de la cuenta')) },
  ];
}

/** `entityCodes`: the entities the API has (the select's list); `estimate`: the password strength estimator. */
export function validateAccount(values: AccountFormValues, entityCodes: readonly string[], estimate: PasswordEstimator): AccountFormErrors {
  const errors: AccountFormErrors = {};
  const email = values.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) errors.email = 'Escriba un correo electrónico válido, p. ej. nombre@entidad.gob.pe.';
  if (!values.role) errors.role = 'Elija el rol.';
  const entity = entityFor(values.role, values.entityCode);
  if (values.role && roleNeedsEntity(values.role) && !entity) errors.entityCode = 'Un punto focal debe estar vinculado a una entidad.';
  if (entity && !entityCodes.includes(entity)) errors.entityCode = 'Elija una entidad de la lista.';
  const problems = passwordProblemsWith(estimate, values.password, email);
  if (values.password === '') errors.password = `Escriba una contraseña de ${MIN_PASSWORD_LENGTH} caracteres o más.`;
  else if (problems.length > 0) errors.password = problems.join(' ');
  if (!errors.password && values.confirmation !== values.password) errors.confirmation = 'Las contraseñas no coinciden.';
  return errors;
}

/** What the createAccount mutation takes. */
export function toAccountInput(values: AccountFormValues) {
  return { email: values.email.trim().toLowerCase(), role: values.role!, password: values.password, entityCode: entityFor(values.role, values.entityCode) };
}
