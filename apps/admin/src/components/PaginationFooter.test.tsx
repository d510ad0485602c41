import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatInteger } from '../lib/format';
import { renderWithTheme } from '../test/render';
import { PaginationFooter, pageRange } from './PaginationFooter';

const nodes = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('pageRange', () => {
  it('counts the rows of a page from the first, in Peruvian Spanish', () => {
    expect(pageRange(0, 25, 25, 5372)).toBe(`Mostrando 1–25 de ${formatInteger(5372)}`);
    expect(pageRange(1, 25, 25, 5372)).toBe(`Mostrando 26–50 de ${formatInteger(5372)}`);
    expect(pageRange(4, 20, 3, 83, 'cambios')).toBe('Mostrando 81–83 de 83 cambios');
    expect(pageRange(0, 25, 0, 0)).toBe('Sin resultados');
  });
});

describe('PaginationFooter', () => {
  it('says which rows are shown and moves to the next page with the cursor the API gave', async () => {
    const pages = { page: 0, next: vi.fn(), previous: vi.fn() };
    renderWithTheme(
      <PaginationFooter
        pages={pages}
        pageSize={25}
        connection={{ totalCount: 60, nodes: nodes(25), pageInfo: { hasNextPage: true, endCursor: 'c25' } }}
        label="Páginas del registro"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Mostrando 1–25 de 60');
    const nav = screen.getByRole('navigation', { name: 'Páginas del registro' });
    expect(nav).toContainElement(screen.getByRole('button', { name: 'Anterior' }));
    expect(screen.getByRole('button', { name: 'Anterior' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Siguiente' }));
    expect(pages.next).toHaveBeenCalledWith('c25');
  });

  it('goes back from a later page, and cannot go past the last one', async () => {
    const pages = { page: 4, next: vi.fn(), previous: vi.fn() };
    renderWithTheme(
      <PaginationFooter
        pages={pages}
        pageSize={20}
        connection={{ totalCount: 83, nodes: nodes(3), pageInfo: { hasNextPage: false, endCursor: 'c83' } }}
        unit="cambios"
        label="Páginas de la auditoría"
        previousLabel="Más recientes"
        nextLabel="Más antiguos"
      />,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Mostrando 81–83 de 83 cambios');
    expect(screen.getByRole('button', { name: 'Más antiguos' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Más recientes' }));
    expect(pages.previous).toHaveBeenCalledOnce();
    expect(pages.next).not.toHaveBeenCalled();
  });
});
