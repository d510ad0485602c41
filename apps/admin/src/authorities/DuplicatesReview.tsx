import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import type { AuthorityFieldsFragment } from '../gql/graphql';
import { userMessage } from '../lib/errors';
import { formatInteger } from '../lib/format';
import { AuthorityQuery, RegisterQuery, ResolveDuplicateMutation } from './operations';

export function AuthorityFacts({ authority, heading }: { authority: AuthorityFieldsFragment; heading: string }) {
  return (
    <Paper withBorder p="sm" radius="sm">
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {heading}
      </Text>
      <Text fw={600}>
        {authority.familyNames}, {authority.givenNames}
      </Text>
      <Text size="sm">DNI: {authority.dni ?? 'sin DNI'}</Text>
      <Text size="sm">{authority.officeLabel}</Text>
      <Text size="sm">
        {authority.government.name} ({authority.government.department.name})
      </Text>
      <Text size="sm">
        Periodo {authority.termStart}–{authority.termEnd} · {authority.active ? 'Activa' : 'Inactiva'} · N.º {authority.id}
      </Text>
    </Paper>
  );
}

function DuplicatePair({ duplicate }: { duplicate: AuthorityFieldsFragment }) {
  const [failure, setFailure] = useState<string | null>(null);
  const original = useQuery(AuthorityQuery, { variables: { id: duplicate.possibleDuplicateOf ?? 0 }, skip: duplicate.possibleDuplicateOf === null });
  const [resolve, { loading }] = useMutation(ResolveDuplicateMutation, { refetchQueries: [RegisterQuery], awaitRefetchQueries: true });
  const name = `${duplicate.givenNames} ${duplicate.familyNames}`;

  async function decide(merge: boolean) {
    setFailure(null);
    try {
      await resolve({ variables: { id: duplicate.id, merge } });
      notifications.show({
        color: 'green',
        title: merge ? 'Registros fusionados' : 'Registros conservados',
        message: merge ? `Se conservó un solo registro de ${name}.` : `${name} queda como una persona distinta.`,
      });
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={`Posible duplicado: ${name}`} data-testid="duplicate-pair">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {original.data?.authority ? (
            <AuthorityFacts authority={original.data.authority} heading="Registro original" />
          ) : original.loading ? (
            <LoadingState />
          ) : (
            <Text size="sm" c="dimmed">
              El registro original ya no existe.
            </Text>
          )}
          <AuthorityFacts authority={duplicate} heading="Posible duplicado" />
        </SimpleGrid>
        {failure && (
          <Alert color="red" role="alert" title="No se pudo resolver">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void decide(false)} loading={loading}>
            Son personas distintas: conservar ambos
          </Button>
          <Button color="orange" onClick={() => void decide(true)} loading={loading}>
            Es la misma persona: fusionar
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          Al fusionar se conserva el registro original (con el DNI del duplicado si el original no lo tenía) y se elimina el duplicado.
        </Text>
      </Stack>
    </Paper>
  );
}

/** Records created with the same name and government as another, waiting for a person to decide. */
export function DuplicatesReview() {
  const { data, loading, error, refetch } = useQuery(RegisterQuery, { variables: { onlyPossibleDuplicates: true, includeInactive: true, first: 50 } });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState label="Buscando posibles duplicados…" />;
  const nodes = data?.authorities.nodes ?? [];
  if (nodes.length === 0) {
    return (
      <EmptyState title="No hay posibles duplicados por revisar">
        Cuando una importación o un alta coincide en nombre y gobierno con otro registro, aparecerá aquí.
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {data!.authorities.totalCount === 1
          ? '1 posible duplicado por revisar'
          : `${formatInteger(data!.authorities.totalCount)} posibles duplicados por revisar`}
      </Title>
      {nodes.map((d) => (
        <DuplicatePair key={d.id} duplicate={d} />
      ))}
    </Stack>
  );
}
