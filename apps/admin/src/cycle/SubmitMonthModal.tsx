import { useMutation } from '@apollo/client/react';
import { Alert, Text, VisuallyHidden } from '@mantine/core';
import { formatInteger, monthName } from '../lib/format';
import { MonthlySubmissionsQuery, SubmitMonthMutation } from './operations';
import { monthOfYear } from './status';
import { ConfirmMutation } from '../components/ConfirmMutation';

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

export interface SubmitTarget {
  year: number;
  month: number;
  entityCode: string;
  /** Executions recorded in the month, when known. */
  executions?: number;
}

/** A focal point sends its entity's month to the coordination, after confirming what it means. */
export function SubmitMonthModal({ target, onClose }: { target: SubmitTarget | null; onClose: () => void }) {
  const [submit] = useMutation(SubmitMonthMutation, { refetchQueries: [MonthlySubmissionsQuery] });
  if (!target) return null;
  const what = monthOfYear(target.year, target.month, target.entityCode);
  return (
    <ConfirmMutation
      title={`¿Enviar el reporte de ${monthOfYear(target.year, target.month)}?`}
      confirmLabel="Enviar mes"
      color="blue"
      failureTitle="No se pudo enviar"
      success={{ title: 'Reporte enviado', message: `Se envió el reporte de ${what} a la coordinación.` }}
      onConfirm={() => submit({ variables: { year: target.year, month: target.month } })}
      onClose={onClose}
    >
      <Text size="sm">
        La coordinación del MIMP revisará el reporte de {what}
        {target.executions !== undefined &&
          ` (${target.executions === 1 ? '1 ejecución registrada' : `${formatInteger(target.executions)} ejecuciones registradas`} en ${monthName(target.month)})`}
        . Mientras esté en revisión puede seguir corrigiendo sus ejecuciones.
      </Text>
      <Alert color="yellow" variant="light" title="Al aprobarse, el mes se bloquea">
        Cuando la coordinación apruebe el reporte, las ejecuciones de {monthName(target.month)} ya no se podrán registrar, modificar ni eliminar, salvo que la
        coordinación reabra el mes.
      </Alert>
    </ConfirmMutation>
  );
}
