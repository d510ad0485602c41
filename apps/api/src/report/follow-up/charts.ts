import { MONTH_LABELS, MONTH_STATUS_LABELS, MONTHS, formatPercent, type Month, type MonthStatus } from '@gj/domain';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** Installed with the system (fonts-dejavu); the same family in the SVG and in the rasteriser. */
const FONT = 'DejaVu Sans';

/** A chart as the document embeds it: PNG bytes and the size it is drawn at (pixels at 96 dpi). */
export interface ChartImage {
  png: Buffer;
  width: number;
  height: number;
}

/** Rendered twice as large as it is shown, so it stays sharp when printed. */
const SCALE = 2;

const CONFIG = {
  font: FONT,
  background: 'white',
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 11, labelColor: '#222', titleColor: '#222' },
  legend: { labelFontSize: 11, titleFontSize: 11, orient: 'bottom', direction: 'horizontal', labelLimit: 400 },
  title: { fontSize: 13, subtitleFontSize: 11, anchor: 'start' },
} as const;

/** vega-lite → vega → SVG (no canvas needed) → PNG with the system fonts. */
export async function renderChart(spec: TopLevelSpec): Promise<ChartImage> {
  const view = new vega.View(vega.parse(compile({ ...spec, config: { ...CONFIG, ...spec.config } } as TopLevelSpec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    font: { loadSystemFonts: true, defaultFontFamily: FONT },
    background: 'white',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: Math.round(image.width / SCALE), height: Math.round(image.height / SCALE) };
}

export interface ProgressBar {
  code: string;
  percentOfTarget: number;
  expectedPercent: number;
  state: string;
}

const STATE_COLORS: Record<string, string> = {
  'Meta cumplida': '#2f9e44',
  'Al día': '#1c7ed6',
  'Por debajo de lo esperado': '#f08c00',
};

/** Horizontal bars: % of the target reached by each activity, with a black mark at the % expected by the cut-off. */
export function progressChart(rows: readonly ProgressBar[], asOfLabel: string): Promise<ChartImage> {
  const max = Math.max(100, ...rows.map((r) => r.percentOfTarget));
  const values = rows.map((r) => ({
    ...r,
    label: formatPercent(r.percentOfTarget),
    // Right of the bar, or of the expected mark when that mark is just past the bar's end.
    labelAt: r.expectedPercent > r.percentOfTarget && r.expectedPercent - r.percentOfTarget < 8 ? r.expectedPercent : r.percentOfTarget,
  }));
  const y = { field: 'code', type: 'nominal', sort: null, title: 'Actividad', axis: { labelFontWeight: 'bold' } } as const;
  return renderChart({
    width: 500,
    height: Math.max(60, rows.length * 20),
    title: { text: 'Avance respecto de la meta', subtitle: `% de la meta alcanzado al ${asOfLabel}; la marca negra es el % esperado a esa fecha.` },
    data: { values },
    layer: [
      {
        mark: { type: 'bar', height: 13 },
        encoding: {
          y,
          x: {
            field: 'percentOfTarget',
            type: 'quantitative',
            title: '% de la meta',
            scale: { domain: [0, max] },
            axis: { format: '.0f', labelExpr: "datum.label + '%'" },
          },
          color: {
            field: 'state',
            type: 'nominal',
            title: 'Estado',
            scale: { domain: Object.keys(STATE_COLORS), range: Object.values(STATE_COLORS) },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', dx: 5, fontSize: 10, color: '#222' },
        encoding: { y, x: { field: 'labelAt', type: 'quantitative' }, text: { field: 'label' } },
      },
      {
        mark: { type: 'tick', color: 'black', thickness: 2.5, size: 17 },
        encoding: { y, x: { field: 'expectedPercent', type: 'quantitative' } },
      },
    ],
  });
}

export interface ScheduleRow {
  code: string;
  statuses: Record<Month, MonthStatus>;
}

/** Colours of the schedule as the web app's panel uses them: green done, red late, blue to come. */
const STATUS_COLORS: Record<MonthStatus, string> = {
  DONE: '#2f9e44',
  UNPLANNED: '#8ce99a',
  DELAYED: '#e03131',
  IN_PROGRESS: '#fab005',
  UPCOMING: '#a5d8ff',
  NOT_PLANNED: '#f1f3f5',
};

/** The schedule at the cut-off: activities × months, each cell coloured by its status. */
export function scheduleHeatmap(rows: readonly ScheduleRow[], asOfLabel: string): Promise<ChartImage> {
  const months = MONTHS.map((m) => MONTH_LABELS[m].slice(0, 3));
  const values = rows.flatMap((r) => MONTHS.map((m) => ({ code: r.code, month: MONTH_LABELS[m].slice(0, 3), status: MONTH_STATUS_LABELS[r.statuses[m]] })));
  const statuses = Object.keys(STATUS_COLORS) as MonthStatus[];
  return renderChart({
    width: 540,
    height: Math.max(60, rows.length * 20),
    title: { text: 'Cronograma de ejecución', subtitle: `Estado de cada mes programado al ${asOfLabel}.` },
    data: { values },
    mark: { type: 'rect', stroke: 'white', strokeWidth: 1.5 },
    encoding: {
      x: { field: 'month', type: 'ordinal', sort: months, title: null, axis: { orient: 'top', labelAngle: 0 } },
      y: { field: 'code', type: 'nominal', sort: null, title: 'Actividad', axis: { labelFontWeight: 'bold' } },
      color: {
        field: 'status',
        type: 'nominal',
        title: 'Estado del mes',
        scale: { domain: statuses.map((s) => MONTH_STATUS_LABELS[s]), range: statuses.map((s) => STATUS_COLORS[s]) },
        legend: { columns: 3, symbolStrokeColor: '#adb5bd', symbolStrokeWidth: 1 },
      },
    },
  });
}
