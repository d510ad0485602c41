import { Table, VisuallyHidden } from '@mantine/core';
import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** A column heading: its text, or the text with how it shows. */
export type ListColumn = string | { label: string; align?: 'right'; hidden?: boolean };

const columnOf = (column: ListColumn): Exclude<ListColumn, string> => (typeof column === 'string' ? { label: column } : column);

/**
 * The table of every list of records with actions (accounts, keys, the register, search results,
 * participants, executions, the validation queue), striped and named the same way. On a phone
 * (≤ 576 px) each row becomes a card, every cell under its column's name (global.css
 * `.list-table`), so the row's buttons stay on the screen; wider, the table scrolls sideways below
 * `minWidth` in a region reachable with the keyboard. A `hidden` column is read by screen readers
 * but not shown (e.g. «Acción» over a column of buttons). The rows are the caller's.
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
  const table = useRef<HTMLTableElement>(null);
  // The cards name each cell after its column (data-label, shown by CSS); the rows are the
  // caller's, so the names are written on the cells after each render.
  useLayoutEffect(() => {
    for (const row of table.current?.tBodies[0]?.rows ?? []) {
      [...row.cells].forEach((cell, i) => {
        const column = columns[i] === undefined || cell.colSpan > 1 ? undefined : columnOf(columns[i]);
        if (column && !column.hidden) cell.dataset.label = column.label;
        else delete cell.dataset.label;
      });
    }
  });
  return (
    <Table.ScrollContainer minWidth={minWidth} type="native" className="list-table" tabIndex={0} role="region" aria-label={label}>
      <Table ref={table} striped highlightOnHover={highlightOnHover} aria-label={label} data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => {
              const { label: text, align, hidden } = columnOf(column);
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
