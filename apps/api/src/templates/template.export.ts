import ExcelJS from 'exceljs';
import { Router } from 'express';
import { Principal } from '../auth/principal.js';
import type { Viewer } from '../auth/viewer.js';
import { REGISTER_SHEET } from '../authorities/authority.service.js';
import { expectedHeaders, columnMap, type ImportColumn } from '../common/tabular-file.js';
import { PARTICIPANT_SHEET } from '../execution/participant-import.service.js';

/** A file people fill in to import: built from the columns the importer reads, so both never drift apart. */
export interface ImportTemplate {
  /** The file name without extension, as the URL names it. */
  name: string;
  columns: readonly ImportColumn[];
  /** The data sheet's name. */
  sheet: string;
  /** General rules, listed under the columns in «Instrucciones». */
  notes: readonly string[];
}

const COMMON_NOTES = [
  'La fila 2 es un ejemplo: reemplácela por sus datos (si la deja tal cual, no se importa).',
  'Puede haber filas de título encima de los encabezados; los encabezados no distinguen mayúsculas ni tildes.',
  'Guarde como Excel (.xlsx) o como CSV (separado por punto y coma o por comas; UTF-8 o el CSV de Excel en Windows).',
  'Se importa todo o nada: si alguna fila tiene un error, no se guarda ninguna y se listan las filas por corregir.',
];

export const TEMPLATES = {
  participantes: {
    name: 'participantes',
    columns: PARTICIPANT_SHEET,
    sheet: 'Participantes',
    notes: [
      'Cada fila es una autoridad que participó en la ejecución. Se la busca en el registro de mujeres autoridades por su DNI o, si no lo tiene, por nombres, apellidos y ubigeo.',
      'Si una autoridad no está en el registro, pida a la coordinación (MIMP) que la registre antes de importar.',
      ...COMMON_NOTES,
    ],
  },
  registro: {
    name: 'registro',
    columns: REGISTER_SHEET,
    sheet: 'Registro',
    notes: [
      'Cada fila es una mujer autoridad del periodo elegido al importar. Un DNI que ya está en el registro actualiza los datos de esa persona.',
      ...COMMON_NOTES,
    ],
  },
} as const satisfies Record<string, ImportTemplate>;

/** The template as a workbook: the data sheet (header and example, every cell as Text) and «Instrucciones». */
export async function templateWorkbook(template: ImportTemplate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(template.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text format keeps the leading zeros of DNI and ubigeo that Excel drops from numbers.
  data.columns = template.columns.map((c) => ({ header: c.header, key: c.key, width: Math.max(14, c.header.length + 4), style: { numFmt: '@' } }));
  data.addRow(template.columns.map((c) => c.example || null));
  data.getRow(1).font = { bold: true };

  const help = workbook.addWorksheet('Instrucciones');
  help.columns = [
    { header: 'Columna', width: 22 },
    { header: 'Obligatoria', width: 30 },
    { header: 'Valores aceptados y formato', width: 110 },
  ];
  help.getRow(1).font = { bold: true };
  for (const c of template.columns) {
    const aliases = c.aliases && c.aliases.length > 0 ? ` (o «${c.aliases.join('», «')}»)` : '';
    help.addRow([`${c.header}${aliases}`, c.required, c.format]);
  }
  help.addRow([]);
  for (const note of template.notes) help.addRow(['', '', note]);
  help.eachRow((row) => (row.alignment = { vertical: 'top', wrapText: true }));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template as CSV the way Excel in Spanish opens it: UTF-8 with BOM, ";" and CRLF. */
export function templateCsv(template: ImportTemplate): Buffer {
  const cell = (value: string) => (/[";\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = [expectedHeaders(columnMap(template.columns)), template.columns.map((c) => c.example)].map((row) => row.map(cell).join(';'));
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n') + '\r\n', 'utf8')]);
}

/**
 * `GET /api/templates/<participantes|registro>.<xlsx|csv>`, with the same credentials as the
 * GraphQL API: the participants' template for anyone signed in, the register's for those who
 * manage the register.
 */
export function templateRouter(): Router {
  const router = Router();
  router.get('/:name.:format', async (req, res, next) => {
    try {
      const viewer = res.locals.viewer as Viewer | null;
      if (!viewer) return res.status(401).json({ error: 'Inicie sesión para descargar la plantilla.' });
      const { name, format } = req.params;
      const template = name === 'participantes' || name === 'registro' ? TEMPLATES[name] : null;
      if (!template || (format !== 'xlsx' && format !== 'csv')) {
        return res.status(404).json({ error: 'No existe esa plantilla: use participantes o registro, en .xlsx o .csv.' });
      }
      if (template === TEMPLATES.registro && !Principal.of(viewer).can('authority:manage')) {
        return res.status(403).json({ error: 'Su cuenta no tiene permiso para administrar el registro de mujeres autoridades.' });
      }
      if (format === 'csv') return res.attachment(`plantilla-${template.name}.csv`).type('text/csv; charset=utf-8').send(templateCsv(template));
      return res
        .attachment(`plantilla-${template.name}.xlsx`)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await templateWorkbook(template));
    } catch (error) {
      return next(error);
    }
  });
  return router;
}
