import { Navigate, Route, Routes } from 'react-router';
import type { ReactNode } from 'react';
import { useAuth } from '../auth/AuthContext';
import { landingPath } from '../auth/landing';
import { RequireAuth } from '../auth/RequireAuth';
import { SignInPage } from '../auth/SignInPage';
import { NotFoundPage } from '../components/NotFoundPage';
import { Layout } from './Layout';
import { allows, PAGES, type Requirement } from './pages';

function Landing() {
  const { session } = useAuth();
  return <Navigate to={session ? landingPath(session.viewer.role) : '/ingresar'} replace />;
}

/**
 * A page a role may not use answers "no existe", as the API does for what a person cannot see;
 * the API enforces the same rule on every operation.
 */
function Allowed({ requires, children }: { requires?: Requirement; children: ReactNode }) {
  const { session, can } = useAuth();
  return session && allows(requires, session.viewer.role, can) ? children : <NotFoundPage />;
}

/** The routes of `PAGES`, behind sign-in. */
export function AppRoutes() {
  return (
    <Routes>
      <Route path="/ingresar" element={<SignInPage />} />
      <Route
        element={
          <RequireAuth>
            <Layout />
          </RequireAuth>
        }
      >
        <Route index element={<Landing />} />
        {PAGES.map(({ path, component: Component, requires }) => (
          <Route
            key={path}
            path={path}
            element={
              <Allowed requires={requires}>
                <Component />
              </Allowed>
            }
          />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
