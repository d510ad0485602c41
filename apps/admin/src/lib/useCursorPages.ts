import { useState } from 'react';

/**
 * Pages of a cursor-paginated list: the cursors of the pages seen so far, so "Anterior" goes back
 * without counting offsets. Any change of `filters` starts again from the first page.
 */
export function useCursorPages(filters: unknown) {
  const key = JSON.stringify(filters);
  const [state, setState] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = state.key === key ? state.cursors : [null];
  const page = cursors.length - 1;
  return {
    page,
    after: cursors[page] ?? null,
    next: (endCursor: string | null | undefined) => setState({ key, cursors: [...cursors, endCursor ?? null] }),
    previous: () => setState({ key, cursors: cursors.slice(0, -1) }),
  };
}
