import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput } from '../test/fixtures.js';
import { csvCell } from './report.export.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

describe.each(backends())('report exports on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    for (const date of ['2024-04-05', '2024-06-07']) {
      await api.gql(
        'mutation ($i: ExecutionInput!) { createExecution(activityCode: "3.2", input: $i) { id } }',
        { i: executionInput(date, { kind: 'DISSEMINATION' }) },
        { token: coordinator },
      );
    }
  });
  afterAll(() => api?.close());

  const download = (path: string, token?: string) => fetch(`${api.url}/api/exports/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('exports the consolidated report as XLSX: a sheet per view, Spanish headers, numbers as numbers', async () => {
    const response = await download('consolidated.xlsx?year=2024&asOf=2024-06-30', coordinator);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('reporte-consolidado-2024-al-2024-06-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Actividades',
      'Por objetivo',
      'Por entidad',
      'Por objetivo DS',
      'Por cargo',
      'Por departamento',
      'Alertas',
    ]);
    const sheet = workbook.getWorksheet('Actividades')!;
    // Row 1 says what the sheet is; row 2 is the header, filtered and frozen.
    expect(sheet.getRow(1).getCell(1).value).toMatch(/^Plan de trabajo 2024.* — Reporte consolidado al 30\/06\/2024 — todas las entidades$/);
    expect(sheet.autoFilter).toBe('A2:S2');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getColumn(2).width).toBe(60);
    expect(sheet.getRow(2).values).toEqual(
      expect.arrayContaining(['Código', 'Actividad', 'Meta programada', 'Meta reprogramada', 'Logro', '% de la meta', 'Meses retrasados']),
    );
    expect(sheet.rowCount).toBe(21);
    const header = (sheet.getRow(2).values as string[]).slice(1);
    const row32 = sheet.getRows(3, 19)!.find((r) => r.getCell(1).value === '3.2')!;
    const cell = (name: string) => row32.getCell(header.indexOf(name) + 1).value;
    // Codes stay text (1.10 is not 1.1); percentages are fractions shown with a % format.
    expect(sheet.getRows(3, 19)!.map((r) => r.getCell(1).value)).toContain('1.10');
    expect(row32.getCell(1).numFmt).toBe('@');
    expect(row32.getCell(header.indexOf('% de la meta') + 1).numFmt).toBe('0.0 %');
    expect(cell('Meta programada')).toBe(5);
    expect(cell('Meta reprogramada')).toBe('');
    expect(cell('Logro')).toBe(2);
    expect(cell('% de la meta')).toBe(0.4);
    expect(cell('Meses ejecutados')).toBe('abril, junio');
    expect(workbook.getWorksheet('Por departamento')!.rowCount).toBe(27);
    expect(workbook.getWorksheet('Alertas')!.getRow(3).getCell(3).value).toMatch(/^Actividad \d\.\d+ \([A-Z, ]+\): /);
    const pcmBook = new ExcelJS.Workbook();
    await pcmBook.xlsx.load(await (await download('consolidated.xlsx?year=2024&asOf=2024-06-30', pcm)).arrayBuffer());
    expect(pcmBook.getWorksheet('Actividades')!.getRow(1).getCell(1).value).toMatch(/ — PCM$/);
  });

  const csv = async (response: Response) =>
    parse((await response.text()).replace(/^\uFEFF/, ''), { columns: true, delimiter: ';' }) as Record<string, string>[];

  it('writes cells as Excel in Peru reads them', () => {
    expect(csvCell('1.10', 'TEXT')).toBe('="1.10"');
    expect(csvCell('150101')).toBe('="150101"');
    expect(csvCell('MIMP, PCM')).toBe('MIMP, PCM');
    expect(csvCell(16.666666666666664, 'PERCENT')).toBe(16.7);
    expect(csvCell(2.25)).toBe(2.3);
    expect(csvCell(62)).toBe(62);
    expect(csvCell(true)).toBe('Sí');
    for (const text of ['=HYPERLINK("x")', '+51 999', '-1', '@SUMA(A1)']) expect(csvCell(text)).toBe(`'${text}`);
  });

  it('exports each view as CSV for Excel in Spanish: BOM, semicolons, CRLF, codes as text, rounded figures', async () => {
    const response = await download('consolidated.csv?asOf=2024-06-30&view=entidades', coordinator);
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // (text() drops the BOM.)
    const text = await response.clone().text();
    expect(text.split('\r\n')[0]).toBe(
      'Entidad;Actividades;Avance promedio (% de meta);Metas cumplidas;Con meses retrasados;Por debajo de lo esperado;Ejecuciones;Con medios de verificación',
    );
    expect(text).not.toMatch(/\d\.\d{2,}/);
    const rows = await csv(response);
    expect(rows.map((r) => [r.Entidad, Number(r.Actividades)])).toEqual([
      ['MIMP', 11],
      ['PCM', 6],
      ['OSCE', 3],
      ['SERVIR', 1],
      ['CEPLAN', 1],
    ]);
    const activities = await csv(await download('consolidated.csv?asOf=2024-06-30', coordinator));
    expect(activities.find((r) => r['Código'] === '="3.2"')).toMatchObject({ Objetivo: '="3"', Logro: '2', '% de la meta': '40' });
    expect(activities.map((r) => r['Código'])).toContain('="1.10"');
    for (const row of activities) expect(row['% esperado']).toMatch(/^\d+(\.\d)?$/);
    expect((await download('consolidated.csv?view=otra', coordinator)).status).toBe(400);
  });

  it('authorizes exactly like the API', async () => {
    const rows = await csv(await download('consolidated.csv?asOf=2024-06-30', pcm));
    expect(rows.map((r) => r['Código'])).toEqual(['="1.4"', '="1.9"', '="1.10"', '="1.11"', '="1.12"', '="2.1"']);
    const anonymous = await download('consolidated.xlsx');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'Inicie sesión para descargar reportes.' });
    const forged = await download('consolidated.xlsx', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.');
    expect(forged.status).toBe(401);
    expect((await download('consolidated.xlsx?asOf=30-06-2024', coordinator)).status).toBe(400);
  });
});
