import { MatrixChart } from '@mantine/charts';
import { useMediaQuery } from '@mantine/hooks';
import { MONTHS } from '@gj/domain';
import { STATUS_STYLES, isMonthStatus } from '../activities/monthStatus';
import { MonthStatusLegend } from '../activities/MonthStrip';
import { ChartFigure } from '../charts/ChartFigure';
import { monthName } from '../lib/format';

export interface HeatmapActivity {
  code: string;
  months: readonly { month: number; executions: number; status: string }[];
}

const STATUS_ORDER = ['NOT_PLANNED', 'UPCOMING', 'IN_PROGRESS', 'DONE', 'UNPLANNED', 'DELAYED'];
/** "Ene" … "Dic": unique column labels (the plan's initials repeat: M, J, A). */
const xLabel = (m: number) => monthName(m, true).slice(0, 3);
const monthOfLabel = new Map(MONTHS.map((m) => [xLabel(m), m]));

/** January–December: each activity's months, planned, executed or delayed at the cut-off date. */
export function ScheduleHeatmap({ activities, year }: { activities: readonly HeatmapActivity[]; year: number }) {
  // Twelve 30 px columns do not fit a phone: smaller cells and labels keep the grid on the screen.
  const narrow = useMediaQuery('(max-width: 36em)') ?? false;
  const statusOf = new Map<string, { status: string; executions: number }>();
  const data = activities.flatMap((a) =>
    a.months.map((m) => {
      statusOf.set(`${a.code}|${xLabel(m.month)}`, m);
      return { x: xLabel(m.month), y: a.code, value: STATUS_ORDER.indexOf(m.status) };
    }),
  );
  const label = (code: string, x: string) => {
    const m = statusOf.get(`${code}|${x}`);
    const month = monthOfLabel.get(x) ?? 0;
    if (!m) return `${code} · ${monthName(month)}`;
    const status = isMonthStatus(m.status) ? STATUS_STYLES[m.status].label : m.status;
    return `${code} · ${monthName(month)}: ${status}${m.executions > 0 ? ` (${m.executions} ejec.)` : ''}`;
  };
  return (
    <ChartFigure
      title={`Cronograma ${year}: meses programados, ejecutados y retrasados`}
      note="Cada fila es una actividad; cada columna, un mes de enero a diciembre."
      columns={['Actividad', ...MONTHS.map((m) => monthName(m, true))]}
      rows={activities.map((a) => [
        a.code,
        ...MONTHS.map((m) => {
          const cell = a.months.find((c) => c.month === m);
          return cell && isMonthStatus(cell.status) ? STATUS_STYLES[cell.status].label : '—';
        }),
      ])}
      testId="chart-schedule"
    >
      <MatrixChart
        data={data}
        xLabels={MONTHS.map(xLabel)}
        yLabels={activities.map((a) => a.code)}
        cellSize={narrow ? 20 : 30}
        gap={2}
        cellRadius={3}
        withXLabels
        withYLabels
        xLabelsPosition="top"
        xLabelsRotation={0}
        xLabelsHeight={24}
        yLabelsWidth={44}
        withTooltip
        getTooltipLabel={(cell) => label(cell.y, cell.x)}
        getCellProps={(cell) => {
          const status = STATUS_ORDER[cell.value ?? 0] ?? 'NOT_PLANNED';
          const style = isMonthStatus(status) ? STATUS_STYLES[status] : STATUS_STYLES.NOT_PLANNED;
          return { fill: style.background, stroke: style.border, strokeWidth: 1 };
        }}
        styles={{ xLabel: { fontWeight: 600, fontSize: narrow ? 10 : undefined } }}
      />
      <div style={{ marginTop: 8 }}>
        <MonthStatusLegend />
      </div>
    </ChartFigure>
  );
}
