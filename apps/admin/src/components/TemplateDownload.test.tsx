import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../auth/AuthContext';
import { writeSession } from '../auth/session';
import { renderWithTheme } from '../test/render';
import { FileImportPanel } from './FileImportPanel';

const viewer = {
  email: 'pcm@demo.gob.pe',
  role: 'FOCAL_POINT' as const,
  entity: { code: 'PCM', name: 'Presidencia del Consejo de Ministros', shortName: 'PCM' },
};

function renderPanel(template?: 'participantes' | 'registro') {
  writeSession({ token: 'sesion', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), viewer });
  renderWithTheme(
    <AuthProvider>
      <FileImportPanel fileLabel="Archivo de participantes" onImport={async () => null} success={() => ''} template={template}>
        <p>Columnas.</p>
      </FileImportPanel>
    </AuthProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('template download in the import panel', () => {
  it('downloads the template with the session’s token, under the name the API gives', async () => {
    const fetch = vi.fn(async () => new Response('xlsx', { headers: { 'content-disposition': 'attachment; filename="plantilla-participantes.xlsx"' } }));
    vi.stubGlobal('fetch', fetch);
    // jsdom has no object URLs; a stand-in the test can undo.
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = () => 'blob:plantilla';
        static override revokeObjectURL = () => {};
      },
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderPanel('participantes');

    await userEvent.click(screen.getByRole('button', { name: 'Descargar plantilla' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(fetch).toHaveBeenCalledWith('/api/templates/participantes.xlsx', { headers: { authorization: 'Bearer sesion' } });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('plantilla-participantes.xlsx');

    await userEvent.click(screen.getByRole('button', { name: 'Plantilla en CSV' }));
    await waitFor(() => expect(fetch).toHaveBeenLastCalledWith('/api/templates/participantes.csv', { headers: { authorization: 'Bearer sesion' } }));
  });

  it('says why in Spanish when the template cannot be downloaded', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 500 })),
    );
    renderPanel('registro');
    await userEvent.click(screen.getByRole('button', { name: 'Descargar plantilla' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No se pudo descargar la plantilla');
  });

  it('offers no template when the panel has none', () => {
    renderPanel();
    expect(screen.queryByRole('button', { name: 'Descargar plantilla' })).toBeNull();
  });
});
