import { Stack, Text, Timeline, Title } from '@mantine/core';
import type { ReprogrammingFieldsFragment } from '../gql/graphql';
import { formatDate, formatDateTime } from '../lib/format';

/**
 * The reprogrammings of an activity, oldest first: from when each rules, the document that
 * approves it, what it changed, why, and who recorded it. Nothing when there is none.
 */
export function ReprogrammingHistory({ items, headingOrder = 3 }: { items: readonly ReprogrammingFieldsFragment[]; headingOrder?: 2 | 3 | 4 }) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-label="Historial de reprogramaciones" data-testid="reprogramming-history">
      <Title order={headingOrder} size="h5">
        Reprogramaciones ({items.length})
      </Title>
      <Timeline bulletSize={14} lineWidth={2} active={items.length - 1}>
        {items.map((r, i) => (
          <Timeline.Item key={`${r.effectiveDate}-${i}`} title={`Vigente desde el ${formatDate(r.effectiveDate)}`}>
            <Text size="sm">{r.summary ? `${r.summary.charAt(0).toUpperCase()}${r.summary.slice(1)}.` : 'Sin cambios registrados.'}</Text>
            <Text size="sm" c="dimmed">
              {r.document}
            </Text>
            <Text size="xs" c="dimmed">
              Motivo: {r.reason}
            </Text>
            <Text size="xs" c="dimmed">
              Registrada por {r.createdBy} el {formatDateTime(r.createdAt)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}
