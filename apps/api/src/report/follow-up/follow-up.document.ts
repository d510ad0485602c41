import {
  ALERT_KIND_LABELS,
  NARRATIVE_FIELDS,
  NARRATIVE_LABELS,
  formatInUnit,
  formatInteger,
  formatPercent,
  limaDate,
  monthList,
  monthOfYear,
  periodLabel,
  type SubmissionStatus,
} from '@gj/domain';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ActivityReportRow, GroupRow } from '../report.service.js';
import { progressChart, scheduleHeatmap, type ChartImage } from './charts.js';
import type { FollowUpActivity, FollowUpReport, NarrativeEntry } from './follow-up.service.js';

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

/** A4 with 2 cm margins: 17 cm of text, about 640 px at 96 dpi. */
const TEXT_WIDTH_PX = 640;
const TEXT_WIDTH_TWIPS = 9638;
const FONT = 'Arial';
const HEADER_FILL = 'DCE6F2';

/** Why a month's narrative is not final yet; approved months need no note. */
const PENDING: Partial<Record<SubmissionStatus, string>> = {
  SUBMITTED: 'enviado, pendiente de aprobación',
  RETURNED: 'devuelto para corrección',
  DRAFT: 'reabierto para corrección',
};

/** The state column of the web app's report (ReportTables activityState), in words. */
export function activityStates(row: Pick<ActivityReportRow, 'met' | 'behind' | 'delayedMonths'>): string[] {
  const states: string[] = [];
  if (row.met) states.push('Meta cumplida');
  if (row.behind) states.push('Por debajo de lo esperado');
  if (row.delayedMonths.length > 0) states.push(row.delayedMonths.length === 1 ? '1 mes retrasado' : `${row.delayedMonths.length} meses retrasados`);
  return states.length === 0 ? ['Al día'] : states;
}

/** One colour per bar: the progress against the target, leaving delays to the schedule chart. */
const barState = (row: Pick<ActivityReportRow, 'met' | 'behind'>) => (row.met ? 'Meta cumplida' : row.behind ? 'Por debajo de lo esperado' : 'Al día');

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) => new TextRun({ text: value, ...options });

const paragraph = (
  children: string | ParagraphChild[],
  options: { spacingAfter?: number; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    children: typeof children === 'string' ? [text(children)] : children,
    spacing: { after: options.spacingAfter ?? 120 },
    alignment: options.alignment,
  });

const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], pageBreakBefore = false) =>
  new Paragraph({ text: value, heading: level, pageBreakBefore, keepNext: true });

function cell(value: string, options: { header?: boolean; width: number; right?: boolean; size?: number; keepNext?: boolean }) {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    shading: options.header ? { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        keepNext: options.keepNext,
        children: [text(value, { bold: options.header, size: options.size ?? 18 })],
      }),
    ],
  });
}

/** A table with a shaded header row repeated on every page; `widths` are shares of the text width; figures right-aligned. */
function table(headers: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], figures: readonly number[]) {
  const right = (i: number) => figures.includes(i);
  const total = widths.reduce((s, w) => s + w, 0);
  const twips = widths.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: twips,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, { header: true, width: twips[i]!, right: right(i), size: 16 })),
      }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, { width: twips[i]!, right: right(i) })) })),
    ],
  });
}

/** Label and value, two columns: an activity's figures. */
function facts(pairs: readonly (readonly [string, string])[]) {
  const widths = [Math.floor(TEXT_WIDTH_TWIPS * 0.34), Math.ceil(TEXT_WIDTH_TWIPS * 0.66)];
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    // Kept on one page: every row but the last keeps with the next.
    rows: pairs.map(([label, value], i) => {
      const keepNext = i < pairs.length - 1;
      return new TableRow({
        cantSplit: true,
        children: [cell(label, { header: true, width: widths[0]!, keepNext }), cell(value, { width: widths[1]!, keepNext })],
      });
    }),
  });
}

function image(chart: ChartImage, title: string) {
  const scale = Math.min(1, TEXT_WIDTH_PX / chart.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 120, after: 240 },
    children: [
      new ImageRun({
        type: 'png',
        data: chart.png,
        transformation: { width: Math.round(chart.width * scale), height: Math.round(chart.height * scale) },
        altText: { name: title, title, description: title },
      }),
    ],
  });
}

const groupTable = (what: string, rows: readonly GroupRow[]) =>
  table(
    [what, 'Actividades', 'Avance promedio', 'Metas cumplidas', 'Con meses retrasados', 'Por debajo de lo esperado'],
    rows.map((r) => [
      r.label,
      formatInteger(r.activities),
      formatPercent(r.averagePercentOfTarget),
      formatInteger(r.targetsMet),
      formatInteger(r.withDelays),
      formatInteger(r.behind),
    ]),
    [36, 13, 12, 12, 13, 14],
    [1, 2, 3, 4, 5],
  );

const months = (list: readonly number[]) => (list.length === 0 ? '—' : monthList(list));

