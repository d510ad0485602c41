import type { MockedResponse } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { CutoffProvider } from '../activities/cutoff';
import { AuthProvider } from '../auth/AuthContext';
import { writeSession, type SessionViewer } from '../auth/session';
import { renderWithTheme } from './render';

export const COORDINATOR: SessionViewer = {
  email: 'coordinacion@demo.gob.pe',
  role: 'COORDINATOR',
  entity: { code: 'MIMP', name: 'Ministerio de la Mujer y Poblaciones Vulnerables', shortName: 'MIMP' },
};

export const PCM_FOCAL_POINT: SessionViewer = {
  email: 'pcm@demo.gob.pe',
  role: 'FOCAL_POINT',
  entity: { code: 'PCM', name: 'Presidencia del Consejo de Ministros', shortName: 'PCM' },
};

/**
 * Renders a page as a signed-in person sees it: a session, the API answered by `mocks` (Apollo's
 * MockedProvider, inside the app's own provider), a router at `path` and a cut-off date.
 */
export function renderSignedIn(
  ui: ReactElement,
  { mocks = [], viewer = COORDINATOR, path = '/', asOf }: { mocks?: readonly MockedResponse[]; viewer?: SessionViewer; path?: string; asOf?: string } = {},
) {
  writeSession({ token: 'prueba', expiresAt: new Date(Date.now() + 3_600_000).toISOString(), viewer });
  return renderWithTheme(
    <AuthProvider>
      <MockedProvider mocks={mocks}>
        <CutoffProvider initial={asOf}>
          <MemoryRouter initialEntries={[path]}>{ui}</MemoryRouter>
        </CutoffProvider>
      </MockedProvider>
    </AuthProvider>,
  );
}
