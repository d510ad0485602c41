import { Anchor, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { MONTHS } from '@gj/domain';
import { todayInLima } from '../activities/cutoff';
import { monthName } from '../lib/format';
import { canTakeStep, monthStarted, parseCalendarDate } from '@gj/domain';
import { monthOfYear, type Submission } from './status';
import { SubmissionBadge, SubmissionHistory } from './SubmissionBadge';
import { SubmitMonthLabel } from './SubmitMonthLabel';

/**
 * On an activity's page, next to its executions: the month's report of each responsible entity the
 * viewer can see (a focal point sees its own), and the "Enviar mes" action for a focal point.
 */
export function MonthSubmissionPanel({
  year,
  entities,
  submissions,
  defaultMonth,
  viewerEntityCode,
  canSubmit,
  canReview,
}: {
  year: number;
  entities: readonly { code: string; shortName: string }[];
  submissions: readonly Submission[];
  defaultMonth: number;
  viewerEntityCode: string | null;
  canSubmit: boolean;
  canReview: boolean;
}) {
  const [month, setMonth] = useState(defaultMonth);
  const visible = entities.filter((e) => submissions.some((s) => s.entityCode === e.code && s.year === year));
  if (visible.length === 0) return null;
  const rows = visible.map((e) => ({
    entity: e,
    submission: submissions.find((s) => s.entityCode === e.code && s.year === year && s.month === month) ?? {
      entityCode: e.code,
      year,
      month,
      status: 'DRAFT',
    },
  }));
  const locked = rows.some((r) => r.submission.status === 'APPROVED');

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label="Reporte mensual" data-testid="month-submission">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <Text fw={700}>Reporte mensual</Text>
            <Text size="xs" c="dimmed">
              Cada entidad envía su mes a la coordinación; un mes aprobado bloquea sus ejecuciones.
            </Text>
          </div>
          <Select
            label="Mes"
            data={MONTHS.map((m) => ({ value: String(m), label: monthName(m, true) }))}
            value={String(month)}
            onChange={(v) => v && setMonth(Number(v))}
            allowDeselect={false}
            w={150}
            size="xs"
          />
        </Group>
        {rows.map(({ entity, submission }) => (
          <Group key={entity.code} justify="space-between" align="flex-start" wrap="wrap" gap="xs">
            <Stack gap={4}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {entity.shortName}, {monthOfYear(year, month)}:
                </Text>
                <SubmissionBadge status={submission.status} />
              </Group>
              <SubmissionHistory submission={submission} />
            </Stack>
            {canSubmit &&
              entity.code === viewerEntityCode &&
              canTakeStep('submit', submission.status) &&
              monthStarted(year, month, parseCalendarDate(todayInLima())!) && (
                <Button size="xs" component={Link} to={`/reporte-mensual/${entity.code}/${year}/${month}`}>
                  <SubmitMonthLabel status={submission.status} year={year} month={month} />
                </Button>
              )}
          </Group>
        ))}
        {locked && (
          <Text size="sm" c="green.9" fw={500}>
            Las ejecuciones de {monthName(month)} de esta actividad están bloqueadas: el reporte está aprobado. Para corregirlas, la coordinación debe reabrir
            el mes.
          </Text>
        )}
        {canReview && (
          <Group gap="md">
            {rows.map(({ entity }) => (
              <Anchor key={entity.code} component={Link} to={`/reporte-mensual/${entity.code}/${year}/${month}`} size="sm">
                Revisar el reporte de {entity.shortName}
              </Anchor>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
