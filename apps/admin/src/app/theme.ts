import { Alert, createTheme, Drawer, Modal, Notification } from '@mantine/core';
import { DateInput } from '@mantine/dates';

/** Spanish names for the controls Mantine draws without visible text. */
const CLOSE = { 'aria-label': 'Cerrar' };
const CALENDAR_LABELS = {
  monthLevelControl: 'Elegir el mes',
  yearLevelControl: 'Elegir el año',
  nextMonth: 'Mes siguiente',
  previousMonth: 'Mes anterior',
  nextYear: 'Año siguiente',
  previousYear: 'Año anterior',
  nextDecade: 'Década siguiente',
  previousDecade: 'Década anterior',
};

export const theme = createTheme({
  primaryColor: 'grape',
  // Keyboard focus is always visible; mouse clicks do not draw the ring.
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "Liberation Sans", sans-serif',
  headings: { fontWeight: '700' },
  components: {
    Modal: Modal.extend({ defaultProps: { closeButtonProps: CLOSE } }),
    Drawer: Drawer.extend({ defaultProps: { closeButtonProps: CLOSE } }),
    Alert: Alert.extend({ defaultProps: { closeButtonLabel: 'Cerrar' } }),
    Notification: Notification.extend({ defaultProps: { closeButtonProps: CLOSE } }),
    DateInput: DateInput.extend({ defaultProps: { ariaLabels: CALENDAR_LABELS } }),
  },
});