function narrative(entry: NarrativeEntry, year: number): Paragraph[] {
  const pending = PENDING[entry.status];
  return [
    new Paragraph({
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [
        text(`${entry.entityLabel} — ${monthOfYear(year, entry.month)}`, { bold: true }),
        ...(pending ? [text(` (${pending})`, { italics: true, color: 'B00020' })] : []),
      ],
    }),
    ...NARRATIVE_FIELDS.filter((f) => entry[f].trim() !== '').flatMap((f) =>
      entry[f]
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line, i) => paragraph(i === 0 ? [text(`${NARRATIVE_LABELS[f]}: `, { bold: true }), text(line)] : [text(line)], { spacingAfter: 60 })),
    ),
  ];
}

function activitySection(activity: FollowUpActivity, report: FollowUpReport): (Paragraph | Table)[] {
  const r = activity.row;
  const asOf = ddmmyyyy(report.asOf);
  const reprogrammed = r.targetValue !== r.originalTargetValue;
  return [
    heading(`${r.code}. ${r.name}`, HeadingLevel.HEADING_2),
    facts([
      ['Objetivo específico', r.objectiveCode],
      ['Entidades responsables', r.entities.join(', ')],
      ['Meta programada', formatInUnit(r.originalTargetValue, r.targetUnit)],
      ['Meta reprogramada', reprogrammed ? `${formatInUnit(r.targetValue, r.targetUnit)} (vigente al ${asOf})` : 'Sin reprogramación'],
      [`Logro acumulado al ${asOf}`, formatInUnit(r.achieved, r.targetUnit)],
      ['% de la meta', formatPercent(r.percentOfTarget)],
      ['% esperado a la fecha', formatPercent(r.expectedPercent)],
      ['Estado', activityStates(r).join('; ')],
      ['Meses programados', months(r.plannedMonths)],
      ['Meses ejecutados', months(r.executedMonths)],
      ['Meses retrasados', months(r.delayedMonths)],
      ['Ejecuciones registradas al corte', formatInteger(r.executions)],
    ]),
    heading('Lo informado por las entidades', HeadingLevel.HEADING_3),
    ...(activity.narratives.length === 0
      ? [paragraph([text('Sin informes enviados en el periodo.', { italics: true })])]
      : activity.narratives.flatMap((n) => narrative(n, report.year))),
    heading('Ejecuciones del periodo y medios de verificación', HeadingLevel.HEADING_3),
    ...(activity.executions.length === 0
      ? [paragraph([text('Sin ejecuciones en el periodo.', { italics: true })])]
      : activity.executions.map(
          (e) =>
            new Paragraph({
              bullet: { level: 0 },
              spacing: { after: 60 },
              children: [
                text(`${ddmmyyyy(e.date)} — ${e.title}${e.entityLabel ? ` (${e.entityLabel})` : ''}: `),
                e.files.length === 0 ? text('sin medios de verificación', { italics: true, color: 'B00020' }) : text(e.files.join(', ')),
              ],
            }),
        )),
  ];
}

/** The signature block the coordination fills in by hand. */
function signatures(): Table {
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const half = Math.floor(TEXT_WIDTH_TWIPS / 2);
  const block = (lines: string[]) =>
    new TableCell({
      width: { size: half, type: WidthType.DXA },
      borders: { top: none, bottom: none, left: none, right: none },
      children: [
        new Paragraph({ spacing: { before: 1200 }, alignment: AlignmentType.CENTER, children: [text('________________________________')] }),
        ...lines.map((l) => new Paragraph({ alignment: AlignmentType.CENTER, children: [text(l)] })),
        new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.CENTER, children: [text('Fecha: ____/____/________')] }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [half, half],
    borders: { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [block(['Elaborado por', 'Nombre, cargo y firma']), block(['Aprobado por la Coordinación', 'Nombre, cargo y firma'])],
      }),
    ],
  });
}

