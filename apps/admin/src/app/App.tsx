import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { CutoffProvider } from '../activities/cutoff';
import { AuthProvider } from '../auth/AuthContext';
import { DATE_LOCALE } from '../lib/dates';
import { AppRoutes } from './AppRoutes';
import { cssVariablesResolver, theme } from './theme';

/**
 * A data router, which `useBlocker` needs (a form with unsaved changes asks before leaving); the
 * pages themselves are still declared with <Routes> in AppRoutes, under one catch-all route.
 */
const router = createBrowserRouter([{ path: '*', element: <AppRoutes /> }]);

export function App() {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <DatesProvider settings={{ locale: DATE_LOCALE, firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <AuthProvider>
          <CutoffProvider>
            <RouterProvider router={router} />
          </CutoffProvider>
        </AuthProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
