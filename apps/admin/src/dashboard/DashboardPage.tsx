/** Coordination dashboard (lazy route): its chart library is not part of the initial download. */
import { useQuery } from '@apollo/client/react';
import { SimpleGrid } from '@mantine/core';
import { PlanPeriodControls } from '../activities/CutoffControl';
import { usePlanPeriod } from '../activities/planYear';
import { BarList } from '../charts/BarList';
import { ChartFigure } from '../charts/ChartFigure';
import { Kpi } from '../components/Kpi';
import { PageHeader, PageScaffold } from '../components/PageScaffold';
import { usePageTitle } from '../components/usePageTitle';
import { formatDate, formatInteger, formatPercent } from '../lib/format';
import { AlertList } from '../report/AlertList';
import { DashboardQuery } from './operations';
import { ScheduleHeatmap } from './ScheduleHeatmap';

const TARGET = { value: 100, label: 'Meta (100 %)' };
const metColor = (percent: number) => (percent >= 100 ? 'var(--mantine-color-green-8)' : 'var(--mantine-color-blue-7)');

export default function DashboardPage() {
  usePageTitle('Panel de coordinación');
  const { year, asOf, label } = usePlanPeriod();
  const { data: current, previousData, loading, error, refetch } = useQuery(DashboardQuery, { variables: { year, asOf } });
  const data = current ?? previousData;

  const report = data?.consolidatedReport;
  const activities = data?.activities ?? [];
  const perActivity = (report?.activities ?? []).map((a) => ({ code: a.code, name: a.name, percent: a.percentOfTarget, met: a.met }));
  const byObjective = (report?.byObjective ?? []).map((g) => ({ label: `Objetivo ${g.key}`, activities: g.activities, percent: g.averagePercentOfTarget }));
  const byEntity = (report?.byEntity ?? []).map((g) => ({ label: g.label, activities: g.activities, percent: g.averagePercentOfTarget }));
  const byDepartment = (report?.byDepartment ?? [])
    .filter((d) => (d.reached ?? 0) > 0)
    .map((d) => ({ name: d.label, count: d.reached ?? 0 }))
    .sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'es'));
  const summary = report?.totals;
  const withActivities = new Set((report?.byEntity ?? []).map((g) => g.key));
  const entitiesWithout = (data?.entities ?? []).filter((e) => !withActivities.has(e.code)).map((e) => e.shortName);

  const header = (
    <PageHeader
      title="Panel de coordinación"
      description={
        <>
          {label}: avance de las actividades de todas las entidades al {formatDate(asOf)}.
        </>
      }
    >
      <PlanPeriodControls />
    </PageHeader>
  );

  return (
    <PageScaffold header={header} query={{ data, loading, error, refetch }} loadingLabel="Cargando el panel…" gap="lg">
      {() => (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
            <Kpi
              label="Actividades"
              value={formatInteger(summary?.activities ?? 0)}
              detail={`${formatInteger(summary?.targetsMet ?? 0)} con la meta cumplida`}
            />
            <Kpi label="Avance promedio" value={formatPercent(summary?.averagePercentOfTarget ?? 0)} detail="De la meta, con cada actividad hasta 100 %" />
            <Kpi
              label="Meses ejecutados"
              value={formatInteger(summary?.doneMonths ?? 0)}
              detail={`De ${formatInteger(summary?.plannedMonths ?? 0)} meses programados en el año`}
            />
            <Kpi
              label="Meses retrasados"
              value={formatInteger(summary?.delayedMonths ?? 0)}
              detail={`En ${formatInteger(summary?.withDelays ?? 0)} actividades`}
            />
          </SimpleGrid>

          {report && <AlertList alerts={report.alerts} asOf={report.asOf} limit={8} moreLink="/reporte?vista=alertas" />}

          <ChartFigure
            title="Avance respecto de la meta, por actividad"
            note="Porcentaje de la meta logrado a la fecha de corte; la línea marca la meta (100 %). Verde: meta cumplida."
            columns={['Actividad', 'Nombre', '% de la meta']}
            rows={perActivity.map((a) => [a.code, a.name, formatPercent(a.percent)])}
            testId="chart-activities"
          >
            <BarList
              data={perActivity.map((a) => ({ key: a.code, label: a.code, value: a.percent }))}
              format={formatPercent}
              colorOf={metColor}
              reference={TARGET}
              labelWidth={40}
            />
          </ChartFigure>

          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <ChartFigure
              title="Avance por objetivo específico"
              note="Promedio del % de la meta de sus actividades (cada una hasta 100 %)."
              columns={['Objetivo', 'Actividades', 'Avance promedio']}
              rows={byObjective.map((o) => [o.label, formatInteger(o.activities), formatPercent(o.percent)])}
              testId="chart-objectives"
            >
              <BarList
                data={byObjective.map((o) => ({ key: o.label, label: o.label, value: o.percent }))}
                format={formatPercent}
                color="var(--mantine-color-grape-8)"
                reference={TARGET}
                labelWidth={90}
              />
            </ChartFigure>
            <ChartFigure
              title="Avance por entidad"
              note={`Promedio del % de la meta de las actividades a su cargo; las conjuntas cuentan para ambas entidades.${entitiesWithout.length ? ` Sin actividades en ${year}: ${entitiesWithout.join(', ')}.` : ''}`}
              columns={['Entidad', 'Actividades', 'Avance promedio']}
              rows={byEntity.map((e) => [e.label, formatInteger(e.activities), formatPercent(e.percent)])}
              testId="chart-entities"
            >
              <BarList
                data={byEntity.map((e) => ({ key: e.label, label: e.label, value: e.percent }))}
                format={formatPercent}
                color="var(--mantine-color-teal-8)"
                reference={TARGET}
                labelWidth={90}
              />
            </ChartFigure>
          </SimpleGrid>

          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <ScheduleHeatmap activities={activities} year={year} />
            <ChartFigure
              title="Mujeres autoridades alcanzadas, por departamento"
              note="Mujeres autoridades distintas que participaron en alguna actividad hasta la fecha de corte (cada una cuenta una vez)."
              columns={['Departamento', 'Autoridades']}
              rows={byDepartment.map((d) => [d.name, formatInteger(d.count)])}
              testId="chart-departments"
            >
              <BarList
                data={byDepartment.map((d) => ({ key: d.name, label: d.name, value: d.count }))}
                format={formatInteger}
                color="var(--mantine-color-indigo-7)"
                labelWidth={130}
              />
            </ChartFigure>
          </SimpleGrid>
        </>
      )}
    </PageScaffold>
  );
}
