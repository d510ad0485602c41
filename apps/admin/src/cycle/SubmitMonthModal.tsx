import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { userMessage } from '../lib/errors';
import { formatInteger, monthName } from '../lib/format';
import { MonthlySubmissionsQuery, SubmitMonthMutation } from './operations';
import { monthOfYear } from './status';

export interface SubmitTarget {
  year: number;
  month: number;
  entityCode: string;
  /** Executions recorded in the month, when known. */
  executions?: number;
}

/** A focal point sends its entity's month to the coordination, after confirming what it means. */
export function SubmitMonthModal({ target, onClose }: { target: SubmitTarget | null; onClose: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [submit, { loading }] = useMutation(SubmitMonthMutation, { refetchQueries: [MonthlySubmissionsQuery] });
  const close = () => {
    setFailure(null);
    onClose();
  };
  if (!target) return null;
  const what = monthOfYear(target.year, target.month, target.entityCode);

  async function confirm() {
    if (!target) return;
    setFailure(null);
    try {
      await submit({ variables: { year: target.year, month: target.month } });
      notifications.show({ color: 'green', title: 'Reporte enviado', message: `Se envió el reporte de ${what} a la coordinación.` });
      close();
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  return (
    <Modal opened onClose={close} title={<Text fw={700}>¿Enviar el reporte de {monthOfYear(target.year, target.month)}?</Text>}>
      <Stack gap="md">
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
        {failure && (
          <Alert color="red" role="alert" title="No se pudo enviar">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={loading} data-autofocus>
            Cancelar
          </Button>
          <Button onClick={() => void confirm()} loading={loading}>
            Enviar mes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
