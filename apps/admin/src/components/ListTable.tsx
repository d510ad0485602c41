import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

/** A column heading: its text, or the text with how it shows. */
export type ListColumn = string | { label: string; align?: 'right'; hidden?: boolean };

/**
 * The table of every list of records with actions (accounts, keys, the register, search results,
 * participants, executions, the validation queue), so they all scroll sideways on a narrow screen,
 * are striped and named the same way. A `hidden` column is read by screen readers but not shown
 * (e.g. «Acción» over a column of buttons). The rows are the caller's.
 */
export function ListTable({
  label,
  testId,
  minWidth,
  columns,
  highlightOnHover = true,
  children,
}: {
  /** The table's accessible name. */
  label: string;
  testId?: string;
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  columns: readonly ListColumn[];
  highlightOnHover?: boolean;
  /** The rows (Table.Tr). */
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table striped highlightOnHover={highlightOnHover} aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const { label: text, align, hidden }: Exclude<ListColumn, string> = typeof column === 'string' ? { label: column } : column;
              return (
                <Table.Th key={text} ta={align}>
                  {hidden ? <VisuallyHidden>{text}</VisuallyHidden> : text}
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
