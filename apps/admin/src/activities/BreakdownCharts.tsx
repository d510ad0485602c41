import { SimpleGrid } from '@mantine/core';
import { BarList } from '../charts/BarList';
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
  const departments = [...progress.byDepartment].sort((a, b) => (b.count ?? 0) - (a.count ?? 0));
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartFigure
        title="Por cargo"
        note={`${countedLabel} que cuentan para la meta, por cargo.`}
        columns={['Cargo', countedLabel]}
        rows={progress.byOffice.map((o) => [o.label, o.count === null ? 'Reservado' : formatInteger(o.count)])}
        testId="chart-by-office"
      >
        <BarList
          data={progress.byOffice.map((o) => ({ key: o.office, label: o.label, value: o.count ?? 0 }))}
          format={formatInteger}
          color="var(--mantine-color-grape-8)"
          labelWidth={150}
        />
      </ChartFigure>
      <ChartFigure
        title="Por departamento"
        note={`${countedLabel} que cuentan para la meta, según el departamento de su gobierno.`}
        columns={['Departamento', countedLabel]}
        rows={departments.map((d) => [d.departmentName, d.count === null ? 'Reservado' : formatInteger(d.count)])}
        testId="chart-by-department"
      >
        <BarList
          data={departments.map((d) => ({ key: d.departmentCode, label: d.departmentName, value: d.count ?? 0 }))}
          format={formatInteger}
          color="var(--mantine-color-teal-8)"
          labelWidth={120}
        />
      </ChartFigure>
    </SimpleGrid>
  );
}
