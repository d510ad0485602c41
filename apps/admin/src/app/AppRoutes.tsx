import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ActivitiesPage } from '../activities/ActivitiesPage';
import { useAuth } from '../auth/AuthContext';
import { landingPath } from '../auth/landing';
import { RequireAuth, RequirePermission, RequireRole } from '../auth/RequireAuth';
import { SignInPage } from '../auth/SignInPage';
import { NotFoundPage } from '../components/NotFoundPage';
import { Layout } from './Layout';

// Coordination pages, with their charts and tables, load only when opened.
const DashboardPage = lazy(() => import('../dashboard/DashboardPage'));
const RegisterPage = lazy(() => import('../register/RegisterPage'));
const ReportPage = lazy(() => import('../report/ReportPage'));
const ValidationPage = lazy(() => import('../cycle/ValidationPage'));
const MonthlyReportPage = lazy(() => import('../cycle/MonthlyReportPage'));
const AuditPage = lazy(() => import('../audit/AuditPage'));
const AccountsPage = lazy(() => import('../accounts/AccountsPage'));
const ApiKeysPage = lazy(() => import('../apikeys/ApiKeysPage'));
// An activity's page carries the execution forms and participant tools: loaded when opened.
const ActivityDetailPage = lazy(() => import('../activities/ActivityDetailPage'));

function Landing() {
  const { session } = useAuth();
  return <Navigate to={session ? landingPath(session.viewer.role) : '/ingresar'} replace />;
}

/** Routes and paths are in Spanish: people see them in the address bar. */
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
        <Route path="actividades" element={<ActivitiesPage />} />
        <Route path="actividades/:code" element={<ActivityDetailPage />} />
        <Route
          path="panel"
          element={
            <RequireRole role="COORDINATOR">
              <DashboardPage />
            </RequireRole>
          }
        />
        <Route
          path="registro"
          element={
            <RequirePermission action="authority:manage">
              <RegisterPage />
            </RequirePermission>
          }
        />
        <Route path="reporte" element={<ReportPage />} />
        <Route
          path="reporte-mensual"
          element={
            <RequirePermission action="month:submit">
              <MonthlyReportPage />
            </RequirePermission>
          }
        />
        <Route
          path="validacion"
          element={
            <RequirePermission action="month:review">
              <ValidationPage />
            </RequirePermission>
          }
        />
        <Route
          path="auditoria"
          element={
            <RequirePermission action="audit:read">
              <AuditPage />
            </RequirePermission>
          }
        />
        <Route
          path="cuentas"
          element={
            <RequirePermission action="account:manage">
              <AccountsPage />
            </RequirePermission>
          }
        />
        <Route
          path="claves"
          element={
            <RequirePermission action="apikey:manage">
              <ApiKeysPage />
            </RequirePermission>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
