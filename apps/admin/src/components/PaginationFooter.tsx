import { Button, Group, Text } from '@mantine/core';
import { formatInteger } from '../lib/format';
import type { useCursorPages } from '../lib/useCursorPages';

/** «Mostrando 21–40 de 95»: the rows of a page, counted from the first, with what they are if said. */
export function pageRange(page: number, pageSize: number, shown: number, total: number, unit?: string): string {
  if (total === 0) return 'Sin resultados';
  const from = page * pageSize + 1;
  return `Mostrando ${formatInteger(from)}–${formatInteger(from + shown - 1)} de ${formatInteger(total)}${unit ? ` ${unit}` : ''}`;
}

/**
 * Under a cursor-paginated list (the register, the audit trail): which rows are on screen,
 * announced when the page changes, and the buttons to the page before and the page after (the API
 * says whether there is one).
 */
export function PaginationFooter({
  pages,
  pageSize,
  connection,
  unit,
  label,
  previousLabel = 'Anterior',
  nextLabel = 'Siguiente',
}: {
  /** From useCursorPages. */
  pages: Pick<ReturnType<typeof useCursorPages>, 'page' | 'next' | 'previous'>;
  pageSize: number;
  /** The page the API answered. */
  connection: { totalCount: number; nodes: readonly unknown[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  /** What the rows are, after the count (e.g. «cambios»). */
  unit?: string;
  /** The name of the buttons' navigation landmark. */
  label: string;
  previousLabel?: string;
  nextLabel?: string;
}) {
  const { pageInfo } = connection;
  return (
    <Group justify="space-between">
      <Text size="sm" role="status">
        {pageRange(pages.page, pageSize, connection.nodes.length, connection.totalCount, unit)}
      </Text>
      <Group gap="xs" component="nav" aria-label={label}>
        <Button variant="default" size="xs" disabled={pages.page === 0} onClick={pages.previous}>
          {previousLabel}
        </Button>
        <Button variant="default" size="xs" disabled={!pageInfo.hasNextPage || !pageInfo.endCursor} onClick={() => pages.next(pageInfo.endCursor)}>
          {nextLabel}
        </Button>
      </Group>
    </Group>
  );
}
