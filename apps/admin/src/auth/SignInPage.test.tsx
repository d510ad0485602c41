import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CutoffProvider } from '../activities/cutoff';
import { AppRoutes } from '../app/AppRoutes';
import { renderWithTheme } from '../test/render';
import { AuthProvider } from './AuthContext';
import { writeSession } from './session';

const EXPIRED = 'Su sesión ha expirado. Inicie sesión nuevamente.';
const viewer = {
  email: 'pcm@demo.gob.pe',
  role: 'FOCAL_POINT' as const,
  entity: { code: 'PCM', name: 'Presidencia del Consejo de Ministros', shortName: 'PCM' },
};

function renderApp(path: string) {
  return renderWithTheme(
    <AuthProvider>
      <CutoffProvider initial="2024-06-30">
        <MemoryRouter initialEntries={[path]}>
          <AppRoutes />
        </MemoryRouter>
      </CutoffProvider>
    </AuthProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('sign-in and session end', () => {
  it('sends signed-out people to the sign-in form', async () => {
    renderApp('/actividades');
    expect(await screen.findByRole('button', { name: 'Ingresar' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Correo institucional/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Contraseña/)).toBeInTheDocument();
    expect(screen.queryByText(EXPIRED)).toBeNull();
  });

  it('says the session expired when the stored one is past its end', async () => {
    writeSession({ token: 't', expiresAt: new Date(Date.now() - 1000).toISOString(), viewer });
    renderApp('/actividades');
    expect(await screen.findByText(EXPIRED)).toBeInTheDocument();
    expect(sessionStorage.getItem('gj.session')).toBeNull();
  });

  it('signs out and says so when the API answers 401', async () => {
    writeSession({ token: 'revoked', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), viewer });
    const body = JSON.stringify({
      errors: [{ message: 'La cuenta de esta sesión ya no está activa.', extensions: { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_GONE' } }],
    });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(body, { status: 401, headers: { 'content-type': 'application/json' } })),
    );
    renderApp('/actividades');
    expect(await screen.findByText(EXPIRED, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ingresar' })).toBeInTheDocument();
    expect(sessionStorage.getItem('gj.session')).toBeNull();
  });
});
