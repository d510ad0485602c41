import { Anchor, Badge, Code, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { entityName } from '../report/labels';
import { formatDateTime } from '../lib/format';
import { actionSentence, actorLabel, actorRoleLabel, fieldChanges, parseAuditValue, prettyJson, targetLabel } from './labels';

export interface AuditEntryView {
  id: number;
  occurredAt: string;
  actorEmail: string;
  actorRole: string;
  action: string;
  targetType: string;
  targetId?: string | null;
  activityCode?: string | null;
  entities: readonly string[];
  planYear?: number | null;
  before?: string | null;
  after?: string | null;
}

/**
 * One change in the audit trail: when (Lima time), who, what in words, on what, and the values
 * before and after — as a table of fields, with the stored JSON in a collapsible block.
 */
export function AuditEntry({ entry }: { entry: AuditEntryView }) {
  const before = parseAuditValue(entry.before);
  const after = parseAuditValue(entry.after);
  const changes = fieldChanges(before, after);
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="article"
      aria-label={`${actionSentence(entry.action, after)}, ${formatDateTime(entry.occurredAt)}`}
      data-testid="audit-entry"
      data-action={entry.action}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <div>
            <Text fw={700}>{actionSentence(entry.action, after)}</Text>
            <Text size="sm">
              {targetLabel(entry.targetType, entry.targetId)}
              {entry.activityCode && (
                <>
                  {' · '}
                  <Anchor component={Link} to={`/actividades/${entry.activityCode}`} size="sm">
                    Actividad {entry.activityCode}
                  </Anchor>
                </>
              )}
            </Text>
          </div>
          <Stack gap={0} align="flex-end">
            <Text size="sm" fw={500}>
              <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>
            </Text>
            <Text size="xs" c="dimmed">
              {actorLabel(entry.actorEmail)} · {actorRoleLabel(entry.actorRole)}
            </Text>
          </Stack>
        </Group>
        {entry.entities.length > 0 && (
          <Group gap={4}>
            {entry.entities.map((e) => (
              <Badge key={e} size="xs" variant="light" color="gray">
                {entityName(e)}
              </Badge>
            ))}
          </Group>
        )}
        {changes.length > 0 && (
          <Table.ScrollContainer minWidth={420} type="native" className="scroll-region" tabIndex={0} role="region" aria-label="Valores antes y después">
            <Table withTableBorder fz="xs" verticalSpacing={2} aria-label="Valores antes y después">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="25%">Dato</Table.Th>
                  <Table.Th>Antes</Table.Th>
                  <Table.Th>Después</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {changes.map((c) => (
                  <Table.Tr key={c.key} data-changed={c.changed ? 'true' : 'false'}>
                    <Table.Td fw={c.changed ? 700 : undefined}>{c.label}</Table.Td>
                    <Table.Td c={c.changed ? undefined : 'dimmed'} style={{ wordBreak: 'break-word' }}>
                      {c.before}
                    </Table.Td>
                    <Table.Td c={c.changed ? undefined : 'dimmed'} fw={c.changed ? 600 : undefined} style={{ wordBreak: 'break-word' }}>
                      {c.after}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {(entry.before || entry.after) && (
          <details>
            <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-xs)' }}>Ver los valores registrados (JSON)</summary>
            <SimpleGrid cols={{ base: 1, md: 2 }} mt="xs" spacing="xs">
              <div>
                <Text size="xs" fw={700}>
                  Antes
                </Text>
                <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="audit-before">
                  {prettyJson(before)}
                </Code>
              </div>
              <div>
                <Text size="xs" fw={700}>
                  Después
                </Text>
                <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="audit-after">
                  {prettyJson(after)}
                </Code>
              </div>
            </SimpleGrid>
          </details>
        )}
      </Stack>
    </Paper>
  );
}
