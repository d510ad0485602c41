import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { xlsxBomb } from '../test/zip-bomb.js';
import { MAX_CELL_LENGTH, MAX_SHEET_ROWS, decodeText, readSheet, SheetError } from './tabular-file.js';

const COLUMNS = { dni: 'dni', nombres: 'givenNames', resultado: 'outcome' };

async function xlsx(rows: readonly (readonly unknown[])[], extraSheet = true): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoja');
  for (const row of rows) sheet.addRow([...row]);
  if (extraSheet) workbook.addWorksheet('Otra').addRow(['no se lee']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const numbered = (n: number) => [['DNI', 'Resultado'], ...Array.from({ length: n }, (_, i) => [String(10_000_000 + i), 'Culminó'])];

/** Every letter of Spanish that is not ASCII, as Excel on a Spanish Windows saves it. */
const SPANISH = 'Begoña Úrsula Güemes Ñahui Ángela Íñigo Óscar ¿Dónde? ¡Sí! Zúñiga Peñaloza María José';

describe('readSheet', () => {
  it('reads the first sheet of an XLSX with its line numbers', async () => {
    const rows = await readSheet(await xlsx(numbered(3)), 'XLSX', COLUMNS);
    expect(rows).toEqual([
      { line: 2, cells: { dni: '10000000', outcome: 'Culminó' } },
      { line: 3, cells: { dni: '10000001', outcome: 'Culminó' } },
      { line: 4, cells: { dni: '10000002', outcome: 'Culminó' } },
    ]);
  });

  it('reads CSV with semicolons and a BOM', async () => {
    const rows = await readSheet(Buffer.from('\uFEFFdni;resultado\n01234567;Aprobó\n'), 'CSV', COLUMNS);
    expect(rows).toEqual([{ line: 2, cells: { dni: '01234567', outcome: 'Aprobó' } }]);
  });

  it('reads Spanish text in every encoding Excel and Notepad save CSV in', async () => {
    const csv = `dni;nombres;resultado\r\n01234567;${SPANISH};Culminó\r\n`;
    const files: [string, Buffer][] = [
      ['UTF-8', Buffer.from(csv, 'utf8')],
      ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')])],
      ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')])],
      ['Excel "Texto Unicode" (UTF-16, tabs)', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv.replaceAll(';', '\t'), 'utf16le')])],
      [
        'Windows-1252',
        Buffer.from(Array.from(csv, (c) => new Map([...'ñÑáéíóúÁÉÍÓÚüÜ¿¡'].map((ch) => [ch, Buffer.from(ch, 'latin1')[0]!])).get(c) ?? c.charCodeAt(0))),
      ],
    ];
    for (const [encoding, content] of files) {
      expect(await readSheet(content, 'CSV', COLUMNS), encoding).toEqual([{ line: 2, cells: { dni: '01234567', givenNames: SPANISH, outcome: 'Culminó' } }]);
    }
    expect(decodeText(files.find(([name]) => name === 'Windows-1252')![1]).encoding).toBe('Windows-1252');
    expect(decodeText(files[0]![1]).encoding).toBe('UTF-8');
  });

  it('reads the signs Windows-1252 keeps in 0x80–0x9F (dashes, curly quotes, €) as Excel writes them', async () => {
    // "Taller — “Mujeres que lideran”" and "D’Ávila": bytes 0x97, 0x93, 0x94 and 0x92.
    const bytes = (text: string) => Array.from(text, (c) => ({ '—': 0x97, '“': 0x93, '”': 0x94, '’': 0x92, '€': 0x80 })[c] ?? c.charCodeAt(0));
    const content = Buffer.from(bytes('Taller — “Mujeres que lideran”;;\r\ndni;nombres;resultado\r\n01234567;María D’Ávila;Culminó\r\n'));
    expect(decodeText(content)).toEqual({
      text: 'Taller — “Mujeres que lideran”;;\r\ndni;nombres;resultado\r\n01234567;María D’Ávila;Culminó\r\n',
      encoding: 'Windows-1252',
    });
    expect((await readSheet(content, 'CSV', COLUMNS))[0]!.cells.givenNames).toBe('María D’Ávila');
    // Bytes Windows-1252 leaves undefined are still not text.
    expect(() => decodeText(Buffer.from([0x61, 0x81, 0x62]))).toThrow(SheetError);
  });

  it('refuses binary content sent as CSV, saying what to do', async () => {
    await expect(readSheet(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01, 0x02, 0x10]), 'CSV', COLUMNS)).rejects.toThrow(
      /no parece un CSV de texto.*Guardar como/,
    );
  });

  it('finds the header row below title rows, in CSV and XLSX', async () => {
    const titled = [
      ['Lista de participantes — Curso de gestión pública'],
      ['Fecha: 12/05/2024'],
      [],
      ['N°', 'DNI', 'Nombres', 'Resultado'],
      ['1', '01234567', 'Ana', 'Culminó'],
    ];
    const expected = [{ line: 5, cells: { dni: '01234567', givenNames: 'Ana', outcome: 'Culminó' } }];
    expect(await readSheet(await xlsx(titled, false), 'XLSX', COLUMNS)).toEqual(expected);
    const csv = titled.map((r) => r.join(';')).join('\n');
    expect((await readSheet(Buffer.from(csv), 'CSV', COLUMNS)).map((r) => r.cells)).toEqual(expected.map((r) => r.cells));
  });

  it('lists the expected columns when no header row is found', async () => {
    await expect(readSheet(Buffer.from('a;b;c\n1;2;3\n'), 'CSV', COLUMNS)).rejects.toThrow(
      'Columnas esperadas: dni, nombres, resultado. Se encontró (fila 1): a, b, c.',
    );
    // One known column is not a header row: say which one was recognized.
    const oneKnown = await xlsx([['Registro 2024'], ['DNI', 'Nombre completo', 'Estado'], ['01234567', 'Ana Quispe', 'Aprobó']], false);
    await expect(readSheet(oneKnown, 'XLSX', COLUMNS)).rejects.toThrow('En la fila 2 se reconoce solo: DNI (la fila dice: DNI, Nombre completo, Estado).');
  });

  it('stops past the row limit instead of reading a huge file whole', async () => {
    await expect(readSheet(await xlsx(numbered(MAX_SHEET_ROWS + 20)), 'XLSX', COLUMNS)).rejects.toThrow(/más de 20,000 filas/);
    const csv = Buffer.from(['dni,resultado', ...Array.from({ length: MAX_SHEET_ROWS + 20 }, (_, i) => `${i},x`)].join('\n'));
    await expect(readSheet(csv, 'CSV', COLUMNS)).rejects.toThrow(SheetError);
  });

  it('refuses what is not a spreadsheet', async () => {
    await expect(readSheet(Buffer.from('no es un xlsx'), 'XLSX', COLUMNS)).rejects.toThrow('El archivo Excel no se puede leer');
    await expect(readSheet(Buffer.from(''), 'CSV', COLUMNS)).rejects.toThrow('El archivo está vacío.');
  });

  it('explains CSV syntax problems in Spanish with the line', async () => {
    await expect(readSheet(Buffer.from('dni,resultado\n"0123,Culminó\n'), 'CSV', COLUMNS)).rejects.toThrow(
      /^El archivo CSV no se puede leer \(línea \d+\): hay comillas que se abren y no se cierran/,
    );
  });

  it('refuses a cell longer than a cell may be, in CSV and XLSX', async () => {
    const long = 'x'.repeat(MAX_CELL_LENGTH + 1);
    await expect(readSheet(Buffer.from(`dni,nombres\n1,${long}\n`), 'CSV', COLUMNS)).rejects.toThrow(/celda de más de 1,000 caracteres/);
    await expect(
      readSheet(
        await xlsx([
          ['DNI', 'Nombres'],
          ['1', long],
        ]),
        'XLSX',
        COLUMNS,
      ),
    ).rejects.toThrow(/celda de más de 1,000 caracteres/);
  });

  it('refuses a small XLSX that inflates to hundreds of MB, whether or not its headers tell', async () => {
    for (const lieAboutSize of [false, true]) {
      const bomb = await xlsxBomb(300 * 1024 * 1024, { lieAboutSize });
      expect(bomb.length).toBeLessThan(500_000);
      const heapBefore = process.memoryUsage().heapUsed;
      await expect(readSheet(bomb, 'XLSX', COLUMNS)).rejects.toThrow(/^El archivo Excel es demasiado grande una vez descomprimido/);
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    }
    // Within the size limits, one 5 MB cell is still refused before any parser holds it.
    await expect(readSheet(await xlsxBomb(5 * 1024 * 1024), 'XLSX', COLUMNS)).rejects.toThrow(/celda de más de 1,000 caracteres/);
  }, 60_000);
});
