import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { FileImportPanel, type ImportAnswer } from './FileImportPanel';

interface Answer extends ImportAnswer {
  inserted: number;
}

const CONTENT = 'dni;nombres\n40123456;Ana\n';

/** A picked CSV file; jsdom's File has no arrayBuffer(), which browsers (and fileToBase64) use. */
function csv(): File {
  const file = new File([CONTENT], 'participantes.csv', { type: 'text/csv' });
  return Object.assign(file, { arrayBuffer: async () => new TextEncoder().encode(CONTENT).buffer });
}

function renderPanel(onImport: (file: { fileName: string; contentBase64: string }) => Promise<Answer | null | undefined>) {
  renderWithTheme(
    <FileImportPanel<Answer> fileLabel="Archivo de participantes" onImport={onImport} success={(a) => `Se importaron ${a.inserted} participantes.`}>
      <p>Columnas: dni y nombres.</p>
    </FileImportPanel>,
  );
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  return { input, importButton: screen.getByRole('button', { name: 'Importar' }) };
}

describe('FileImportPanel', () => {
  it('sends the chosen file, lists the refused rows and keeps the file chosen to import it again', async () => {
    const onImport = vi.fn(async () => ({ inserted: 0, warnings: [], errors: [{ line: 2, message: 'Fila 2: el DNI debe tener 8 dígitos.' }] }));
    const { input, importButton } = renderPanel(onImport);
    expect(screen.getByText('Columnas: dni y nombres.')).toBeInTheDocument();
    expect(importButton).toBeDisabled();

    await userEvent.upload(input, csv());
    expect(importButton).toBeEnabled();
    await userEvent.click(importButton);

    const errors = await screen.findByRole('table', { name: 'Filas con errores' });
    expect(onImport).toHaveBeenCalledExactlyOnceWith({ fileName: 'participantes.csv', contentBase64: btoa(CONTENT) });
    expect(within(errors).getAllByRole('row')[1]).toHaveTextContent('2El DNI debe tener 8 dígitos.');
    expect(screen.queryByText('Importación completa')).toBeNull();
    expect(importButton).toBeEnabled();
  });

  it('says what went in, lists the rows to check and clears the chooser', async () => {
    const { input, importButton } = renderPanel(async () => ({
      inserted: 3,
      warnings: [{ line: 4, message: 'Fila 4: se restituyeron los ceros iniciales del DNI.' }],
      errors: [],
    }));
    await userEvent.upload(input, csv());
    await userEvent.click(importButton);

    const done = await screen.findByRole('status', { name: 'Importación completa' });
    expect(done).toHaveTextContent('Se importaron 3 participantes.');
    expect(screen.getByRole('table', { name: 'Filas para verificar' })).toHaveTextContent('Se restituyeron los ceros iniciales del DNI.');
    expect(screen.queryByRole('table', { name: 'Filas con errores' })).toBeNull();
    expect(importButton).toBeDisabled();
  });

  it('shows the API refusal in Spanish, and clears it on the next attempt', async () => {
    const onImport = vi
      .fn<(file: { fileName: string; contentBase64: string }) => Promise<Answer | null>>()
      .mockRejectedValueOnce(new CombinedGraphQLErrors({ data: null, errors: [{ message: 'El archivo está vacío.', extensions: { code: 'BAD_USER_INPUT' } }] }))
      .mockResolvedValueOnce({ inserted: 1, warnings: [], errors: [] });
    const { input, importButton } = renderPanel(onImport);
    await userEvent.upload(input, csv());
    await userEvent.click(importButton);

    const alert = await screen.findByRole('alert', { name: 'No se pudo importar' });
    expect(alert).toHaveTextContent('El archivo está vacío.');

    await userEvent.click(importButton);
    await screen.findByText('Se importaron 1 participantes.');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
