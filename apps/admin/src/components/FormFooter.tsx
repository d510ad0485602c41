import { Box, Group } from '@mantine/core';
import { ProblemsAlert } from './ProblemsAlert';
import type { ReactNode } from 'react';

/** Why a save failed, as shown next to the buttons. */
export interface FormFailure {
  title: string;
  message?: string | null;
  problems?: readonly string[];
  /** `yellow` for a conflict the person can resolve (someone else saved first). */
  color?: string;
}

/**
 * The buttons of a form with the reason a save failed right above them, so it is seen where she
 * clicked. In a modal it sticks to the bottom of the scrolling area: the buttons stay visible
 * however long the form is (900 px on a desktop, 1,600 px on a phone).
 */
export function FormFooter({ failure, children, testId = 'save-failure' }: { failure?: FormFailure | null; children: ReactNode; testId?: string }) {
  const problems = failure?.problems ?? [];
  return (
    <Box
      data-form-footer
      pos="sticky"
      bottom={0}
      py="sm"
      bg="var(--mantine-color-body)"
      style={{ zIndex: 2, borderTop: '1px solid var(--mantine-color-default-border)' }}
    >
      {failure && (
        <ProblemsAlert
          color={failure.color ?? 'red'}
          title={failure.title}
          message={failure.message}
          problems={problems}
          testId={testId}
          data-form-failure
          mb="sm"
          mah="40vh"
          style={{ overflowY: 'auto' }}
        />
      )}
      <Group justify="flex-end" gap="sm">
        {children}
      </Group>
    </Box>
  );
}
