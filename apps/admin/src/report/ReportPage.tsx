/** /reporte — the consolidated report (lazy route). A focal point gets its entity's (the API restricts it). */
import { useQuery } from '@apollo/client/react';
import { Group, SimpleGrid, Stack, Switch, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PlanPeriodControls } from '../activities/CutoffControl';
import { usePlanPeriod } from '../activities/planYear';
import { useSession } from '../auth/AuthContext';
import { Kpi } from '../components/Kpi';
import { PageHeader, queryPending } from '../components/PageScaffold';
import { EmptyState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { formatDate, formatInteger, formatPercent } from '../lib/format';
import { AlertList } from './AlertList';
import { EXPORT_VIEWS, ExportButtons, type ExportView } from './ExportButtons';
import { strategyObjectiveLabel } from './labels';
import { ConsolidatedReportQuery } from './operations';
import { ReachTable, ReportActivityTable, ReportGroupTable } from './ReportTables';

const VIEWS = Object.keys(EXPORT_VIEWS) as ExportView[];

export default function ReportPage() {
  usePageTitle('Reporte consolidado');
  const { viewer } = useSession();
  const { year, asOf, label } = usePlanPeriod();
  const [params, setParams] = useSearchParams();
  const requested = params.get('vista');
  const view: ExportView = (VIEWS as string[]).includes(requested ?? '') ? (requested as ExportView) : 'actividades';
  const show = (v: string | null) => setParams(v && v !== 'actividades' ? { vista: v } : {}, { replace: true });
  const [onlyWithAlerts, setOnlyWithAlerts] = useState(false);

  const { data: current, previousData, loading, error, refetch } = useQuery(ConsolidatedReportQuery, { variables: { year, asOf } });
  const data = current ?? previousData;
  const report = data?.consolidatedReport;
  const scope =
    viewer.role === 'FOCAL_POINT' && viewer.entity ? `las actividades a cargo de ${viewer.entity.shortName}` : 'las actividades de todas las entidades';

  const header = (
    <PageHeader
      title="Reporte consolidado"
      description={
        <>
          {label}: {scope}, al {formatDate(asOf)}. El porcentaje esperado es la parte de los meses programados que ya transcurrieron.
        </>
      }
    >
      <Group align="flex-end" justify="space-between" gap="md" wrap="wrap">
        <PlanPeriodControls />
        {report && report.activities.length === 0 ? (
          <Text size="sm" c="dimmed" maw={320} data-testid="no-exports">
            Sin descargas: el reporte no tiene actividades en el plan {year}.
          </Text>
        ) : (
          <ExportButtons year={year} asOf={asOf} view={view} />
        )}
      </Group>
    </PageHeader>
  );

  const pending = queryPending({ data: report, loading, error, refetch }, 'Cargando el reporte…');
  if (pending || !report || report.activities.length === 0) {
    return (
      <Stack>
        {header}
        {pending ?? (
          <EmptyState title="No hay actividades en el reporte">
            {viewer.role === 'FOCAL_POINT'
              ? `${viewer.entity?.shortName ?? 'Su entidad'} no tiene actividades a su cargo en el plan ${year}.`
              : `No hay actividades cargadas para ${year}.`}
          </EmptyState>
        )}
      </Stack>
    );
  }

  const { totals } = report;
  const withAlerts = new Set(report.alerts.map((a) => a.activityCode));
  const activities = onlyWithAlerts ? report.activities.filter((a) => withAlerts.has(a.code)) : report.activities;

  return (
    <Stack gap="lg">
      {header}
      <SimpleGrid cols={{ base: 2, md: 3, xl: 6 }} spacing="sm">
        <Kpi label="Actividades" value={formatInteger(totals.activities)} detail={`${formatInteger(totals.targetsMet)} con la meta cumplida`} />
        <Kpi label="Avance promedio" value={formatPercent(totals.averagePercentOfTarget)} detail="De la meta, con cada actividad hasta 100 %" />
        <Kpi label="Con meses retrasados" value={formatInteger(totals.withDelays)} detail="Meses programados pasados sin ejecución" />
        <Kpi label="Por debajo de lo esperado" value={formatInteger(totals.behind)} detail="Avance menor que el esperado por el cronograma" />
        <Kpi label="Alertas" value={formatInteger(report.alerts.length)} detail="Ver la pestaña «Alertas»" testId="kpi-alerts" />
        <Kpi label="Autoridades alcanzadas" value={formatInteger(totals.reachedAuthorities)} detail="Mujeres autoridades distintas" />
      </SimpleGrid>

      <Tabs value={view} onChange={show} keepMounted={false}>
        <Tabs.List>
          {VIEWS.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {v === 'alertas' ? `Alertas (${formatInteger(report.alerts.length)})` : EXPORT_VIEWS[v]}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="actividades" pt="md">
          <Stack gap="sm">
            <Switch label="Solo actividades con alertas" checked={onlyWithAlerts} onChange={(e) => setOnlyWithAlerts(e.currentTarget.checked)} />
            {activities.length === 0 ? <EmptyState title="Ninguna actividad tiene alertas" /> : <ReportActivityTable rows={activities} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="objetivos" pt="md">
          <GroupNote />
          <ReportGroupTable rows={report.byObjective} heading="Objetivo específico" label="Avance por objetivo específico" testId="report-objectives" />
        </Tabs.Panel>
        <Tabs.Panel value="entidades" pt="md">
          <GroupNote extra="Las actividades conjuntas cuentan para cada una de sus entidades." />
          <ReportGroupTable rows={report.byEntity} heading="Entidad" label="Avance por entidad" testId="report-entities" />
        </Tabs.Panel>
        <Tabs.Panel value="objetivos-ds" pt="md">
          <GroupNote extra="Alineamiento de cada actividad a los objetivos de la estrategia (DS N° 004-2023-MIMP); una actividad puede contribuir a varios." />
          <ReportGroupTable
            rows={report.byStrategyObjective.map((g) => ({ ...g, label: strategyObjectiveLabel(g.label) }))}
            heading="Objetivo de la estrategia"
            label="Avance por objetivo de la estrategia"
            testId="report-strategy"
          />
        </Tabs.Panel>
        <Tabs.Panel value="cargos" pt="md">
          <ReachNote />
          <ReachTable rows={report.byOffice} heading="Cargo" label="Mujeres autoridades alcanzadas por cargo" testId="report-offices" />
        </Tabs.Panel>
        <Tabs.Panel value="departamentos" pt="md">
          <ReachNote />
          <ReachTable rows={report.byDepartment} heading="Departamento" label="Mujeres autoridades alcanzadas por departamento" testId="report-departments" />
        </Tabs.Panel>
        <Tabs.Panel value="alertas" pt="md">
          <AlertList alerts={report.alerts} asOf={report.asOf} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function GroupNote({ extra }: { extra?: string }) {
  return (
    <Text size="xs" c="dimmed" mb="xs">
      Avance promedio: promedio del % de la meta de sus actividades, cada una hasta 100 %. {extra}
    </Text>
  );
}

function ReachNote() {
  return (
    <Text size="xs" c="dimmed" mb="xs">
      Mujeres autoridades distintas alcanzadas por alguna actividad hasta la fecha de corte, frente a las registradas activas.
    </Text>
  );
}
