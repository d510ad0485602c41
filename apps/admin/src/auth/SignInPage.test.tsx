import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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
    expect(screen.getByRole('button', { name: 'Ingresar' })).toBeInTheDocument();
  });

  it('keeps the page and asks for the password again when the API answers 401', async () => {
    writeSession({ token: 'revoked', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), viewer });
    const body = JSON.stringify({
      errors: [{ message: 'La cuenta de esta sesión ya no está activa.', extensions: { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_INACTIVE' } }],
    });
    const signedIn = { token: 'nuevo', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), viewer };
    const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
      const request = JSON.parse(String(init?.body)) as { operationName?: string };
      if (request.operationName === 'SignIn') return Response.json({ data: { login: { __typename: 'SignInPayload', ...signedIn } } });
      if (new Headers(init?.headers).get('authorization') === 'Bearer nuevo') return Response.json({ data: null });
      return new Response(body, { status: 401, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);
    renderApp('/actividades');
    const dialog = await screen.findByRole('dialog', { name: 'Su sesión ha expirado' }, { timeout: 5000 });
    expect(dialog).toHaveTextContent('pcm@demo.gob.pe');
    expect(screen.queryByRole('button', { name: 'Ingresar' })).toBeNull();
    await userEvent.type(screen.getByLabelText(/Contraseña/), 'secreta');
    await userEvent.click(screen.getByRole('button', { name: 'Volver a ingresar' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Su sesión ha expirado' })).toBeNull());
    expect(JSON.parse(localStorage.getItem('gj.session')!).token).toBe('nuevo');
    // The sign-in goes without the dead token, for the same account.
    const signInCall = fetch.mock.calls.find(([, init]) => String(init?.body).includes('SignIn'))!;
    expect(new Headers(signInCall[1]!.headers as HeadersInit).get('authorization')).toBeNull();
    expect(String(signInCall[1]!.body)).toContain('pcm@demo.gob.pe');
  });

  it('signs out in every tab when another tab signs out', async () => {
    writeSession({ token: 't', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), viewer });
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ data: null })),
    );
    renderApp('/ingresar');
    expect(screen.queryByRole('button', { name: 'Ingresar' })).toBeNull();
    act(() => {
      localStorage.removeItem('gj.session');
      window.dispatchEvent(new StorageEvent('storage', { key: 'gj.session', oldValue: 'x', newValue: null, storageArea: localStorage }));
    });
    expect(await screen.findByRole('button', { name: 'Ingresar' })).toBeInTheDocument();
  });
});
