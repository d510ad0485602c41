import { VisuallyHidden } from '@mantine/core';
import { monthOfYear } from './status';

/**
 * The words of a «send the month» button: «Enviar» (or «Enviar de nuevo») on screen, and the
 * month for screen readers, so the accessible name begins with the visible text (WCAG 2.5.3):
 * «Enviar el reporte de mayo de 2024».
 */
export function SubmitMonthLabel({ status, year, month }: { status: string; year: number; month: number }) {
  return (
    <>
      {status === 'RETURNED' ? 'Enviar de nuevo ' : 'Enviar '}
      <VisuallyHidden>{`el reporte de ${monthOfYear(year, month)}`}</VisuallyHidden>
    </>
  );
}
