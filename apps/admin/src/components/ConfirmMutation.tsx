import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { ProblemsAlert, refusalOf, type Refusal } from './ProblemsAlert';

/**
 * The one confirmation dialog of the app: a question, what will happen, and the change it makes
 * on confirm. The API's refusal shows inside the dialog in Spanish, with every problem it lists
 * (`extensions.problems`, e.g. what keeps a plan from being published); success closes it with a
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
  const [failure, setFailure] = useState<Refusal | null>(null);
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
      setFailure(refusalOf(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={close} title={<Text fw={700}>{title}</Text>}>
      <Stack gap="md">
        {children}
        {failure && <ProblemsAlert title={failureTitle} message={failure.message} problems={failure.problems} />}
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
