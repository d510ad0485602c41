import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { userMessage } from '../lib/errors';

/**
 * The one confirmation dialog of the app: a question, what will happen, and the change it makes
 * on confirm. The API's refusal shows inside the dialog in Spanish; success closes it with a
 * notification. Cancel has the focus, so Enter never confirms by accident.
 */
export function ConfirmMutation({
  title,
  children,
  confirmLabel,
  color = 'red',
  failureTitle = 'No se pudo guardar',
  success,
  onConfirm,
  onClose,
}: {
  title: ReactNode;
  children: ReactNode;
  confirmLabel: string;
  color?: string;
  failureTitle?: string;
  /** The notification shown once the change is made. */
  success: { title: string; message: string };
  /** Makes the change; throws what the API answered. */
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setFailure(null);
    onClose();
  };
  async function confirm() {
    setFailure(null);
    setBusy(true);
    try {
      await onConfirm();
      notifications.show({ color: 'green', title: success.title, message: success.message });
      close();
    } catch (e) {
      setFailure(userMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={close} title={<Text fw={700}>{title}</Text>}>
      <Stack gap="md">
        {children}
        {failure && (
          <Alert color="red" role="alert" title={failureTitle}>
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={busy} data-autofocus>
            Cancelar
          </Button>
          <Button color={color} onClick={() => void confirm()} loading={busy}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
