import { useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Button, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth, useSession } from '../auth/AuthContext';
import { NotFoundPage } from '../components/NotFoundPage';
import { queryPending } from '../components/PageScaffold';
import { usePageTitle } from '../components/usePageTitle';
import { MonthSubmissionPanel } from '../cycle/MonthSubmissionPanel';
import { MonthlySubmissionsQuery } from '../cycle/operations';
import { lockedMonths } from '@gj/domain';
import { ExecutionsSection } from '../executions/ExecutionsSection';
import { ActivityBadges } from './ActivityBadges';
import { PlanPeriodControls } from './CutoffControl';
import { JointMonthStatus } from './JointMonthStatus';
import { ActivityDetailQuery } from './operations';
import { PlanSection } from './PlanSection';
import { usePlanPeriod } from './planYear';
import { ProgressSection } from './ProgressSection';
import { activityRule } from './rule';

/** /actividades/:code — an activity the viewer cannot see gets the same page as a missing one. */
export default function ActivityDetailPage() {
  const { code = '' } = useParams();
  const { year, asOf } = usePlanPeriod();
  const { can } = useAuth();
  const { viewer } = useSession();
  // «Registrar ejecución» sits by the header, not below the charts; the executions section opens the form.
  const [recordRequests, setRecordRequests] = useState(0);
  const { data: current, previousData, loading, error, refetch } = useQuery(ActivityDetailQuery, { variables: { code, year, asOf } });
  // The month's reports: which months are approved (locked) and the "Enviar mes" action.
  const submissions = useQuery(MonthlySubmissionsQuery, { variables: { year } });
  // While another cut-off date loads, the same activity stays on screen (never another one's).
  const data = current ?? (previousData?.activity?.code === code ? previousData : undefined);
  const activity = data?.activity;
  usePageTitle(activity ? `Actividad ${activity.code}` : 'Actividad');

  const pending = queryPending({ data, loading, error, refetch }, 'Cargando la actividad…');
  if (pending) return pending;
  if (!activity) return <NotFoundPage what={`la actividad «${code}»`} />;
  const monthly = submissions.data?.monthlySubmissions ?? [];
  const entityCodes = activity.entities.map((e) => e.code);
  // Every responsible entity's month statuses (a focal point's monthlySubmissions holds only hers):
  // an approved month of any of them locks the activity's executions of that month.
  const entityMonths = activity.monthStatuses.map((s) => ({ ...s, year: activity.year }));
  const cutoffMonth = Number(asOf.slice(0, 4)) === activity.year ? Number(asOf.slice(5, 7)) : Number(asOf.slice(0, 4)) < activity.year ? 1 : 12;

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Ruta de navegación">
        <Anchor component={Link} to="/actividades" size="sm">
          Actividades
        </Anchor>
        <Text size="sm">Actividad {activity.code}</Text>
      </Breadcrumbs>
      <Stack gap={6}>
        <ActivityBadges activity={activity} />
        <Title order={1} size="h2">
          {activity.name}
        </Title>
        <Text c="dimmed" size="sm">
          Objetivo específico {activity.objective.code}: {activity.objective.name}
        </Text>
      </Stack>
      <Group justify="space-between" align="flex-end" gap="sm">
        <PlanPeriodControls />
        {can('execution:write') && <Button onClick={() => setRecordRequests((n) => n + 1)}>Registrar ejecución</Button>}
      </Group>
      <ProgressSection activity={activity} asOf={asOf} />
      <Divider />
      <ExecutionsSection
        activity={{ code: activity.code, year: activity.year, name: activity.name }}
        executions={activity.executions}
        rule={activityRule(activity.year, activity.code)}
        canWrite={can('execution:write')}
        recordRequests={recordRequests}
        canReadRegister={can('authority:read')}
        viewer={{ role: viewer.role, entityCode: viewer.entity?.code ?? null }}
        showRecorder={activity.entities.length > 1}
        lockedMonths={lockedMonths(entityMonths, activity.year, entityCodes)}
        monthPanel={
          monthly.length > 0 || activity.entities.length > 1 ? (
            <Stack gap="sm">
              <JointMonthStatus year={activity.year} entities={activity.entities} statuses={activity.monthStatuses} currentMonth={cutoffMonth} />
              {monthly.length > 0 && (
                <MonthSubmissionPanel
                  key={`${activity.code}-${cutoffMonth}`}
                  year={activity.year}
                  entities={activity.entities}
                  submissions={monthly}
                  defaultMonth={cutoffMonth}
                  viewerEntityCode={viewer.entity?.code ?? null}
                  canSubmit={can('month:submit')}
                  canReview={can('month:review')}
                />
              )}
            </Stack>
          ) : null
        }
      />
      <Divider />
      <PlanSection activity={activity} />
    </Stack>
  );
}
