import { Alert, List, Text, type AlertProps } from '@mantine/core';
import { errorProblems, saveErrorMessage } from '../lib/errors';

/** Why something was refused: the API's sentence and, when it sends them, every problem it found. */
export interface Refusal {
  message: string;
  problems: string[];
}

export function refusalOf(error: unknown): Refusal {
  return { message: saveErrorMessage(error), problems: errorProblems(error) };
}

/**
 * A refusal or a list of problems to fix, in full: never only the first one, so the person can
 * fix them all at once (publishing a plan, saving an activity, a reprogramming).
 */
export function ProblemsAlert({
  title,
  message,
  problems,
  color = 'red',
  testId = 'problems',
  role = 'alert',
  ...rest
}: {
  title: string;
  message?: string | null;
  problems: readonly string[];
  color?: string;
  testId?: string;
  /** `status` for a list that follows what is typed (announced politely, not as an alarm). */
  role?: 'alert' | 'status';
} & Omit<AlertProps, 'title' | 'color' | 'role'> &
  Record<`data-${string}`, boolean | string>) {
  if (!message && problems.length === 0) return null;
  return (
    <Alert color={color} title={title} role={role} data-testid={testId} {...rest}>
      {message && (
        <Text size="sm" mb={problems.length > 0 ? 'xs' : 0}>
          {message}
        </Text>
      )}
      {problems.length > 0 && (
        <List size="sm" spacing={4} aria-label="Problemas encontrados">
          {problems.map((p) => (
            <List.Item key={p}>{p}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
