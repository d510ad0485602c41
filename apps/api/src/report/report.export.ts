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
  /** Excel number format, e.g. '0.0' for percentages shown as numbers. */
  format?: string;
}

const groupColumns = (what: string): Column<GroupRow>[] => [
  { header: what, value: (r) => r.label, width: 50 },
  { header: 'Actividades', value: (r) => r.activities },
  { header: 'Avance promedio (% de meta)', value: (r) => r.averagePercentOfTarget, format: '0.0' },
  { header: 'Metas cumplidas', value: (r) => r.targetsMet },
  { header: 'Con meses retrasados', value: (r) => r.withDelays },
  { header: 'Por debajo de lo esperado', value: (r) => r.behind },
];

const reachColumns = (what: string): Column<ReachRow>[] => [
  { header: what, value: (r) => r.label, width: 30 },
  { header: 'Autoridades alcanzadas', value: (r) => r.reached ?? 'reservado' },
  { header: 'Autoridades en el registro', value: (r) => r.inRegister },
  { header: 'Cobertura (%)', value: (r) => (r.reached === null ? 'reservado' : r.inRegister === 0 ? 0 : (r.reached * 100) / r.inRegister), format: '0.0' },
];

/** Every view of the report: a sheet each in XLSX; one of them per CSV. */
export function reportViews(report: ConsolidatedReport) {
  return {
    actividades: {
      title: 'Actividades',
      rows: report.activities,
      columns: [
        { header: 'Código', value: (r) => r.code, width: 8 },
        { header: 'Actividad', value: (r) => r.name, width: 60 },
        { header: 'Objetivo', value: (r) => r.objectiveCode },
        { header: 'Entidades', value: (r) => r.entities.join(', ') },
        { header: 'Objetivos DS', value: (r) => r.strategyObjectives.join(', ') },
        { header: 'Meta programada', value: (r) => r.originalTargetValue },
        { header: 'Meta reprogramada', value: (r) => (r.targetValue === r.originalTargetValue ? '' : r.targetValue) },
        { header: 'Unidad de la meta', value: (r) => (r.targetUnit === 'PERCENT' ? 'Porcentaje' : 'Número') },
        { header: 'Logro', value: (r) => r.achieved, format: '0.0' },
        { header: 'Cuenta para la meta', value: (r) => r.counted ?? Math.min(r.achieved, r.targetValue), format: '0.0' },
        { header: '% de la meta', value: (r) => r.percentOfTarget, format: '0.0' },
        { header: '% esperado', value: (r) => r.expectedPercent, format: '0.0' },
        { header: 'Meta cumplida', value: (r) => (r.met ? 'Sí' : 'No') },
        { header: 'Por debajo de lo esperado', value: (r) => (r.behind ? 'Sí' : 'No') },
        { header: 'Ejecuciones', value: (r) => r.executions },
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
        { header: 'Actividad', value: (r) => r.activityCode },
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

function addSheet<T>(workbook: ExcelJS.Workbook, title: string, rows: readonly T[], columns: readonly Column<T>[]) {
  const sheet = workbook.addWorksheet(title);
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 2), style: c.format ? { numFmt: c.format } : {} }));
  for (const row of rows) sheet.addRow(columns.map((c) => neutralizeFormula(c.value(row))));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return sheet;
}

export async function reportXlsx(report: ConsolidatedReport): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plataforma Gobernando Juntas';
  for (const view of Object.values(reportViews(report))) addSheet(workbook, view.title, view.rows as never[], view.columns as never[]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export async function reportCsv(report: ConsolidatedReport, viewName: ReportView): Promise<Buffer> {
  const view = reportViews(report)[viewName];
  const workbook = new ExcelJS.Workbook();
  addSheet(workbook, view.title, view.rows as never[], view.columns as never[]);
  // BOM so that Excel opens accented Spanish text correctly.
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(await workbook.csv.writeBuffer())]);
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
      res
        .attachment(fileName(report, 'xlsx'))
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await reportXlsx(report));
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
