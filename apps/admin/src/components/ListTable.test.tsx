import { Table } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { ListTable } from './ListTable';

describe('ListTable', () => {
  it('is a named table with a header row and the rows given', () => {
    renderWithTheme(
      <ListTable
        label="Ejecuciones registradas"
        testId="executions-table"
        minWidth={720}
        columns={['Fecha', 'Título', { label: 'Participantes', align: 'right' }, { label: 'Acción', hidden: true }]}
      >
        <Table.Tr>
          <Table.Td>15/06/2024</Table.Td>
          <Table.Td>Taller virtual</Table.Td>
          <Table.Td>2</Table.Td>
          <Table.Td>
            <button>Editar</button>
          </Table.Td>
        </Table.Tr>
      </ListTable>,
    );
    const table = screen.getByRole('table', { name: 'Ejecuciones registradas' });
    expect(table).toHaveAttribute('data-testid', 'executions-table');
    const [head, row] = within(table).getAllByRole('row');
    const headers = within(head!).getAllByRole('columnheader');
    // A hidden heading is still read by screen readers.
    expect(headers.map((h) => h.textContent)).toEqual(['Fecha', 'Título', 'Participantes', 'Acción']);
    expect(headers[2]).toHaveStyle({ textAlign: 'right' });
    expect(headers[3]!.firstElementChild).toHaveClass('mantine-VisuallyHidden-root');
    expect(headers[0]!.firstElementChild).toBeNull();
    expect(
      within(row!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['15/06/2024', 'Taller virtual', '2', 'Editar']);
  });

  it('highlights the row under the pointer unless told not to', () => {
    renderWithTheme(
      <>
        <ListTable label="Cuentas de usuario" minWidth={760} columns={['Correo']}>
          {null}
        </ListTable>
        <ListTable label="Participantes" minWidth={620} columns={['Apellidos y nombres']} highlightOnHover={false}>
          {null}
        </ListTable>
      </>,
    );
    const firstRow = (name: string) => within(screen.getByRole('table', { name })).getAllByRole('row')[0];
    expect(firstRow('Cuentas de usuario')).toHaveAttribute('data-hover', 'true');
    expect(firstRow('Participantes')).not.toHaveAttribute('data-hover');
    expect(firstRow('Participantes')).toHaveAttribute('data-striped', 'odd');
  });
});
