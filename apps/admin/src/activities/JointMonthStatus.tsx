import { Alert, List, Text } from '@mantine/core';
import { MONTH_LABELS, SUBMISSION_STATUS_LABELS, type Month, type SubmissionStatus } from '@gj/domain';

export interface EntityMonthStatus {
  entityCode: string;
  month: number;
  status: string;
}

const statusWord = (status: string) => (SUBMISSION_STATUS_LABELS[status as SubmissionStatus] ?? status).toLowerCase();

/** "MIMP: aprobado · OSCE: enviado": each responsible entity's report of a month, in the activity's order. */
export function jointMonthText(statuses: readonly EntityMonthStatus[], entities: readonly { code: string; shortName: string }[], month: number): string {
  return entities
    .map((e) => `${e.shortName}: ${statusWord(statuses.find((s) => s.entityCode === e.code && s.month === month)?.status ?? 'DRAFT')}`)
    .join(' · ');
}

/** Months worth listing: the current one and every month some entity has sent (or had approved, returned). */
export function monthsToShow(statuses: readonly EntityMonthStatus[], currentMonth: number): number[] {
  return [...new Set([currentMonth, ...statuses.filter((s) => s.status !== 'DRAFT').map((s) => s.month)])].sort((a, b) => a - b);
}

/**
 * A joint activity's monthly reports, entity by entity, and what an approval locks. The API
 * (apps/api/src/cycle, lockOpenMonths) refuses any change of an execution of the activity dated in
 * a month approved for any of its responsible entities, whoever recorded it.
 */
export function JointMonthStatus({
  year,
  entities,
  statuses,
  currentMonth,
}: {
  year: number;
  entities: readonly { code: string; shortName: string }[];
  statuses: readonly EntityMonthStatus[];
  currentMonth: number;
}) {
  if (entities.length < 2) return null;
  const names = entities.map((e) => e.shortName);
  const joined = `${names.slice(0, -1).join(', ')} y ${names.at(-1)}`;
  return (
    <Alert color="blue" variant="light" title={`Actividad conjunta: reportes mensuales de ${joined}`} data-testid="joint-month-status">
      <List size="sm" spacing={2} mb="xs">
        {monthsToShow(statuses, currentMonth).map((month) => (
          <List.Item key={month}>
            <Text span size="sm" fw={500}>
              {MONTH_LABELS[month as Month].replace(/^./, (c) => c.toUpperCase())} de {year}:
            </Text>{' '}
            {jointMonthText(statuses, entities, month)}
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        Cada entidad envía su propio reporte mensual, pero un mes aprobado de cualquiera de ellas bloquea todas las ejecuciones de esta actividad en ese mes,
        también las que registró la otra entidad: no se pueden registrar, modificar ni eliminar. Para corregir una, solicite a la coordinación que reabra el mes
        de la entidad que lo tiene aprobado.
      </Text>
    </Alert>
  );
}
