import { authorityProblems, isOffice, officeDefinition, type Office } from '@gj/domain';
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

/** The domain's one check of a person in the register, the same the API applies. */
export function validateAuthority(values: AuthorityFormValues): AuthorityFormErrors {
  return authorityProblems({
    givenNames: values.givenNames,
    familyNames: values.familyNames,
    dni: values.dni.trim() || null,
    office: values.office,
    government: values.government,
    termStart: Number(values.termStart),
    termEnd: Number(values.termEnd),
  });
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
