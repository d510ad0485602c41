/** /claves — integrators' API keys (lazy route, `apikey:manage`). */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Code, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ListTable } from '../components/ListTable';
import { PageHeader, queryPending } from '../components/PageScaffold';
import { EmptyState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import type { ApiKeyFieldsFragment } from '../gql/graphql';
import { userMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { entityName } from '../report/labels';
import { CreatedKeyDialog, type CreatedKey } from './CreatedKeyDialog';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from './operations';
import { ConfirmMutation } from '../components/ConfirmMutation';
import { entitySelectData, useEntities } from '../entities/useEntities';

export default function ApiKeysPage() {
  usePageTitle('Claves de integradores');
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyFieldsFragment | null>(null);
  const query = useQuery(ApiKeysQuery);
  const keys = query.data?.apiKeys ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title="Claves de integradores"
        description={
          <>
            Otros sistemas del Estado consultan la API con estas claves: solo lectura, de avance y reportes (nunca datos personales), para todas las entidades o
            para una.
          </>
        }
        action={<Button onClick={() => setCreating(true)}>Crear clave</Button>}
      />

      {queryPending(query, 'Cargando las claves…') ??
        (keys.length === 0 ? (
          <EmptyState title="Aún no hay claves">Cree una para cada sistema que deba consultar la API.</EmptyState>
        ) : (
          <ListTable
            label="Claves de integradores"
            testId="apikeys-table"
            minWidth={860}
            columns={['Nombre', 'Prefijo', 'Entidad', 'Creada', 'Último uso', 'Estado', 'Acciones']}
          >
            {keys.map((k) => (
              <Table.Tr key={k.id} data-name={k.name}>
                <Table.Td fw={500}>{k.name}</Table.Td>
                <Table.Td>
                  <Code>gj_{k.prefix}_…</Code>
                </Table.Td>
                <Table.Td>{k.entityCode ? entityName(k.entityCode) : 'Todas'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(k.createdAt)}
                  <Text size="xs" c="dimmed">
                    {k.createdBy}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{k.lastUsedAt ? formatDateTime(k.lastUsedAt) : 'Nunca'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {k.revokedAt ? (
                    <Text size="sm" c="red.8" fw={600}>
                      Revocada el {formatDateTime(k.revokedAt)}
                    </Text>
                  ) : (
                    <Text size="sm" c="green.8" fw={600}>
                      Vigente
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {!k.revokedAt && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRevoking(k)} aria-label={`Revocar la clave «${k.name}»`}>
                      Revocar
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        ))}

      <CreateKeyModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(key) => {
          setCreating(false);
          setCreated(key);
        }}
      />
      <CreatedKeyDialog created={created} onClose={() => setCreated(null)} />
      <RevokeKeyModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </Stack>
  );
}

function CreateKeyModal({ opened, onClose, onCreated }: { opened: boolean; onClose: () => void; onCreated: (key: CreatedKey) => void }) {
  const [name, setName] = useState('');
  const [entityCode, setEntityCode] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // no-cache: the full key is never written to Apollo's cache.
  const [create, { loading }] = useMutation(CreateApiKeyMutation, { fetchPolicy: 'no-cache', refetchQueries: [ApiKeysQuery] });
  const { entities } = useEntities();
  const close = () => {
    setName('');
    setEntityCode(null);
    setNameError(null);
    setFailure(null);
    onClose();
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const clean = name.trim();
    if (clean.length < 3 || clean.length > 120) {
      setNameError('Escriba un nombre de 3 a 120 caracteres, p. ej. el sistema que la usará.');
      return;
    }
    try {
      const { data } = await create({ variables: { name: clean, entityCode } });
      if (!data) throw new Error('sin datos');
      const result = data.createApiKey;
      close();
      onCreated({ key: result.key, name: result.apiKey.name, entityLabel: result.apiKey.entityCode ? entityName(result.apiKey.entityCode) : null });
    } catch (e) {
      setFailure(userMessage(e));
    }
  }
  return (
    <Modal opened={opened} onClose={close} title={<Text fw={700}>Crear clave de integrador</Text>}>
      <form onSubmit={submit} noValidate aria-label="Crear clave de integrador">
        <Stack gap="md">
          {failure && (
            <Alert color="red" role="alert" title="No se pudo crear la clave">
              {failure}
            </Alert>
          )}
          <TextInput
            label="Nombre"
            description="Qué sistema la usará, p. ej. «Tablero de la SGP – PCM»"
            required
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setNameError(null);
            }}
            error={nameError}
            maxLength={120}
            data-autofocus
          />
          <Select
            label="Entidad"
            description="Limita la clave a los datos de una entidad; sin elegir, ve todas"
            placeholder="Todas las entidades"
            clearable
            data={entitySelectData(entities)}
            value={entityCode}
            onChange={setEntityCode}
            comboboxProps={{ width: 420, position: 'bottom-start' }}
          />
          <Text size="xs" c="dimmed">
            La clave completa se mostrará una sola vez, al crearla.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={loading}>
              Cancelar
            </Button>
            <Button type="submit" loading={loading}>
              Crear clave
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RevokeKeyModal({ apiKey, onClose }: { apiKey: ApiKeyFieldsFragment | null; onClose: () => void }) {
  const [revoke] = useMutation(RevokeApiKeyMutation);
  if (!apiKey) return null;
  return (
    <ConfirmMutation
      title="¿Revocar la clave?"
      confirmLabel="Revocar"
      failureTitle="No se pudo revocar"
      success={{ title: 'Clave revocada', message: `«${apiKey.name}» dejó de funcionar.` }}
      onConfirm={() => revoke({ variables: { id: apiKey.id } })}
      onClose={onClose}
    >
      <Text size="sm">
        «{apiKey.name}» (<Code>gj_{apiKey.prefix}_…</Code>) dejará de funcionar de inmediato: el sistema que la usa ya no podrá consultar la API. Esta acción no
        se puede deshacer; si hace falta, cree una clave nueva.
      </Text>
    </ConfirmMutation>
  );
}
