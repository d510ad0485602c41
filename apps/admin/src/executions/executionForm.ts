/** The execution form's values and checks, kept apart from the component so they can be tested. */
import { EXECUTION_KINDS, MODALITIES, parseCalendarDate, type ExecutionKind, type Modality } from '@gj/domain';
import type { ExecutionInput } from '../gql/graphql';

export interface ExecutionFormValues {
  title: string;
  kind: ExecutionKind | null;
  date: string | null;
  modality: Modality | null;
  place: string;
  evidenceUrl: string;
  notes: string;
}

export const EMPTY_EXECUTION: ExecutionFormValues = { title: '', kind: null, date: null, modality: null, place: '', evidenceUrl: '', notes: '' };

export function valuesOf(execution: {
  title: string;
  kind: string;
  date: string;
  modality: string;
  place?: string | null;
  evidenceUrl?: string | null;
  notes?: string | null;
}): ExecutionFormValues {
  return {
    title: execution.title,
    kind: (EXECUTION_KINDS as readonly string[]).includes(execution.kind) ? (execution.kind as ExecutionKind) : null,
    date: execution.date,
    modality: (MODALITIES as readonly string[]).includes(execution.modality) ? (execution.modality as Modality) : null,
    place: execution.place ?? '',
    evidenceUrl: execution.evidenceUrl ?? '',
    notes: execution.notes ?? '',
  };
}

export type ExecutionFormErrors = Partial<Record<keyof ExecutionFormValues, string>>;

/** The same rules the API applies, checked first so that people fix them before sending. */
export function validateExecution(values: ExecutionFormValues, year: number): ExecutionFormErrors {
  const errors: ExecutionFormErrors = {};
  const title = values.title.trim();
  if (title.length < 3 || title.length > 300) errors.title = 'Escriba un título de 3 a 300 caracteres.';
  if (!values.kind) errors.kind = 'Elija el tipo de ejecución.';
  if (!values.modality) errors.modality = 'Elija la modalidad.';
  const date = values.date ? parseCalendarDate(values.date) : null;
  if (!date) errors.date = 'Indique la fecha (dd/mm/aaaa).';
  else if (date.year !== year) errors.date = `La fecha debe estar dentro del año del plan (${year}).`;
  if (values.place.trim().length > 300) errors.place = 'El lugar debe tener hasta 300 caracteres.';
  const url = values.evidenceUrl.trim();
  if (url && (!/^https?:\/\/\S+$/i.test(url) || url.length > 500)) errors.evidenceUrl = 'Escriba una dirección web que empiece con http:// o https://.';
  if (values.notes.length > 5000) errors.notes = 'Las notas deben tener hasta 5000 caracteres.';
  return errors;
}

export function toInput(values: ExecutionFormValues): ExecutionInput {
  return {
    title: values.title.trim(),
    kind: values.kind!,
    date: values.date!,
    modality: values.modality!,
    place: values.place.trim() || null,
    evidenceUrl: values.evidenceUrl.trim() || null,
    notes: values.notes.trim() || null,
  };
}
