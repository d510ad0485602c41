import { ALERT_KIND_LABELS, MONTH_LABELS, type Month } from '@gj/domain';
import ExcelJS from 'exceljs';
import { Router, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { Principal } from '../auth/principal.js';
import type { Viewer } from '../auth/viewer.js';
import { parseAsOf } from '../common/dates.js';
import type { Services } from '../context.js';
import type { ConsolidatedReport, GroupRow, ReachRow } from './report.service.js';

const months = (list: readonly number[]) => list.map((m) => MONTH_LABELS[m as Month]).join(', ');

interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean;
  width?: number;
  /**
   * TEXT: codes and identifiers that look like numbers (1.10, ubigeos) and must stay text;
   * PERCENT: a percentage (80 = 80 %), a fraction with a % format in XLSX, rounded to 1 decimal in CSV;
   * DECIMAL: a figure that may carry decimals, shown with one.
   */
  kind?: 'TEXT' | 'PERCENT' | 'DECIMAL';
}

const groupColumns = (what: string): Column<GroupRow>[] => [
  { header: what, value: (r) => r.label, width: 50 },
  { header: 'Actividades', value: (r) => r.activities },
  { header: 'Avance promedio (% de meta)', value: (r) => r.averagePercentOfTarget, kind: 'PERCENT' },
  { header: 'Metas cumplidas', value: (r) => r.targetsMet },
  { header: 'Con meses retrasados', value: (r) => r.withDelays },
  { header: 'Por debajo de lo esperado', value: (r) => r.behind },
  { header: 'Ejecuciones', value: (r) => r.executions },
  { header: 'Con medios de verificación', value: (r) => r.executionsWithEvidence },
];

const reachColumns = (what: string): Column<ReachRow>[] => [
  { header: what, value: (r) => r.label, width: 30 },
  { header: 'Autoridades alcanzadas', value: (r) => r.reached ?? 'reservado' },
  { header: 'Autoridades en el registro', value: (r) => r.inRegister },
  {
    header: 'Cobertura (%)',
    value: (r) => (r.reached === null ? 'reservado' : r.inRegister === 0 ? 0 : (r.reached * 100) / r.inRegister),
    kind: 'PERCENT',
  },
];

/** Every view of the report: a sheet each in XLSX; one of them per CSV. */
export function reportViews(report: ConsolidatedReport) {
  return {
    actividades: {
      title: 'Actividades',
      rows: report.activities,
      columns: [
        { header: 'Código', value: (r) => r.code, width: 8, kind: 'TEXT' },
        { header: 'Actividad', value: (r) => r.name, width: 60 },
        { header: 'Objetivo', value: (r) => r.objectiveCode, kind: 'TEXT' },
        { header: 'Entidades', value: (r) => r.entities.join(', ') },
        { header: 'Objetivos DS', value: (r) => r.strategyObjectives.join(', ') },
        { header: 'Meta programada', value: (r) => r.originalTargetValue },
        { header: 'Meta reprogramada', value: (r) => (r.targetValue === r.originalTargetValue ? '' : r.targetValue) },
        { header: 'Unidad de la meta', value: (r) => (r.targetUnit === 'PERCENT' ? 'Porcentaje' : 'Número') },
        { header: 'Logro', value: (r) => r.achieved, kind: 'DECIMAL' },
        { header: 'Cuenta para la meta', value: (r) => r.counted ?? Math.min(r.achieved, r.targetValue), kind: 'DECIMAL' },
        { header: '% de la meta', value: (r) => r.percentOfTarget, kind: 'PERCENT' },
        { header: '% esperado', value: (r) => r.expectedPercent, kind: 'PERCENT' },
        { header: 'Meta cumplida', value: (r) => (r.met ? 'Sí' : 'No') },
        { header: 'Por debajo de lo esperado', value: (r) => (r.behind ? 'Sí' : 'No') },
        { header: 'Ejecuciones', value: (r) => r.executions },
        { header: 'Con medios de verificación', value: (r) => r.executionsWithEvidence },
        { header: 'Meses programados', value: (r) => months(r.plannedMonths), width: 30 },
        { header: 'Meses ejecutados', value: (r) => months(r.executedMonths), width: 30 },
        { header: 'Meses retrasados', value: (r) => months(r.delayedMonths), width: 30 },
      ] as Column<ConsolidatedReport['activities'][number]>[],
    },
    objetivos: { title: 'Por objetivo', rows: report.byObjective, columns: groupColumns('Objetivo específico') },
    entidades: { title: 'Por entidad', rows: report.byEntity, columns: groupColumns('Entidad') },
    'objetivos-ds': { title: 'Por objetivo DS', rows: report.byStrategyObjective, columns: groupColumns('Objetivo de la estrategia') },
    cargos: { title: 'Por cargo', rows: report.byOffice, columns: reachColumns('Cargo') },
    departamentos: { title: 'Por departamento', rows: report.byDepartment, columns: reachColumns('Departamento') },
    alertas: {
      title: 'Alertas',
      rows: report.alerts,
      columns: [
        { header: 'Actividad', value: (r) => r.activityCode, kind: 'TEXT' },
        { header: 'Tipo', value: (r) => ALERT_KIND_LABELS[r.kind] },
        { header: 'Detalle', value: (r) => r.message, width: 90 },
      ] as Column<ConsolidatedReport['alerts'][number]>[],
    },
  } as const;
}

