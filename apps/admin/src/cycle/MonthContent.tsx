import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { MONTH_STATUS_LABELS, daysInMonth, type Month } from '@gj/domain';
import { ListTable } from '../components/ListTable';
import { queryPending } from '../components/PageScaffold';
import { formatDate, formatInteger, monthName } from '../lib/format';
import { MonthContentQuery } from './operations';

/**
 * The month under review, in front of the coordination before she decides: each activity of the
 * entity programmed or executed that month with its status, and every execution with its
 * participants and means of verification.
 */
export function MonthContent({ entityCode, year, month }: { entityCode: string; year: number; month: number }) {
  const asOf = `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month as Month)).padStart(2, '0')}`;
  const query = useQuery(MonthContentQuery, { variables: { entityCode, year, month, asOf } });
  const pending = queryPending(query, 'Cargando el contenido del mes…');
  if (pending) return pending;
  const executions = query.data?.executions.nodes ?? [];
  const activities = (query.data?.activities ?? [])
    .filter((a) => a.entities.some((e) => e.code === entityCode))
    .map((a) => ({ ...a, cell: a.months.find((m) => m.month === month) }))
    .filter((a) => a.cell && (a.cell.planned || executions.some((e) => e.activityCode === a.code)));

  return (
    <Stack gap="sm" data-testid="month-content">
      <Title order={3} size="h5">
        Lo que reporta {entityCode} en {monthName(month)} de {year}
      </Title>
      {activities.length === 0 ? (
        <Text size="sm" c="dimmed">
          Ninguna actividad de {entityCode} estaba programada ni tuvo ejecuciones en {monthName(month)}.
        </Text>
      ) : (
        <ListTable label={`Actividades de ${monthName(month)}`} minWidth={560} columns={['Actividad', 'Estado del mes', 'Ejecuciones', 'Participantes']}>
          {activities.map((a) => {
            const own = executions.filter((e) => e.activityCode === a.code);
            return (
              <Table.Tr key={a.code}>
                <Table.Td maw={320}>
                  <Anchor component={Link} to={`/actividades/${a.code}`} size="sm">
                    {a.code}
                  </Anchor>{' '}
                  <Text span size="sm">
                    {a.name}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={a.cell?.status === 'DELAYED' ? 'red' : a.cell?.status === 'DONE' ? 'green' : 'gray'}>
                    {a.cell ? MONTH_STATUS_LABELS[a.cell.status] : '—'}
                  </Badge>
                </Table.Td>
                <Table.Td>{formatInteger(own.length)}</Table.Td>
                <Table.Td>{formatInteger(own.reduce((n, e) => n + e.participantCount, 0))}</Table.Td>
              </Table.Tr>
            );
          })}
        </ListTable>
      )}
      {executions.length > 0 && (
        <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Ejecuciones de ${monthName(month)}`}>
          {executions.map((e) => (
            <Group key={e.id} component="li" gap="xs" wrap="wrap" align="baseline">
              <Text size="sm" fw={600}>
                {formatDate(e.date)}
              </Text>
              <Text size="sm">
                {e.activityCode} · {e.title}
                {e.place ? ` (${e.place})` : ''} · {e.participantCount === 1 ? '1 participante' : `${formatInteger(e.participantCount)} participantes`}
                {e.recordedBy.entity && e.recordedBy.entity.code !== entityCode ? ` · registrada por ${e.recordedBy.entity.shortName}` : ''}
              </Text>
              {e.evidenceUrl ? (
                <Anchor href={e.evidenceUrl} target="_blank" rel="noopener noreferrer" size="sm">
                  Medio de verificación
                </Anchor>
              ) : (
                <Text size="sm" c="orange.9">
                  Sin medio de verificación
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
