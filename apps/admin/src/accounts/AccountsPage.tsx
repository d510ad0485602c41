/** /cuentas — account management for the coordination (lazy route, `account:manage`). */
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ROLE_LABELS, isRole } from '@gj/domain';
import { useSession } from '../auth/AuthContext';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import type { AccountFieldsFragment } from '../gql/graphql';
import { userMessage } from '../lib/errors';
import { formatDateTime, formatInteger } from '../lib/format';
import { entityName } from '../report/labels';
import { AccountForm, type AccountInput } from './AccountForm';
import { AccountsQuery, CreateAccountMutation, SetAccountActiveMutation } from './operations';
import { ConfirmMutation } from '../components/ConfirmMutation';

export default function AccountsPage() {
  usePageTitle('Cuentas de usuario');
  const { viewer } = useSession();
  const [creating, setCreating] = useState(false);
  const [toggling, setToggling] = useState<AccountFieldsFragment | null>(null);
  const { data, loading, error, refetch } = useQuery(AccountsQuery);
  const accounts = data?.accounts ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>Cuentas de usuario</Title>
          <Text c="dimmed">Personas de la coordinación y puntos focales de las entidades, y cuentas de sistemas integradores.</Text>
        </div>
        <Button onClick={() => setCreating(true)}>Crear cuenta</Button>
      </Group>

      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <LoadingState label="Cargando las cuentas…" />
      ) : accounts.length === 0 ? (
        <EmptyState title="No hay cuentas" />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {formatInteger(accounts.length)} cuentas, {formatInteger(accounts.filter((a) => a.active).length)} habilitadas. Deshabilitar una cuenta termina de
            inmediato sus sesiones abiertas.
          </Text>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover aria-label="Cuentas de usuario" data-testid="accounts-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Correo</Table.Th>
                  <Table.Th>Rol</Table.Th>
                  <Table.Th>Entidad</Table.Th>
                  <Table.Th>Estado</Table.Th>
                  <Table.Th>Creada</Table.Th>
                  <Table.Th>Acciones</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accounts.map((a) => {
                  const own = a.email === viewer.email;
                  return (
                    <Table.Tr key={a.id} data-email={a.email}>
                      <Table.Td>
                        {a.email}
                        {own && (
                          <Badge ml={6} size="xs" variant="light">
                            su cuenta
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>{isRole(a.role) ? ROLE_LABELS[a.role] : a.role}</Table.Td>
                      <Table.Td>{a.entityCode ? entityName(a.entityCode) : a.role === 'INTEGRATOR' ? 'Todas' : '—'}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={600} c={a.active ? 'green.8' : 'red.8'}>
                          {a.active ? 'Habilitada' : 'Deshabilitada'}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.createdAt)}</Table.Td>
                      <Table.Td>
                        {own ? (
                          <Text size="xs" c="dimmed">
                            No puede deshabilitar su propia cuenta
                          </Text>
                        ) : (
                          <Button
                            size="xs"
                            variant="subtle"
                            color={a.active ? 'red' : 'green'}
                            onClick={() => setToggling(a)}
                            aria-label={`${a.active ? 'Deshabilitar' : 'Habilitar'} ${a.email}`}
                          >
                            {a.active ? 'Deshabilitar' : 'Habilitar'}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}

      <CreateAccountModal opened={creating} onClose={() => setCreating(false)} />
      <ToggleAccountModal account={toggling} onClose={() => setToggling(null)} />
    </Stack>
  );
}

function CreateAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateAccountMutation, { refetchQueries: [AccountsQuery], awaitRefetchQueries: true });
  const close = () => {
    setFailure(null);
    onClose();
  };
  async function submit(input: AccountInput) {
    setFailure(null);
    try {
      await create({ variables: input });
      notifications.show({ color: 'green', title: 'Cuenta creada', message: `${input.email} ya puede iniciar sesión.` });
      close();
    } catch (e) {
      setFailure(userMessage(e));
    }
  }
  return (
    <Modal opened={opened} onClose={close} size="lg" title={<Text fw={700}>Crear cuenta</Text>}>
      {opened && <AccountForm onSubmit={(input) => void submit(input)} onCancel={close} saving={loading} failure={failure} />}
    </Modal>
  );
}

function ToggleAccountModal({ account, onClose }: { account: AccountFieldsFragment | null; onClose: () => void }) {
  const [setActive] = useMutation(SetAccountActiveMutation);
  if (!account) return null;
  const enabling = !account.active;
  return (
    <ConfirmMutation
      title={enabling ? '¿Habilitar la cuenta?' : '¿Deshabilitar la cuenta?'}
      confirmLabel={enabling ? 'Habilitar' : 'Deshabilitar'}
      color={enabling ? 'green' : 'red'}
      success={{ title: enabling ? 'Cuenta habilitada' : 'Cuenta deshabilitada', message: account.email }}
      onConfirm={() => setActive({ variables: { email: account.email, active: enabling } })}
      onClose={onClose}
    >
      <Text size="sm">
        {enabling
          ? `${account.email} podrá volver a iniciar sesión.`
          : `${account.email} no podrá iniciar sesión y sus sesiones abiertas terminarán de inmediato. Sus registros y el historial de auditoría se conservan.`}
      </Text>
    </ConfirmMutation>
  );
}