export type ReportView = keyof ReturnType<typeof reportViews>;
export const REPORT_VIEWS = [
  'actividades',
  'objetivos',
  'entidades',
  'objetivos-ds',
  'cargos',
  'departamentos',
  'alertas',
] as const satisfies readonly ReportView[];

/**
 * Text a spreadsheet program would run as a formula (=, +, -, @, tab, carriage return first) is
 * written with a leading apostrophe, as OWASP advises: it then shows as the text it is.
 */
export function neutralizeFormula(value: string | number | boolean): string | number | boolean {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** What the XLSX title row says: the plan and whose activities the report covers. */
export interface ReportHeading {
  plan: string;
  /** A responsible entity's short name, or "todas las entidades". */
  scope: string;
}

const ddmmyyyy = (iso: string) => iso.split('-').reverse().join('/');

const XLSX_FORMATS = { TEXT: '@', PERCENT: '0.0 %', DECIMAL: '0.0' } as const;

function addSheet<T>(workbook: ExcelJS.Workbook, title: string, rows: readonly T[], columns: readonly Column<T>[], heading: string) {
  const sheet = workbook.addWorksheet(title);
  // Row 1: what the sheet is; row 2: the header, filtered and frozen with the title above it.
  const titleRow = sheet.addRow([heading]);
  titleRow.font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, columns.length);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width ?? Math.min(40, Math.max(12, c.header.length + 2));
    if (c.kind) column.numFmt = XLSX_FORMATS[c.kind];
  });
  for (const row of rows)
    sheet.addRow(
      columns.map((c) => {
        const value = neutralizeFormula(c.value(row));
        // Excel's % format multiplies by 100: the cell holds the fraction (0.8 shows as 80,0 %).
        if (c.kind === 'PERCENT' && typeof value === 'number') return value / 100;
        return value;
      }),
    );
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return sheet;
}

export async function reportXlsx(report: ConsolidatedReport, heading: ReportHeading): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plataforma Gobernando Juntas';
  const title = `${heading.plan} — Reporte consolidado al ${ddmmyyyy(report.asOf)} — ${heading.scope}`;
  for (const view of Object.values(reportViews(report))) addSheet(workbook, view.title, view.rows as never[], view.columns as never[], title);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Text Excel would turn into a number or a date (1.10 → 1,1; 010101 → 10101; 1/2 → 1-feb). */
const LOOKS_NUMERIC = /^\d[\d.,/\- ]*$/;

/**
 * One CSV cell as Excel reads it. Text that looks like a number is written as the formula
 * ="1.10": the standard way to keep it as text in a CSV (Excel has no per-column types there, and
 * a leading apostrophe would be shown as part of the value). It is our own formula around a value
 * that cannot hold a quote; user text that starts like a formula is still neutralized.
 */
export function csvCell(value: string | number | boolean, kind?: Column<unknown>['kind']): string | number {
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  // Decimals with a point, as es-PE writes them (format.ts); one decimal is enough to read a figure.
  if (typeof value === 'number') return kind === 'PERCENT' || kind === 'DECIMAL' || !Number.isInteger(value) ? Math.round(value * 10) / 10 : value;
  const text = neutralizeFormula(value) as string;
  return LOOKS_NUMERIC.test(text) ? `="${text}"` : text;
}

