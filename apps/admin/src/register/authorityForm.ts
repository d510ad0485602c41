import { DNI_PATTERN, isOffice, officeDefinition, type Office } from '@gj/domain';
import type { AuthorityInput, GovernmentLevel } from '../gql/graphql';
import type { GovernmentOption } from './GovernmentSelect';

export interface AuthorityFormValues {
  givenNames: string;
  familyNames: string;
  dni: string;
  office: Office | null;
  government: GovernmentOption | null;
  termStart: number | string;
  termEnd: number | string;
}

export const EMPTY_AUTHORITY: AuthorityFormValues = {
  givenNames: '',
  familyNames: '',
  dni: '',
  office: null,
  government: null,
  termStart: 2023,
  termEnd: 2026,
};

export type AuthorityFormErrors = Partial<Record<keyof AuthorityFormValues, string>>;

export function validateAuthority(values: AuthorityFormValues): AuthorityFormErrors {
  const errors: AuthorityFormErrors = {};
  if (!values.givenNames.trim()) errors.givenNames = 'Escriba los nombres.';
  if (!values.familyNames.trim()) errors.familyNames = 'Escriba los apellidos.';
  const dni = values.dni.trim();
  if (dni && !DNI_PATTERN.test(dni)) errors.dni = 'El DNI tiene 8 dígitos.';
  if (!values.office) errors.office = 'Elija el cargo.';
  if (!values.government) errors.government = 'Elija el gobierno.';
  const start = Number(values.termStart);
  const end = Number(values.termEnd);
  if (!Number.isInteger(start) || !Number.isInteger(end) || end < start) errors.termEnd = 'El fin del periodo debe ser igual o posterior a su inicio.';
  return errors;
}

export function toAuthorityInput(values: AuthorityFormValues): AuthorityInput {
  return {
    givenNames: values.givenNames.trim(),
    familyNames: values.familyNames.trim(),
    dni: values.dni.trim() || null,
    office: values.office!,
    governmentId: values.government!.id,
    termStart: Number(values.termStart),
    termEnd: Number(values.termEnd),
  };
}

/** The level of government an office belongs to, to offer only matching governments. */
export function levelOfOffice(office: string | null): GovernmentLevel | null {
  return office && isOffice(office) ? officeDefinition(office).level : null;
}
