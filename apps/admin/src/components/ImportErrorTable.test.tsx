import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { ImportErrorTable, withoutLinePrefix } from './ImportErrorTable';

describe('ImportErrorTable', () => {
  it('lists each failing row with its line and message', () => {
    renderWithTheme(
      <ImportErrorTable
        errors={[
          { line: 3, message: 'Fila 3: no hay ninguna autoridad con DNI 12345678 en el registro.' },
          { line: 7, message: 'Fila 7: el resultado "Aprobó" no corresponde a esta actividad; use Recibió asistencia técnica.' },
        ]}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('No se importó ninguna fila');
    expect(screen.getByText(/2 filas tienen errores/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Filas con errores' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Fila', 'Problema']);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['3', 'No hay ninguna autoridad con DNI 12345678 en el registro.']);
    expect(within(rows[2]!).getAllByRole('cell')[0]).toHaveTextContent('7');
  });

  it('renders nothing when there are no errors', () => {
    renderWithTheme(<ImportErrorTable errors={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when only the first rows are shown', () => {
    const errors = Array.from({ length: 5 }, (_, i) => ({ line: i + 2, message: `Fila ${i + 2}: faltan los nombres.` }));
    renderWithTheme(<ImportErrorTable errors={errors} maxRows={2} />);
    expect(screen.getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Se muestran las primeras 2 de 5 filas con errores.')).toBeInTheDocument();
  });

  it('keeps messages that do not start with their own line', () => {
    expect(withoutLinePrefix('El archivo no tiene filas de participantes.', 1)).toBe('El archivo no tiene filas de participantes.');
    expect(withoutLinePrefix('Fila 4: faltan los apellidos.', 4)).toBe('Faltan los apellidos.');
  });
});