/**
 * A view as CSV for Excel in Peru: UTF-8 with BOM (accents), ";" between fields (the list
 * separator of Spanish regional settings, where "," would put every row in one column) and CRLF
 * line ends; written by fast-csv (through exceljs), which quotes as RFC 4180 requires.
 */
export async function reportCsv(report: ConsolidatedReport, viewName: ReportView): Promise<Buffer> {
  const view = reportViews(report)[viewName];
  const columns = view.columns as readonly Column<unknown>[];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(view.title);
  sheet.addRow(columns.map((c) => c.header));
  for (const row of view.rows as readonly unknown[]) sheet.addRow(columns.map((c) => csvCell(c.value(row), c.kind)));
  return Buffer.from(
    await workbook.csv.writeBuffer({ formatterOptions: { delimiter: ';', rowDelimiter: '\r\n', includeEndRowDelimiter: true, writeBOM: true } }),
  );
}

/**
 * Downloads of the consolidated report. The same credentials and the same scope as the GraphQL
 * API: a focal point downloads its entity's report, never another's.
 */
export function exportRouter(services: Services): Router {
  const router = Router();
  const fail = (res: Response, status: number, message: string) => res.status(status).json({ error: message });
  const load = async (req: Request, res: Response) => {
    // Authenticated by the middleware in front of /api (app.ts), like /graphql.
    const viewer = res.locals.viewer as Viewer | null;
    if (!viewer) {
      fail(res, 401, 'Inicie sesión para descargar reportes.');
      return null;
    }
    const year = req.query.year === undefined ? undefined : Number(req.query.year);
    if (year !== undefined && (typeof req.query.year !== 'string' || !/^\d{4}$/.test(req.query.year) || year < 2000 || year > 2100)) {
      fail(res, 400, 'El año no es válido: use cuatro dígitos, p. ej. year=2024.');
      return null;
    }
    if (req.query.asOf !== undefined && typeof req.query.asOf !== 'string') {
      fail(res, 400, 'La fecha de corte debe tener el formato AAAA-MM-DD y ser una fecha válida.');
      return null;
    }
    try {
      const principal = Principal.of(viewer);
      const asOf = parseAsOf(req.query.asOf, principal.disclosure);
      return await services.reports.consolidated(principal, year ?? (await services.plans.defaultYear(principal)), asOf);
    } catch (error) {
      if (error instanceof GraphQLError) {
        fail(res, 400, error.message);
        return null;
      }
      throw error;
    }
  };
  const fileName = (report: ConsolidatedReport, ext: string, view?: string) =>
    `reporte-consolidado-${report.year}-al-${report.asOf}${view ? `-${view}` : ''}.${ext}`;

  router.get('/consolidated.xlsx', async (req, res, next) => {
    try {
      const report = await load(req, res);
      if (!report) return;
      const principal = Principal.of(res.locals.viewer as Viewer);
      const plan = (await services.plans.find(principal, report.year))?.plan;
      const scope = principal.scope.kind === 'ENTITY' ? principal.scope.entityCode : null;
      const heading: ReportHeading = {
        plan: plan ? `Plan de trabajo ${plan.year}: ${plan.title}` : `Plan de trabajo ${report.year}`,
        scope: scope ? (report.byEntity.find((e) => e.key === scope)?.label ?? scope) : 'todas las entidades',
      };
      res
        .attachment(fileName(report, 'xlsx'))
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await reportXlsx(report, heading));
    } catch (error) {
      next(error);
    }
  });

  router.get('/consolidated.csv', async (req, res, next) => {
    try {
      const view = req.query.view === undefined ? 'actividades' : req.query.view;
      if (typeof view !== 'string' || !(REPORT_VIEWS as readonly string[]).includes(view))
        return fail(res, 400, `Vista desconocida. Use: ${REPORT_VIEWS.join(', ')}.`);
      const report = await load(req, res);
      if (!report) return;
      res
        .attachment(fileName(report, 'csv', view))
        .type('text/csv; charset=utf-8')
        .send(await reportCsv(report, view as ReportView));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
