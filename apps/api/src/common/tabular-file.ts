/**
 * Reading uploaded sheets (CSV or XLSX) as people make them, within fixed bounds: what a file may
 * decompress to, how long a cell may be, how many rows it may have and how many are read at once.
 * Nothing an upload contains can make the process hold more than these bounds.
 */
import { normalizeText } from '@gj/domain';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { zipSync, type Zippable } from 'fflate';
import pLimit from 'p-limit';
import { Readable } from 'node:stream';
import yauzl from 'yauzl';

/** A row of an uploaded sheet: its line number as the person sees it, and its cells by column key. */
export interface SheetRow {
  line: number;
  cells: Record<string, string>;
}

export type SheetFormat = 'CSV' | 'XLSX';

export class SheetError extends Error {}

export const MAX_SHEET_ROWS = 20_000;
/** Characters in one cell: names, offices and outcomes are short; more is a broken or hostile file. */
export const MAX_CELL_LENGTH = 1_000;
/** What an XLSX may inflate to, in all and per part (a 20,000-row register is a few MB). */
export const MAX_XLSX_UNCOMPRESSED = 48 * 1024 * 1024;
export const MAX_XLSX_ENTRY = 24 * 1024 * 1024;
const MAX_XLSX_ENTRIES = 500;
/** Rows scanned for the header row (files often start with a title). */
const HEADER_SEARCH_ROWS = 10;

const TOO_MANY_ROWS = `El archivo tiene más de ${MAX_SHEET_ROWS.toLocaleString('es-PE')} filas. Divídalo en archivos más pequeños.`;
const TOO_LARGE = 'El archivo Excel es demasiado grande una vez descomprimido. Guarde solo la hoja con los datos, sin imágenes ni otras hojas grandes.';
const cellTooLong = (where: string) =>
  `${where} tiene una celda de más de ${MAX_CELL_LENGTH.toLocaleString('es-PE')} caracteres. Revise el archivo: cada celda debe tener un solo dato.`;

/** Two files are read at a time; others wait their turn (bounds memory under concurrent uploads). */
const reading = pLimit(2);

export function formatOfFileName(fileName: string): SheetFormat {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.txt')) return 'CSV';
  if (name.endsWith('.xlsx')) return 'XLSX';
  if (name.endsWith('.xls'))
    throw new SheetError('El formato .xls (Excel 97-2003) no se admite: en Excel use "Guardar como" → "Libro de Excel (.xlsx)" o "CSV UTF-8".');
  throw new SheetError('El archivo debe ser CSV (.csv) o Excel (.xlsx).');
}

/**
 * Reads a CSV (comma or semicolon; UTF-8 with or without BOM, UTF-16 or Windows-1252) or the
 * first sheet of an XLSX. The header row is the first of the first rows that names at least two
 * known columns (or the only one); `columns` maps normalized header text to a column key.
 */
export function readSheet(content: Buffer, format: SheetFormat, columns: Record<string, string>): Promise<SheetRow[]> {
  return reading(async () => {
    const table = format === 'CSV' ? readCsv(content) : await readXlsx(content);
    return toRows(table, columns);
  });
}

function toRows(table: string[][], columns: Record<string, string>): SheetRow[] {
  if (table.every((row) => row.every((v) => v.trim() === ''))) throw new SheetError('El archivo está vacío.');
  const known = new Set(Object.values(columns));
  const needed = Math.min(2, known.size);
  let headerIndex = -1;
  let keys: (string | null)[] = [];
  for (let i = 0; i < Math.min(table.length, HEADER_SEARCH_ROWS); i++) {
    const candidate = (table[i] ?? []).map((h) => columns[normalizeText(h)] ?? null);
    if (new Set(candidate.filter(Boolean)).size >= needed) {
      headerIndex = i;
      keys = candidate;
      break;
    }
  }
  if (headerIndex === -1) throw new SheetError(missingHeaderMessage(table, columns));
  const body = table.slice(headerIndex + 1);
  if (body.length > MAX_SHEET_ROWS) throw new SheetError(TOO_MANY_ROWS);
  const rows: SheetRow[] = [];
  body.forEach((values, index) => {
    if (!values || values.every((v) => v.trim() === '')) return;
    const cells: Record<string, string> = {};
    keys.forEach((key, i) => {
      if (key) cells[key] = (values[i] ?? '').trim();
    });
    rows.push({ line: headerIndex + index + 2, cells });
  });
  return rows;
}

