/** /validacion — the coordination's validation queue of monthly reports (lazy route, `month:review`). */
import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { PlanYearSelect, usePlanPeriod } from '../activities/planYear';
import { ListTable } from '../components/ListTable';
import { PageHeader, PageScaffold } from '../components/PageScaffold';
import { EmptyState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { formatDateTime, formatInteger, monthName } from '../lib/format';
import { MonthlySubmissionsQuery } from './operations';
import { SUBMISSION_STATUSES } from '@gj/domain';
import { entityShortName, type Submission } from './status';
import { SubmissionBadge } from './SubmissionBadge';
import { SubmissionGrid } from './SubmissionGrid';
import { useEntities } from '../entities/useEntities';

export default function ValidationPage() {
  usePageTitle('Validación mensual');
  const { year, label } = usePlanPeriod();
  const { entities } = useEntities();
  const navigate = useNavigate();
  const reportPath = (s: Submission, action?: string) => `/reporte-mensual/${s.entityCode}/${s.year}/${s.month}${action ? `?accion=${action}` : ''}`;
  const { data: current, previousData, loading, error, refetch } = useQuery(MonthlySubmissionsQuery, { variables: { year } });
  const data = current ?? previousData;

  const submissions = data?.monthlySubmissions ?? [];
  const queue = submissions
    .filter((s) => s.status === 'SUBMITTED')
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.month - b.month);
  // Entities without activities in the plan have no reports: they are not pending.
  const counted = submissions.filter((x) => x.hasActivities !== false);
  const counts = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, counted.filter((x) => x.status === s).length]));

  const header = (
    <PageHeader
      title="Validación mensual"
      description={
        <>
          {label}: reportes mensuales de las entidades. Apruebe los enviados (sus ejecuciones quedan bloqueadas) o devuélvalos con un comentario. Un mes
          aprobado puede reabrirse desde la tabla.
        </>
      }
    >
      <PlanYearSelect />
    </PageHeader>
  );

  return (
    <PageScaffold header={header} query={{ data, loading, error, refetch }} loadingLabel="Cargando los reportes mensuales…" gap="lg">
      {() => (
        <>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="queue-heading">
            <Stack gap="sm">
              <Title order={2} size="h4" id="queue-heading">
                Por revisar ({formatInteger(queue.length)})
              </Title>
              {queue.length === 0 ? (
                <EmptyState title="No hay reportes por revisar">Los meses que envíen las entidades aparecerán aquí.</EmptyState>
              ) : (
                <ListTable label="Reportes enviados por revisar" testId="review-queue" minWidth={640} columns={['Entidad', 'Mes', 'Enviado', 'Acciones']}>
                  {queue.map((s) => {
                    const what = `${monthName(s.month)} de ${s.year} de ${entityShortName(s.entityCode)}`;
                    return (
                      <Table.Tr key={`${s.entityCode}-${s.month}`} data-entity={s.entityCode} data-month={s.month}>
                        <Table.Td fw={600}>{entityShortName(s.entityCode)}</Table.Td>
                        <Table.Td>{monthName(s.month, true)}</Table.Td>
                        <Table.Td>
                          {s.submittedAt ? formatDateTime(s.submittedAt) : '—'}
                          {s.submittedBy && (
                            <Text size="xs" c="dimmed">
                              {s.submittedBy}
                            </Text>
                          )}
                          {s.comment && (
                            <Text size="xs" c="dimmed">
                              Devuelto antes: «{s.comment}»
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <Group gap={4} wrap="nowrap">
                            <Button size="xs" component={Link} to={reportPath(s)} aria-label={`Revisar ${what}`}>
                              Revisar
                            </Button>
                            <Button size="xs" variant="default" component={Link} to={reportPath(s, 'aprobar')} aria-label={`Aprobar ${what}`}>
                              Aprobar
                            </Button>
                            <Button size="xs" variant="default" component={Link} to={reportPath(s, 'devolver')} aria-label={`Devolver ${what}`}>
                              Devolver
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </ListTable>
              )}
            </Stack>
          </Paper>

          <Stack gap="xs" component="section" aria-labelledby="grid-heading">
            <Group justify="space-between" align="flex-end">
              <Title order={2} size="h4" id="grid-heading">
                Entidades y meses
              </Title>
              <Group gap="md" role="list" aria-label="Resumen de estados">
                {SUBMISSION_STATUSES.map((s) => (
                  <Group key={s} gap={4} role="listitem" wrap="nowrap">
                    <SubmissionBadge status={s} size="sm" />
                    <Text size="sm">{formatInteger(counts[s] ?? 0)}</Text>
                  </Group>
                ))}
              </Group>
            </Group>
            <Text size="xs" c="dimmed">
              Seleccione una celda para abrir el reporte del mes: su contenido, su historial y la revisión (aprobar, devolver o reabrir).
            </Text>
            <SubmissionGrid year={year} entities={entities} submissions={submissions} onSelect={(submission) => void navigate(reportPath(submission))} />
          </Stack>
        </>
      )}
    </PageScaffold>
  );
}
