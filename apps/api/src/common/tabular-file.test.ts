import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_SHEET_ROWS, readSheet, SheetError } from './tabular-file.js';

const COLUMNS = { dni: 'dni', resultado: 'outcome' };

async function xlsx(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hoja');
  sheet.addRow(['DNI', 'Resultado']);
  for (let i = 0; i < rows; i++) sheet.addRow([String(10_000_000 + i), 'Culminó']);
  workbook.addWorksheet('Otra').addRow(['no se lee']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('readSheet', () => {
  it('reads the first sheet of an XLSX with its line numbers', async () => {
    const rows = await readSheet(await xlsx(3), 'XLSX', COLUMNS);
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

  it('stops past the row limit instead of reading a huge file whole', async () => {
    await expect(readSheet(await xlsx(MAX_SHEET_ROWS + 5), 'XLSX', COLUMNS)).rejects.toThrow(`El archivo tiene más de ${MAX_SHEET_ROWS} filas.`);
    const csv = Buffer.from(['dni,resultado', ...Array.from({ length: MAX_SHEET_ROWS + 5 }, (_, i) => `${i},x`)].join('\n'));
    await expect(readSheet(csv, 'CSV', COLUMNS)).rejects.toThrow(SheetError);
  });

  it('refuses what is not a spreadsheet', async () => {
    await expect(readSheet(Buffer.from('no es un xlsx'), 'XLSX', COLUMNS)).rejects.toThrow('El archivo Excel no se puede leer');
    await expect(readSheet(Buffer.from(''), 'CSV', COLUMNS)).rejects.toThrow('El archivo está vacío.');
  });
});
