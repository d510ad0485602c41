import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Drawer, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { OUTCOMES, type Outcome } from '@gj/domain';
import { ActivityDetailQuery } from '../activities/operations';
import { queryPending } from '../components/PageScaffold';
import { userMessage } from '../lib/errors';
import { formatDate, formatInteger } from '../lib/format';
import { AuthorityPicker } from './AuthorityPicker';
import { AddParticipantsMutation, ExecutionParticipantsQuery, RemoveParticipantsMutation } from './operations';
import { ParticipantImport } from './ParticipantImport';
import { ParticipantTable } from './ParticipantTable';

function asOutcome(value: string): Outcome {
  return (OUTCOMES as readonly string[]).includes(value) ? (value as Outcome) : 'ENROLLED';
}

/** Participants of one execution: list, change outcome, remove, add from the register, import a file. */
export function ParticipantsDrawer({
  execution,
  onClose,
  outcomes,
  initialOutcome,
  canWrite,
}: {
  execution: { id: number; title: string; date: string } | null;
  onClose: () => void;
  outcomes: readonly Outcome[];
  initialOutcome: Outcome | null;
  canWrite: boolean;
}) {
  return (
    <Drawer
      opened={execution !== null}
      onClose={onClose}
      position="right"
      size="min(960px, 100vw)"
      title={
        <Title order={2} size="h4" component="span">
          Participantes
        </Title>
      }
    >
      {execution && <ParticipantsPanel execution={execution} outcomes={outcomes} initialOutcome={initialOutcome} canWrite={canWrite} />}
    </Drawer>
  );
}

function ParticipantsPanel({
  execution,
  outcomes,
  initialOutcome,
  canWrite,
}: {
  execution: { id: number; title: string; date: string };
  outcomes: readonly Outcome[];
  initialOutcome: Outcome | null;
  canWrite: boolean;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(ExecutionParticipantsQuery, { variables: { id: execution.id }, fetchPolicy: 'network-only' });
  const refetchQueries = [ExecutionParticipantsQuery, ActivityDetailQuery];
  const [add, addState] = useMutation(AddParticipantsMutation, { refetchQueries, awaitRefetchQueries: true });
  const [remove, removeState] = useMutation(RemoveParticipantsMutation, { refetchQueries, awaitRefetchQueries: true });
  const busy = addState.loading || removeState.loading;

  async function attempt(action: () => Promise<unknown>) {
    setFailure(null);
    try {
      await action();
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  const rows = (data?.execution?.participants ?? []).map((p) => ({ authority: p.authority, outcome: asOutcome(p.outcome) }));
  const setOutcome = (authorityId: number, outcome: Outcome) =>
    attempt(() => add({ variables: { executionId: execution.id, participants: [{ authorityId, outcome }] } }));

  return (
    <Stack gap="md">
      <Text size="sm">
        <strong>{execution.title}</strong> · {formatDate(execution.date)}
      </Text>
      {failure && (
        <Alert color="red" title="No se pudo guardar" role="alert" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
      {queryPending({ data, loading, error, refetch }, 'Cargando participantes…') ??
        (!data?.execution ? (
          <Text>Esta ejecución ya no existe.</Text>
        ) : (
          <Tabs defaultValue="list" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="list">Participantes ({formatInteger(rows.length)})</Tabs.Tab>
              {canWrite && <Tabs.Tab value="add">Agregar desde el registro</Tabs.Tab>}
              {canWrite && <Tabs.Tab value="import">Importar archivo</Tabs.Tab>}
            </Tabs.List>
            <Tabs.Panel value="list" pt="md">
              <ParticipantTable
                rows={rows}
                outcomes={outcomes}
                readOnly={!canWrite}
                busy={busy}
                onOutcomeChange={(id, outcome) => void setOutcome(id, outcome)}
                onRemove={(id) => void attempt(() => remove({ variables: { executionId: execution.id, authorityIds: [id] } }))}
              />
            </Tabs.Panel>
            {canWrite && (
              <Tabs.Panel value="add" pt="md">
                <AuthorityPicker
                  outcomes={outcomes}
                  initialOutcome={initialOutcome}
                  alreadyAdded={new Set(rows.map((r) => r.authority.id))}
                  busy={busy}
                  onAdd={(authority, outcome) => setOutcome(authority.id, outcome)}
                />
              </Tabs.Panel>
            )}
            {canWrite && (
              <Tabs.Panel value="import" pt="md">
                <ParticipantImport executionId={execution.id} outcomes={outcomes} />
              </Tabs.Panel>
            )}
          </Tabs>
        ))}
    </Stack>
  );
}
