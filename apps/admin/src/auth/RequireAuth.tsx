import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from './AuthContext';

/** Sends signed-out people to the sign-in page, and back where they were afterwards. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/ingresar" replace state={{ from: location.pathname + location.search }} />;
  return children;
}
