import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Action } from '@gj/domain';
import { NotFoundPage } from '../components/NotFoundPage';
import { useAuth } from './AuthContext';

/** Sends signed-out people to the sign-in page, and back where they were afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/ingresar" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

/**
 * Hides a page from roles that may not use it. It answers "no existe", like the API does for
 * what a person cannot see; the API enforces the same rule on every operation.
 */
export function RequirePermission({ action, children }: { action: Action; children: ReactNode }) {
  const { can } = useAuth();
  return can(action) ? children : <NotFoundPage />;
}

export function RequireRole({ role, children }: { role: 'COORDINATOR'; children: ReactNode }) {
  const { session } = useAuth();
  return session?.viewer.role === role ? children : <NotFoundPage />;
}
