import { Alert, Button, Checkbox, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';

export interface CreatedKey {
  key: string;
  name: string;
  /** Null: every entity. */
  entityLabel: string | null;
}

/**
 * Shows a new integrator key once. The API keeps only its hash, so the dialog says so plainly,
 * offers a copy button, and closes only after the person confirms they saved it.
 */
export function CreatedKeyDialog({ created, onClose }: { created: CreatedKey | null; onClose: () => void }) {
  const [saved, setSaved] = useState(false);
  const close = () => {
    setSaved(false);
    onClose();
  };
  return (
    <Modal
      opened={created !== null}
      onClose={() => saved && close()}
      closeOnClickOutside={false}
      closeOnEscape={false}
      withCloseButton={false}
      size="lg"
      title={<Text fw={700}>Clave creada: cópiela ahora</Text>}
    >
      {created && (
        <Stack gap="md">
          <Alert color="orange" title="Esta es la única vez que se muestra la clave" role="alert">
            La plataforma guarda solo una huella de la clave: no podrá verla de nuevo. Cópiela y entréguela al sistema integrador por un medio seguro. Si la
            pierde, revóquela y cree otra.
          </Alert>
          <Text size="sm">
            «{created.name}» · solo lectura · {created.entityLabel ? `datos de ${created.entityLabel}` : 'datos de todas las entidades'}. Se envía en el
            encabezado <Code>Authorization: Bearer …</Code> o <Code>X-API-Key: …</Code>.
          </Text>
          <Code block fz="sm" style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }} data-testid="created-key">
            {created.key}
          </Code>
          <Group justify="space-between" wrap="wrap">
            <CopyButton value={created.key} timeout={4000}>
              {({ copied, copy }) => (
                <Button color={copied ? 'green' : undefined} onClick={copy} variant={copied ? 'filled' : 'light'}>
                  {copied ? 'Clave copiada' : 'Copiar la clave'}
                </Button>
              )}
            </CopyButton>
          </Group>
          <Checkbox label="Guardé la clave en un lugar seguro" checked={saved} onChange={(e) => setSaved(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button onClick={close} disabled={!saved}>
              Cerrar
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
