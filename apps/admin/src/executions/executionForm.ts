/** The execution form's values and checks, kept apart from the component so they can be tested. */
import { EXECUTION_KINDS, MODALITIES, executionProblems, type ExecutionKind, type Modality } from '@gj/domain';
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

/** An execution as the API answers it: what the form edits. */
export interface ExecutionDetails {
  title: string;
  kind: string;
  date: string;
  modality: string;
  place?: string | null;
  evidenceUrl?: string | null;
  notes?: string | null;
}

export function valuesOf(execution: ExecutionDetails): ExecutionFormValues {
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

/** The domain's one check of an execution, the same the API applies, before sending. */
export function validateExecution(values: ExecutionFormValues, year: number): ExecutionFormErrors {
  return executionProblems(values, year);
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
