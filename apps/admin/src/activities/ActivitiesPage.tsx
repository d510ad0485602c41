import { useQuery } from '@apollo/client/react';
import { Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { MONTHS } from '@gj/domain';
import { useSession } from '../auth/AuthContext';
import { PageHeader, queryPending } from '../components/PageScaffold';
import { EmptyState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { formatInteger, monthName } from '../lib/format';
import { ReturnedMonthsNotice } from '../cycle/ReturnedMonthsNotice';
import { ActivityCard } from './ActivityCard';
import { CutoffControl } from './CutoffControl';
import { countDelayed, filterActivities } from './filters';
import { MonthStatusLegend } from './MonthStrip';
import { ActivitiesOverviewQuery } from './operations';
import { PlanYearSelect, usePlanPeriod } from './planYear';

/** "Mis actividades": a focal point's activities (the coordination sees all of them). */
export function ActivitiesPage() {
  const { viewer } = useSession();
  const { year, asOf, label } = usePlanPeriod();
  const [objective, setObjective] = useState<string | null>(null);
  const [month, setMonth] = useState<string | null>(null);
  const { data: current, previousData, loading, error, refetch } = useQuery(ActivitiesOverviewQuery, { variables: { year, asOf } });
  // While another cut-off date loads, the previous figures stay on screen.
  const data = current ?? previousData;
  const title = viewer.role === 'FOCAL_POINT' ? 'Mis actividades' : `Actividades del plan ${year}`;
  usePageTitle(title);

  const activities = data?.activities ?? [];
  const shown = useMemo(() => filterActivities(data?.activities ?? [], { objective, month: month ? Number(month) : null }), [data, objective, month]);
  const delayed = countDelayed(shown);

  return (
    <Stack gap="md">
      <PageHeader
        title={title}
        description={
          viewer.role === 'FOCAL_POINT' && viewer.entity
            ? `${label}: actividades a cargo de ${viewer.entity.name} (${viewer.entity.shortName}).`
            : `${label}: las actividades de todas las entidades de la estrategia.`
        }
      />

      {viewer.role === 'FOCAL_POINT' && viewer.entity && <ReturnedMonthsNotice year={year} entityCode={viewer.entity.code} />}

      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" gap="lg" wrap="wrap">
          <PlanYearSelect />
          <CutoffControl />
          <Select
            label="Objetivo específico"
            placeholder="Todos los objetivos"
            clearable
            data={(data?.plan?.objectives ?? []).map((o) => ({ value: o.code, label: `${o.code}. ${o.name}` }))}
            value={objective}
            onChange={setObjective}
            w={300}
            comboboxProps={{ width: 420, position: 'bottom-start' }}
          />
          <Select
            label="Mes"
            placeholder="Todos los meses"
            clearable
            data={MONTHS.map((m) => ({ value: String(m), label: monthName(m, true) }))}
            value={month}
            onChange={setMonth}
            w={170}
          />
        </Group>
      </Paper>

      <MonthStatusLegend withAlternative />

      {queryPending({ data, loading, error, refetch }, 'Cargando actividades…') ??
        (activities.length === 0 ? (
          <EmptyState title="No hay actividades">
            {viewer.role === 'FOCAL_POINT'
              ? `Su entidad no tiene actividades a su cargo en el plan ${year}.`
              : `No hay actividades que mostrar en el plan ${year}.`}
          </EmptyState>
        ) : (
          <>
            <Text size="sm" role="status" data-testid="activities-count">
              {shown.length === 1 ? '1 actividad' : `${formatInteger(shown.length)} actividades`}
              {shown.length !== activities.length && ` de ${formatInteger(activities.length)}`}
              {delayed > 0 && ` · ${delayed === 1 ? '1 con meses retrasados' : `${formatInteger(delayed)} con meses retrasados`}`}
            </Text>
            {shown.length === 0 ? (
              <EmptyState title="Ninguna actividad coincide con los filtros">Quite el filtro de objetivo o de mes para ver las demás.</EmptyState>
            ) : (
              <Stack gap="sm">
                {shown.map((a) => (
                  <ActivityCard key={a.code} activity={a} />
                ))}
              </Stack>
            )}
          </>
        ))}
    </Stack>
  );
}
