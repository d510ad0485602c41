/** /cuentas — account management for the coordination (lazy route, `account:manage`). */
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ROLE_LABELS, isRole } from '@gj/domain';
import { useSession } from '../auth/AuthContext';
import { ListTable } from '../components/ListTable';
import { PageHeader, queryPending } from '../components/PageScaffold';
import { EmptyState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import type { AccountFieldsFragment } from '../gql/graphql';
import { FormModal } from '../components/UnsavedChanges';
import { saveErrorMessage } from '../lib/errors';
import { formatDateTime, formatInteger } from '../lib/format';
import { entityName } from '../report/labels';
import { AccountForm, type AccountInput } from './AccountForm';
import { AccountsQuery, CreateAccountMutation, SetAccountActiveMutation } from './operations';
import { ConfirmMutation } from '../components/ConfirmMutation';
import { useEntities } from '../entities/useEntities';

export default function AccountsPage() {
  usePageTitle('Cuentas de usuario');
  const { viewer } = useSession();
  const [creating, setCreating] = useState(false);
  const [toggling, setToggling] = useState<AccountFieldsFragment | null>(null);
  const query = useQuery(AccountsQuery);
  const accounts = query.data?.accounts ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title="Cuentas de usuario"
        description="Personas de la coordinación y puntos focales de las entidades, y cuentas de sistemas integradores."
        action={<Button onClick={() => setCreating(true)}>Crear cuenta</Button>}
      />

      {queryPending(query, 'Cargando las cuentas…') ??
        (accounts.length === 0 ? (
          <EmptyState title="No hay cuentas" />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {formatInteger(accounts.length)} cuentas, {formatInteger(accounts.filter((a) => a.active).length)} habilitadas. Deshabilitar una cuenta termina de
              inmediato sus sesiones abiertas.
            </Text>
            <ListTable label="Cuentas de usuario" testId="accounts-table" minWidth={760} columns={['Correo', 'Rol', 'Entidad', 'Estado', 'Creada', 'Acciones']}>
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
            </ListTable>
          </>
        ))}

      <CreateAccountModal opened={creating} onClose={() => setCreating(false)} />
      <ToggleAccountModal account={toggling} onClose={() => setToggling(null)} />
    </Stack>
  );
}

function CreateAccountModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const [failure, setFailure] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateAccountMutation, { refetchQueries: [AccountsQuery], awaitRefetchQueries: true });
  const { entities } = useEntities();
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
      setFailure(saveErrorMessage(e));
    }
  }
  return (
    <FormModal opened={opened} onClose={close} size="lg" title={<Text fw={700}>Crear cuenta</Text>}>
      {opened && <AccountForm entities={entities} onSubmit={(input) => void submit(input)} onCancel={close} saving={loading} failure={failure} />}
    </FormModal>
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
