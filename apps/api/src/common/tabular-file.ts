import { normalizeText } from '@gj/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';

/** A row of an uploaded sheet: its line number as the person sees it, and its cells by column key. */
export interface SheetRow {
  line: number;
  cells: Record<string, string>;
}

export type SheetFormat = 'CSV' | 'XLSX';

export class SheetError extends Error {}

export const MAX_SHEET_ROWS = 20_000;
const TOO_MANY_ROWS = `El archivo tiene más de ${MAX_SHEET_ROWS} filas.`;

export function formatOfFileName(fileName: string): SheetFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'CSV';
  if (name.endsWith('.xlsx')) return 'XLSX';
  throw new SheetError('El archivo debe ser CSV (.csv) o Excel (.xlsx).');
}

/**
 * Reads a CSV (comma or semicolon, UTF-8 with or without BOM) or the first sheet of an XLSX.
 * Headers are matched through `columns`: normalized header text → column key.
 */
export async function readSheet(content: Buffer, format: SheetFormat, columns: Record<string, string>): Promise<SheetRow[]> {
  const table = format === 'CSV' ? readCsv(content) : await readXlsx(content);
  const [header, ...body] = table;
  if (!header) throw new SheetError('El archivo está vacío.');
  const keys = header.map((h) => columns[normalizeText(h)] ?? null);
  if (keys.every((k) => k === null)) throw new SheetError('No se reconoce ninguna columna en la primera fila del archivo.');
  if (body.length > MAX_SHEET_ROWS) throw new SheetError(TOO_MANY_ROWS);
  const rows: SheetRow[] = [];
  body.forEach((values, index) => {
    if (values.every((v) => v.trim() === '')) return;
    const cells: Record<string, string> = {};
    keys.forEach((key, i) => {
      if (key) cells[key] = (values[i] ?? '').trim();
    });
    rows.push({ line: index + 2, cells });
  });
  return rows;
}

function readCsv(content: Buffer): string[][] {
  const text = content.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  try {
    // One line past the limit is enough to know the file is too long.
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: true, to_line: MAX_SHEET_ROWS + 2 }) as string[][];
  } catch (error) {
    throw new SheetError(`El archivo CSV no se puede leer: ${(error as Error).message}`);
  }
}

/** Reads the first sheet as a stream and stops past the row limit: a huge file never sits whole in memory. */
async function readXlsx(content: Buffer): Promise<string[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(content), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const table: string[][] = [];
  let sheets = 0;
  try {
    for await (const sheet of reader) {
      sheets += 1;
      for await (const row of sheet) {
        if (row.number > MAX_SHEET_ROWS + 1) throw new SheetError(TOO_MANY_ROWS);
        const values: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          values[col - 1] = cellText(cell.value);
        });
        table[row.number - 1] = Array.from(values, (v) => v ?? '');
      }
      break; // only the first sheet is read
    }
  } catch (error) {
    if (error instanceof SheetError) throw error;
    throw new SheetError('El archivo Excel no se puede leer: ¿es un .xlsx válido?');
  }
  if (sheets === 0) throw new SheetError('El archivo Excel no tiene hojas.');
  return Array.from(table, (r) => r ?? []);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
  }
  return String(value);
}
