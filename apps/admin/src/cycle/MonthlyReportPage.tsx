/** /reporte-mensual — a focal point's monthly reports (lazy route, `month:submit`). */
import { useQuery } from '@apollo/client/react';
import { Alert, Group, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { todayInLima } from '../activities/cutoff';
import { PlanYearSelect, usePlanPeriod } from '../activities/planYear';
import { useAuth, useSession } from '../auth/AuthContext';
import { PageHeader, PageScaffold } from '../components/PageScaffold';
import { usePageTitle } from '../components/usePageTitle';
import { MonthlyReportTable } from './MonthlyReportTable';
import { ExecutionsPerMonthQuery, MonthlySubmissionsQuery } from './operations';
import { SUBMISSION_STATUSES } from '@gj/domain';
import { SUBMISSION_STYLES } from './status';
import { SubmissionBadge } from './SubmissionBadge';

export default function MonthlyReportPage() {
  usePageTitle('Reporte mensual');
  const { viewer } = useSession();
  const { can } = useAuth();
  const { year, label } = usePlanPeriod();
  const entityCode = viewer.entity?.code ?? '';
  const navigate = useNavigate();

  const { data: current, previousData, loading, error, refetch } = useQuery(MonthlySubmissionsQuery, { variables: { year } });
  const data = current ?? previousData;
  // Every execution of the year, whatever the cut-off date: the report is of the whole month.
  const executions = useQuery(ExecutionsPerMonthQuery, { variables: { year, asOf: `${year}-12-31` } });
  const executionsByMonth = useMemo(() => {
    if (!executions.data) return undefined;
    const counts = new Map<number, number>();
    for (const a of executions.data.activities) for (const m of a.months) counts.set(m.month, (counts.get(m.month) ?? 0) + m.executions);
    return counts;
  }, [executions.data]);

  const header = (
    <PageHeader
      title="Reporte mensual"
      description={
        <>
          {viewer.entity ? `${viewer.entity.name} (${viewer.entity.shortName})` : 'Su entidad'}: envíe cada mes a la coordinación del MIMP cuando haya
          registrado sus ejecuciones. {label}.
        </>
      }
    >
      <PlanYearSelect />
    </PageHeader>
  );

  if (!entityCode) {
    return (
      <Stack>
        {header}
        <Alert color="yellow">Su cuenta no está vinculada a una entidad: no tiene reportes mensuales que enviar.</Alert>
      </Stack>
    );
  }

  // An entity with no activity in the year's plan (e.g. MEF in 2024) has no monthly report to send.
  const own = (data?.monthlySubmissions ?? []).filter((s) => s.entityCode === entityCode);
  if (own.length > 0 && own.every((s) => s.hasActivities === false)) {
    return (
      <Stack>
        {header}
        <Alert color="blue" title={`Sin actividades en el plan ${year}`} data-testid="no-activities">
          {viewer.entity?.shortName ?? 'Su entidad'} no tiene actividades a su cargo en el Plan de Trabajo {year}: no hay reportes mensuales que enviar ni
          reportes que descargar para ese año.
        </Alert>
      </Stack>
    );
  }

  return (
    <PageScaffold header={header} query={{ data, loading, error, refetch }} loadingLabel="Cargando los reportes mensuales…">
      {() => (
        <>
          <Group gap="lg" wrap="wrap" aria-label="Estados del reporte mensual" role="list">
            {SUBMISSION_STATUSES.map((s) => (
              <Group key={s} gap={6} wrap="nowrap" role="listitem">
                <SubmissionBadge status={s} size="sm" />
                <Text size="xs" c="dimmed" maw={260}>
                  {SUBMISSION_STYLES[s].description}
                </Text>
              </Group>
            ))}
          </Group>
          <MonthlyReportTable
            year={year}
            entityCode={entityCode}
            submissions={data?.monthlySubmissions ?? []}
            executionsByMonth={executionsByMonth}
            today={todayInLima()}
            canSubmit={can('month:submit')}
            onSubmit={(month) => void navigate(`/reporte-mensual/${entityCode}/${year}/${month}`)}
          />
        </>
      )}
    </PageScaffold>
  );
}
