import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput } from '../test/fixtures.js';
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
    expect(sheet.getRow(1).values).toEqual(
      expect.arrayContaining(['Código', 'Actividad', 'Meta programada', 'Meta reprogramada', 'Logro', '% de la meta', 'Meses retrasados']),
    );
    expect(sheet.rowCount).toBe(20);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const row32 = sheet.getRows(2, 19)!.find((r) => r.getCell(1).value === '3.2')!;
    const cell = (name: string) => row32.getCell(header.indexOf(name) + 1).value;
    expect(cell('Meta programada')).toBe(5);
    expect(cell('Meta reprogramada')).toBe('');
    expect(cell('Logro')).toBe(2);
    expect(cell('% de la meta')).toBe(40);
    expect(cell('Meses ejecutados')).toBe('abril, junio');
    expect(workbook.getWorksheet('Por departamento')!.rowCount).toBe(26);
    expect(workbook.getWorksheet('Alertas')!.getRow(2).getCell(3).value).toMatch(/^Actividad \d\.\d+: /);
  });

  it('exports each view as CSV', async () => {
    const response = await download('consolidated.csv?asOf=2024-06-30&view=entidades', coordinator);
    expect(response.status).toBe(200);
    const rows = parse((await response.text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.Entidad, Number(r.Actividades)])).toEqual([
      ['MIMP', 11],
      ['PCM', 6],
      ['OSCE', 3],
      ['SERVIR', 1],
      ['CEPLAN', 1],
    ]);
    const activities = parse((await (await download('consolidated.csv?asOf=2024-06-30', coordinator)).text()).replace(/^\uFEFF/, ''), {
      columns: true,
    }) as Record<string, string>[];
    expect(activities.find((r) => r['Código'] === '3.2')).toMatchObject({ Logro: '2', '% de la meta': '40' });
    expect((await download('consolidated.csv?view=otra', coordinator)).status).toBe(400);
  });

  it('authorizes exactly like the API', async () => {
    const rows = parse((await (await download('consolidated.csv?asOf=2024-06-30', pcm)).text()).replace(/^\uFEFF/, ''), { columns: true }) as Record<
      string,
      string
    >[];
    expect(rows.map((r) => r['Código'])).toEqual(['1.4', '1.9', '1.10', '1.11', '1.12', '2.1']);
    const anonymous = await download('consolidated.xlsx');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: 'Inicie sesión para descargar reportes.' });
    const forged = await download('consolidated.xlsx', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.');
    expect(forged.status).toBe(401);
    expect((await download('consolidated.xlsx?asOf=30-06-2024', coordinator)).status).toBe(400);
  });
});