/** What the first rows hold instead of the headers: the row that names most known columns, else the first with text. */
function missingHeaderMessage(table: string[][], columns: Record<string, string>): string {
  const head = table.slice(0, HEADER_SEARCH_ROWS);
  const texts = (row: string[] | undefined) => (row ?? []).map((h) => h.trim()).filter(Boolean);
  const recognized = head.map((row) => texts(row).filter((h) => columns[normalizeText(h)]));
  const best = recognized.reduce((b, r, i) => (r.length > recognized[b]!.length ? i : b), 0);
  const shown = recognized[best]!.length > 0 ? best : head.findIndex((row) => texts(row).length > 0);
  const found = texts(head[shown]).slice(0, 12);
  const detail =
    shown === -1
      ? 'Esas filas están vacías.'
      : recognized[shown]!.length > 0
        ? `En la fila ${shown + 1} se reconoce solo: ${recognized[shown]!.join(', ')} (la fila dice: ${found.join(', ')}).`
        : `Se encontró (fila ${shown + 1}): ${found.join(', ')}.`;
  return `No se encontró la fila de encabezados en las primeras ${HEADER_SEARCH_ROWS} filas. Columnas esperadas: ${expectedHeaders(columns).join(', ')}. ${detail} Escriba los nombres de las columnas en una fila, encima de los datos.`;
}

/** A column of an import file: what the importer reads, and what its template and help say about it. */
export interface ImportColumn {
  key: string;
  /** The header as the template writes it; `aliases` are other headers read as this column. */
  header: string;
  aliases?: readonly string[];
  /** "Sí", "No", or when it is needed. */
  required: string;
  /** Accepted values and format, for the template's instructions. */
  format: string;
  example: string;
}

/** Normalized header text → column key, as `readSheet` takes it. */
export function columnMap(columns: readonly ImportColumn[]): Record<string, string> {
  return Object.fromEntries(columns.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [normalizeText(h), c.key])));
}

export const TEMPLATE_EXAMPLE_SKIPPED = 'es la fila de ejemplo de la plantilla: no se importó. Bórrela del archivo.';

/** Whether a row is the template's example row left in place (it must not become a record). */
export function isTemplateExample(columns: readonly ImportColumn[], cells: Record<string, string>): boolean {
  const shown = columns.filter((c) => c.example !== '');
  return shown.every((c) => normalizeText(cells[c.key] ?? '') === normalizeText(c.example));
}

/** The first header text of each column key, as the person should write it. */
export function expectedHeaders(columns: Record<string, string>): string[] {
  const seen = new Map<string, string>();
  for (const [header, key] of Object.entries(columns)) if (!seen.has(key)) seen.set(key, header);
  return [...seen.values()];
}

/** Text of a CSV file in the encoding it was saved in; what Excel writes on a Spanish Windows is Windows-1252. */
export function decodeText(content: Buffer): { text: string; encoding: 'UTF-8' | 'UTF-16' | 'Windows-1252' } {
  if (content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(content.subarray(3)), encoding: 'UTF-8' };
  if (content[0] === 0xff && content[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(content.subarray(2)), encoding: 'UTF-16' };
  if (content[0] === 0xfe && content[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(content.subarray(2)), encoding: 'UTF-16' };
  let decoded: { text: string; encoding: 'UTF-8' | 'Windows-1252' };
  try {
    decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(content), encoding: 'UTF-8' };
  } catch {
    decoded = { text: fromWindows1252(new TextDecoder('windows-1252').decode(content)), encoding: 'Windows-1252' };
  }
  // Control characters (other than tab and line breaks) mean this is not a text file at all.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(decoded.text)) {
    throw new SheetError('El archivo no parece un CSV de texto. En Excel use "Guardar como" → "CSV UTF-8 (delimitado por comas)" o suba el .xlsx.');
  }
  return decoded;
}

/** Windows-1252's signs in 0x80–0x9F (€, dashes, curly quotes, …); the five bytes it leaves undefined stay control characters. */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Node 20's "windows-1252" decoder is Latin-1: it turns those signs into control characters. */
function fromWindows1252(latin1: string): string {
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

const CSV_PROBLEMS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'hay comillas que se abren y no se cierran',
  CSV_INVALID_CLOSING_QUOTE: 'hay comillas mal cerradas',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'hay texto después de unas comillas de cierre',
  CSV_MAX_RECORD_SIZE: `una fila es demasiado larga (más de ${MAX_CELL_LENGTH * 20} caracteres)`,
};

