import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter } from 'react-router';
import { CutoffProvider } from '../activities/cutoff';
import { AuthProvider } from '../auth/AuthContext';
import { DATE_LOCALE } from '../lib/dates';
import { AppRoutes } from './AppRoutes';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: DATE_LOCALE, firstDayOfWeek: 1 }}>
        <Notifications position="top-right" />
        <AuthProvider>
          <CutoffProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </CutoffProvider>
        </AuthProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