/** The follow-up report as a Word document (docx) the coordination can edit, print and sign. */
export async function followUpDocx(report: FollowUpReport): Promise<Buffer> {
  const period = periodLabel(report.year, report.from, report.to);
  const asOf = ddmmyyyy(report.asOf);
  const today = limaDate(new Date());
  const generated = `${String(today.day).padStart(2, '0')}/${String(today.month).padStart(2, '0')}/${today.year}`;
  // The plan's title usually says it is a work plan already ("Plan de Trabajo de la Estrategia…").
  const plan = !report.planTitle
    ? `Plan de trabajo ${report.year}`
    : /^plan de trabajo/i.test(report.planTitle)
      ? report.planTitle
      : `Plan de trabajo ${report.year}: ${report.planTitle}`;
  const scope = report.entity ? `${report.entity.shortName} — ${report.entity.name}` : 'Todas las entidades';
  const rows = report.activities.map((a) => a.row);
  const totals = report.report.totals;

  const [progress, schedule] =
    rows.length === 0
      ? [null, null]
      : await Promise.all([
          progressChart(
            rows.map((r) => ({ code: r.code, percentOfTarget: r.percentOfTarget, expectedPercent: r.expectedPercent, state: barState(r) })),
            asOf,
          ),
          scheduleHeatmap(
            report.activities.map((a) => ({ code: a.row.code, statuses: a.statuses })),
            asOf,
          ),
        ]);

  const cover = [
    new Paragraph({
      spacing: { before: 2400, after: 240 },
      alignment: AlignmentType.CENTER,
      children: [text('Informe de seguimiento', { bold: true, size: 56 })],
    }),
    paragraph([text(plan, { size: 28 })], { alignment: AlignmentType.CENTER, spacingAfter: 480 }),
    paragraph([text('Periodo: ', { bold: true, size: 26 }), text(period, { size: 26 })], { alignment: AlignmentType.CENTER }),
    paragraph([text('Alcance: ', { bold: true, size: 26 }), text(scope, { size: 26 })], { alignment: AlignmentType.CENTER }),
    paragraph([text(`Avance acumulado al ${asOf}`, { size: 26 })], { alignment: AlignmentType.CENTER, spacingAfter: 1200 }),
    paragraph([text(`Generado el ${generated} por la plataforma Gobernando Juntas.`, { italics: true, color: '555555' })], { alignment: AlignmentType.CENTER }),
    paragraph(
      [
        text(
          'Las cifras son las del reporte consolidado a la fecha de corte. Los meses cuyo informe aún no fue aprobado por la Coordinación se señalan como tales.',
          { italics: true, color: '555555' },
        ),
      ],
      { alignment: AlignmentType.CENTER },
    ),
  ];

  const summary = [
    heading('1. Resumen del avance', HeadingLevel.HEADING_1),
    paragraph(
      `Al ${asOf}: ${formatInteger(totals.activities)} actividades, con un avance promedio de ${formatPercent(totals.averagePercentOfTarget)} de la meta; ` +
        `${formatInteger(totals.targetsMet)} con la meta cumplida, ${formatInteger(totals.withDelays)} con meses retrasados y ` +
        `${formatInteger(totals.behind)} por debajo de lo esperado.`,
    ),
    heading('Por objetivo específico', HeadingLevel.HEADING_3),
    groupTable('Objetivo específico', report.report.byObjective),
    heading('Por entidad', HeadingLevel.HEADING_3),
    groupTable('Entidad', report.report.byEntity),
    heading('Por actividad', HeadingLevel.HEADING_3),
    table(
      ['Actividad', 'Meta vigente', 'Logro', '% de la meta', '% esperado', 'Estado'],
      rows.map((r) => [
        r.code,
        formatInUnit(r.targetValue, r.targetUnit),
        formatInUnit(r.achieved, r.targetUnit),
        formatPercent(r.percentOfTarget),
        formatPercent(r.expectedPercent),
        activityStates(r).join('; '),
      ]),
      [10, 11, 11, 12, 12, 44],
      [1, 2, 3, 4],
    ),
    ...(progress ? [image(progress, 'Avance respecto de la meta por actividad')] : []),
    heading('2. Cronograma', HeadingLevel.HEADING_1, true),
    ...(schedule ? [image(schedule, 'Cronograma de ejecución por actividad y mes')] : [paragraph('No hay actividades en el alcance del informe.')]),
  ];

  const alerts = [
    heading('4. Alertas', HeadingLevel.HEADING_1, true),
    report.report.alerts.length === 0
      ? paragraph('No hay alertas a la fecha de corte.')
      : table(
          ['Actividad', 'Tipo', 'Detalle'],
          report.report.alerts.map((a) => [a.activityCode, ALERT_KIND_LABELS[a.kind], a.message]),
          [11, 19, 70],
          [],
        ),
    heading('5. Conformidad', HeadingLevel.HEADING_1),
    paragraph(`${plan}. Informe de seguimiento de ${period} (${report.entity?.shortName ?? 'todas las entidades'}), con el avance acumulado al ${asOf}.`),
    signatures(),
  ];

  const document = new Document({
    creator: 'Plataforma Gobernando Juntas',
    title: `Informe de seguimiento ${period}`,
    description: `${plan}; ${scope}; avance acumulado al ${asOf}`,
    styles: {
      default: {
        document: { run: { font: FONT, size: 20, language: { value: 'es-PE' } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 160 } } },
        heading2: { run: { font: FONT, size: 24, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 } } },
        heading3: { run: { font: FONT, size: 21, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        children: cover,
      },
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 }, pageNumbers: { start: 2 } },
        },
        headers: {
          default: new Header({
            children: [paragraph([text(`Informe de seguimiento — ${period} — ${scope}`, { size: 16, color: '666666' })], { alignment: AlignmentType.RIGHT })],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ size: 16, color: '666666', children: ['Página ', PageNumber.CURRENT, ' de ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: [
          ...summary,
          heading('3. Avance por actividad', HeadingLevel.HEADING_1, true),
          ...report.activities.flatMap((a) => activitySection(a, report)),
          ...alerts,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