function readCsv(content: Buffer): string[][] {
  const { text } = decodeText(content);
  // The separator most used in the first lines (a title line may have none): Excel writes ";" where
  // the decimal mark is a comma, "," elsewhere, and a tab in "Texto Unicode".
  const head = text.split('\n', HEADER_SEARCH_ROWS + 1).join('\n');
  const delimiter = [';', ',', '\t'].map((d) => [d, head.split(d).length] as const).sort((a, b) => b[1] - a[1])[0]![0];
  let table: string[][];
  try {
    // A few lines past the limit are enough to know the file is too long (title rows included).
    table = parse(text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      to_line: MAX_SHEET_ROWS + HEADER_SEARCH_ROWS + 2,
      max_record_size: MAX_CELL_LENGTH * 20,
    }) as string[][];
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    const problem = (code && CSV_PROBLEMS[code]) ?? 'su formato no es válido';
    throw new SheetError(
      `El archivo CSV no se puede leer${lines ? ` (línea ${lines})` : ''}: ${problem}. Ábralo en Excel y guárdelo de nuevo como CSV o .xlsx.`,
    );
  }
  table.forEach((row, i) => {
    if (row.some((cell) => cell.length > MAX_CELL_LENGTH)) throw new SheetError(cellTooLong(`La línea ${i + 1}`));
  });
  return table;
}

/** Reads the first sheet as a stream from a bounded copy of the workbook, and stops past the row limit. */
async function readXlsx(content: Buffer): Promise<string[][]> {
  const workbook = await boundedWorkbook(content);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(workbook), {
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
        if (row.number > MAX_SHEET_ROWS + HEADER_SEARCH_ROWS + 1) throw new SheetError(TOO_MANY_ROWS);
        const values: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          if (col > 200) return; // a data sheet has a handful of columns; the rest is noise
          const text = cellText(cell.value);
          if (text.length > MAX_CELL_LENGTH) throw new SheetError(cellTooLong(`La fila ${row.number}`));
          values[col - 1] = text;
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

/**
 * Inflates every part of the XLSX (a ZIP) while counting what actually comes out, refusing past
 * the limits whatever the ZIP's headers claim, and refusing any text run (a cell) longer than a
 * cell may be before a parser would hold it whole. Returns the parts re-packed uncompressed:
 * the reader sees exactly what was checked.
 */
export async function boundedWorkbook(content: Buffer): Promise<Buffer> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(content, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, file) =>
      error || !file ? reject(error) : resolve(file),
    ),
  ).catch(() => {
    throw new SheetError('El archivo Excel no se puede leer: ¿es un .xlsx válido?');
  });
  const parts: Zippable = {};
  let total = 0;
  let entries = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > MAX_XLSX_ENTRIES) return reject(new SheetError(TOO_LARGE));
        if (entry.fileName.endsWith('/')) return zip.readEntry();
        if (entry.uncompressedSize > MAX_XLSX_ENTRY || total + entry.uncompressedSize > MAX_XLSX_UNCOMPRESSED) return reject(new SheetError(TOO_LARGE));
        zip.openReadStream(entry, (error, stream) => {
          if (error || !stream) return reject(error ?? new Error('zip'));
          const chunks: Buffer[] = [];
          let size = 0;
          // Longest run of characters without markup: a cell's text (or a binary part, not scanned).
          const scanText = entry.fileName.endsWith('.xml');
          let run = 0;
          stream.on('data', (chunk: Buffer) => {
            size += chunk.length;
            total += chunk.length;
            if (size > MAX_XLSX_ENTRY || total > MAX_XLSX_UNCOMPRESSED) {
              stream.destroy();
              return reject(new SheetError(TOO_LARGE));
            }
            if (scanText) {
              for (let i = 0; i < chunk.length; i++) {
                run = chunk[i] === 0x3c /* < */ ? 0 : run + 1;
                // Bytes, not characters: 4× the cell limit covers any UTF-8 and XML escapes.
                if (run > MAX_CELL_LENGTH * 4) {
                  stream.destroy();
                  return reject(new SheetError(cellTooLong('El archivo')));
                }
              }
            }
            chunks.push(chunk);
          });
          // yauzl stops a part that inflates past what its header declared: a disguised bomb.
          stream.on('error', (e: Error) => reject(/too many bytes/i.test(e.message) ? new SheetError(TOO_LARGE) : e));
          stream.on('end', () => {
            parts[entry.fileName] = [new Uint8Array(Buffer.concat(chunks)), { level: 0 }];
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  } catch (error) {
    if (error instanceof SheetError) throw error;
    throw new SheetError('El archivo Excel no se puede leer: ¿es un .xlsx válido?');
  } finally {
    zip.close();
  }
  // The workbook, its relations and shared strings first: the streaming reader then parses sheets
  // as they come instead of parking them in temporary files.
  const first = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'];
  const rank = (name: string) => (first.includes(name) ? first.indexOf(name) : first.length);
  const ordered: Zippable = {};
  for (const name of Object.keys(parts).sort((a, b) => rank(a) - rank(b))) ordered[name] = parts[name]!;
  return Buffer.from(zipSync(ordered));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('error' in value) return '';
  }
  return String(value);
}
