import { Alert, Badge, Blockquote, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReprogrammingFieldsFragment } from '../gql/graphql';
import { formatNumber, formatPercent, monthList } from '../lib/format';
import { ReprogrammingHistory } from '../plans/ReprogrammingHistory';

export interface PlanView {
  code: string;
  year: number;
  objective: { code: string; name: string };
  responsibleUnits: readonly { code: string; name: string; isWholeEntity: boolean; entity: { code: string; shortName: string } }[];
  target: { value: number; unit: string; description: string; composition: readonly { key: string; label: string; value: number }[] };
  /** The target as first published; the same as `target` unless it was reprogrammed. */
  originalTarget: { value: number; unit: string };
  reprogrammings: readonly ReprogrammingFieldsFragment[];
  indicator: string | null;
  strategyObjectives: readonly string[];
  plannedMonths: readonly number[];
  schedule: readonly { candidates: readonly number[]; reading: readonly number[]; ambiguous: boolean; note: string | null }[];
  flags: readonly { field: string; message: string }[];
  footnotes: readonly { number: number; text: string }[];
  interpretation: string | null;
}

const FLAG_FIELDS: Record<string, string> = { indicator: 'Indicador', schedule: 'Cronograma' };

const inUnit = (value: number, unit: string) => (unit === 'PERCENT' ? formatPercent(value) : formatNumber(value));

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0}>
        {children}
      </Text>
    </Stack>
  );
}

/** The plan's own data for an activity, with what the plan leaves empty or ambiguous said plainly. */
export function PlanSection({ activity }: { activity: PlanView }) {
  const ambiguous = activity.schedule.filter((m) => m.ambiguous);
  return (
    <Stack gap="md" component="section" aria-labelledby="plan-heading">
      <Title order={2} id="plan-heading">
        Datos del plan {activity.year}
      </Title>

      {activity.flags.length > 0 && (
        <Alert color="orange" title="El plan deja datos vacíos o ambiguos" data-testid="plan-flags">
          <List size="sm" spacing={4}>
            {activity.flags.map((f, i) => (
              <List.Item key={i}>
                <Text span fw={600} size="sm">
                  {FLAG_FIELDS[f.field] ?? f.field}:
                </Text>{' '}
                {f.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" component="dl" m={0}>
        <Field label="Objetivo específico">
          {activity.objective.code}. {activity.objective.name}
        </Field>
        <Field label="Responsables">
          {activity.responsibleUnits.map((u) => (
            <Text span display="block" size="sm" key={u.code}>
              {u.isWholeEntity ? `${u.entity.shortName} (el plan no nombra una unidad orgánica)` : `${u.code} — ${u.name} (${u.entity.shortName})`}
            </Text>
          ))}
        </Field>
        <Field label="Meta">
          {activity.target.description}{' '}
          <Text span c="dimmed" size="sm">
            ({inUnit(activity.target.value, activity.target.unit)})
          </Text>
        </Field>
        {activity.originalTarget.value !== activity.target.value && (
          <Field label="Meta programada y reprogramada">
            <Group gap="lg" component="span" data-testid="reprogrammed-target">
              <span>
                Programada: <strong>{inUnit(activity.originalTarget.value, activity.originalTarget.unit)}</strong>
              </span>
              <Text span size="sm" c="orange.9">
                Reprogramada: <strong>{inUnit(activity.target.value, activity.target.unit)}</strong>
              </Text>
            </Group>
          </Field>
        )}
        <Field label="Indicador">
          {activity.indicator ?? (
            <Text span c="orange.8" size="sm" fw={600}>
              El plan no define un indicador.
            </Text>
          )}
        </Field>
        <Field label="Cronograma (lectura adoptada)">{activity.plannedMonths.length > 0 ? monthList(activity.plannedMonths) : 'Sin meses programados'}</Field>
        <Field label="Alineamiento con los objetivos de la estrategia (DS)">
          {activity.strategyObjectives.length > 0 ? (
            <Group gap={4} component="span">
              {activity.strategyObjectives.map((o) => (
                <Badge key={o} variant="light" size="sm" tt="none">
                  {o}
                </Badge>
              ))}
            </Group>
          ) : (
            '—'
          )}
        </Field>
      </SimpleGrid>

      {activity.target.composition.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Composición de la meta
          </Title>
          <Table withTableBorder maw={520} aria-label="Composición de la meta">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Parte</Table.Th>
                <Table.Th ta="right">Meta</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activity.target.composition.map((p) => (
                <Table.Tr key={p.key}>
                  <Table.Td>{p.label}</Table.Td>
                  <Table.Td ta="right">{formatNumber(p.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}

      {ambiguous.length > 0 && (
        <Stack gap={4} data-testid="ambiguous-marks">
          <Title order={3} size="h5">
            Marcas ambiguas del cronograma
          </Title>
          <Text size="sm" c="dimmed">
            La tabla original fusiona dos meses en algunas columnas. Cada marca conserva los dos meses posibles.
          </Text>
          <List size="sm" spacing={6}>
            {ambiguous.map((m, i) => (
              <List.Item key={i}>
                Puede ser {monthList(m.candidates)}; lectura adoptada: <strong>{monthList(m.reading)}</strong>.
                {m.note && (
                  <Text size="xs" c="dimmed">
                    {m.note}
                  </Text>
                )}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}

      <ReprogrammingHistory items={activity.reprogrammings} />

      {activity.interpretation && (
        <Blockquote color="blue" p="sm" cite="— Criterio de la plataforma donde el plan no es explícito">
          <Text size="sm">{activity.interpretation}</Text>
        </Blockquote>
      )}

      {activity.footnotes.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Notas al pie del plan
          </Title>
          <List size="sm" spacing={4} type="unordered">
            {activity.footnotes.map((f) => (
              <List.Item key={f.number}>
                <Text span fw={600} size="sm">
                  Nota {f.number}.
                </Text>{' '}
                {f.text}
              </List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Stack>
  );
}
