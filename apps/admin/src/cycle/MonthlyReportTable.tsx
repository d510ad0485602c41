import { Button, Group, Table, Text } from '@mantine/core';
import { ListTable } from '../components/ListTable';
import { MONTHS } from '@gj/domain';
import { formatInteger, monthName } from '../lib/format';
import { SubmissionBadge, SubmissionHistory } from './SubmissionBadge';
import { canTakeStep, monthStarted, parseCalendarDate } from '@gj/domain';
import { type Submission } from './status';
import { SubmitMonthLabel } from './SubmitMonthLabel';

/**
 * A focal point's twelve months: status, history, the coordination's comment, executions
 * recorded, and the "Enviar mes" action where it applies.
 */
export function MonthlyReportTable({
  year,
  entityCode,
  submissions,
  executionsByMonth,
  today,
  canSubmit,
  onSubmit,
}: {
  year: number;
  entityCode: string;
  submissions: readonly Submission[];
  executionsByMonth?: ReadonlyMap<number, number>;
  /** "AAAA-MM-DD" in Lima: months not yet begun cannot be sent. */
  today: string;
  canSubmit: boolean;
  /** Opens the month's report (where it is written and sent). */
  onSubmit: (month: number) => void;
}) {
  const byMonth = new Map(submissions.filter((s) => s.entityCode === entityCode && s.year === year).map((s) => [s.month, s]));
  return (
    <ListTable
      label={`Reporte mensual ${year}`}
      testId="monthly-report"
      minWidth={820}
      columns={['Mes', 'Estado', { label: 'Ejecuciones', align: 'right' }, 'Envío y revisión', 'Acción']}
    >
      {MONTHS.map((month) => {
        const submission: Submission = byMonth.get(month) ?? { entityCode, year, month, status: 'DRAFT' };
        const started = monthStarted(year, month, parseCalendarDate(today)!);
        const executions = executionsByMonth?.get(month);
        return (
          <Table.Tr key={month} data-month={month} data-status={submission.status}>
            <Table.Td fw={600}>{monthName(month, true)}</Table.Td>
            <Table.Td>
              <SubmissionBadge status={submission.status} />
            </Table.Td>
            <Table.Td ta="right">{executions === undefined ? '—' : formatInteger(executions)}</Table.Td>
            <Table.Td maw={420}>
              {submission.submittedAt || submission.reviewedAt || submission.comment ? (
                <SubmissionHistory submission={submission} />
              ) : (
                <Text size="xs" c="dimmed">
                  —
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              {submission.status === 'APPROVED' || submission.status === 'SUBMITTED' ? (
                <Group gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed" maw={200}>
                    {submission.status === 'APPROVED' ? 'Mes bloqueado: sus ejecuciones no se pueden modificar.' : 'En revisión por la coordinación'}
                  </Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => onSubmit(month)} aria-label={`Ver el reporte de ${monthName(month)}`}>
                    Ver
                  </Button>
                </Group>
              ) : canSubmit && canTakeStep('submit', submission.status) ? (
                started ? (
                  <Button size="xs" onClick={() => onSubmit(month)}>
                    <SubmitMonthLabel status={submission.status} year={year} month={month} />
                  </Button>
                ) : (
                  <Text size="xs" c="dimmed">
                    Aún no empieza
                  </Text>
                )
              ) : null}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
