import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type ReactNode } from 'react';
import { LoadingState } from '../components/States';
import type { AuthorityFieldsFragment } from '../gql/graphql';
import { userMessage } from '../lib/errors';
import { AuthorityQuery } from './operations';

/** One record of the register, as the coordination compares it with another. */
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

/** The register's current record of `id`, loaded here; `missing` when there is none (any more). */
export function RegisteredAuthorityFacts({ id, heading, missing }: { id: number | null; heading: string; missing: string }) {
  const { data, loading } = useQuery(AuthorityQuery, { variables: { id: id ?? 0 }, skip: id === null });
  if (data?.authority) return <AuthorityFacts authority={data.authority} heading={heading} />;
  if (loading) return <LoadingState />;
  return (
    <Text size="sm" c="dimmed">
      {missing}
    </Text>
  );
}

/**
 * A case in the register that waits for the coordination (a possible duplicate, a change an import
 * held back): the facts, then two choices, leave things as they are or apply the change. Both
 * review tabs decide the same way: one request, a notification when it is done (the case then
 * leaves the list), the API's refusal inside the card otherwise.
 */
export function DecisionCard({
  label,
  testId,
  keepLabel,
  applyLabel,
  onDecide,
  success,
  note,
  children,
}: {
  /** The card's accessible name. */
  label: string;
  testId: string;
  /** The button that leaves the register as it is. */
  keepLabel: string;
  /** The button that applies the change (orange). */
  applyLabel: string;
  /** Sends the decision; throws what the API answered. */
  onDecide: (apply: boolean) => Promise<unknown>;
  /** The notification once the decision is made. */
  success: (apply: boolean) => { title: string; message: string };
  /** A line under the choices, e.g. what applying does. */
  note?: ReactNode;
  /** The facts to decide on. */
  children: ReactNode;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(apply: boolean) {
    setFailure(null);
    setBusy(true);
    try {
      await onDecide(apply);
      notifications.show({ color: 'green', ...success(apply) });
    } catch (e) {
      setFailure(userMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={label} data-testid={testId}>
      <Stack gap="sm">
        {children}
        {failure && (
          <Alert color="red" role="alert" title="No se pudo resolver">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void decide(false)} loading={busy}>
            {keepLabel}
          </Button>
          <Button color="orange" onClick={() => void decide(true)} loading={busy}>
            {applyLabel}
          </Button>
        </Group>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
