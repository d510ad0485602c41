/** Loaded on demand (React.lazy): the chart library stays out of the initial download. */
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import { ChartFigure } from '../charts/ChartFigure';
import { EmptyState } from '../components/States';
import { formatInteger } from '../lib/format';

/** `count` is null only for integrators' API keys (small cells are reserved); people always get numbers. */
export interface Breakdowns {
  byOffice: readonly { office: string; label: string; count: number | null }[];
  byDepartment: readonly { departmentCode: string; departmentName: string; count: number | null }[];
}

export default function BreakdownCharts({ progress, countedLabel }: { progress: Breakdowns; countedLabel: string }) {
  if (progress.byOffice.length === 0 && progress.byDepartment.length === 0) {
    return (
      <EmptyState title="Aún no hay participantes que cuenten para la meta">
        Los desgloses aparecen cuando se registran participantes con el resultado que cuenta el indicador.
      </EmptyState>
    );
  }
  const offices = progress.byOffice.map((o) => ({ cargo: o.label, [countedLabel]: o.count ?? 0 }));
  const departments = [...progress.byDepartment]
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0))
    .map((d) => ({ departamento: d.departmentName, [countedLabel]: d.count ?? 0 }));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartFigure
        title="Por cargo"
        note={`${countedLabel} que cuentan para la meta, por cargo.`}
        columns={['Cargo', countedLabel]}
        rows={progress.byOffice.map((o) => [o.label, o.count === null ? 'Reservado' : formatInteger(o.count)])}
        testId="chart-by-office"
      >
        <BarChart
          h={Math.max(160, offices.length * 38 + 40)}
          data={offices}
          dataKey="cargo"
          orientation="vertical"
          series={[{ name: countedLabel, color: 'grape.6' }]}
          valueFormatter={formatInteger}
          yAxisProps={{ width: 170 }}
          gridAxis="x"
          withBarValueLabel
        />
      </ChartFigure>
      <ChartFigure
        title="Por departamento"
        note={`${countedLabel} que cuentan para la meta, según el departamento de su gobierno.`}
        columns={['Departamento', countedLabel]}
        rows={departments.map((d) => [d.departamento, formatInteger(d[countedLabel] as number)])}
        testId="chart-by-department"
      >
        <BarChart
          h={Math.max(160, departments.length * 24 + 40)}
          data={departments}
          dataKey="departamento"
          orientation="vertical"
          series={[{ name: countedLabel, color: 'teal.6' }]}
          valueFormatter={formatInteger}
          yAxisProps={{ width: 120, interval: 0 }}
          gridAxis="x"
          barProps={{ barSize: 14 }}
        />
      </ChartFigure>
    </SimpleGrid>
  );
}
