import { OFFICE_DEFINITIONS, OUTCOMES, OUTCOME_SYNONYMS } from '@gj/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARTICIPANT_COLUMNS } from '../execution/participant-import.service.js';
import { readSheet } from '../common/tabular-file.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

describe.each(backends())('import templates on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;
  const get = (path: string, token?: string) => fetch(`${api.url}/api/templates/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const workbookOf = async (response: Response) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  };
  const column = (sheet: ExcelJS.Worksheet, n: number) => sheet.getColumn(n).values.slice(1).map(String);

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
  });
  afterAll(() => api?.close());

  it('gives any signed-in user the participants template: the importer’s columns, an example row in Text cells, and the instructions', async () => {
    const response = await get('participantes.xlsx', pcm);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('plantilla-participantes.xlsx');
    const workbook = await workbookOf(response.clone());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Participantes', 'Instrucciones']);
    const data = workbook.getWorksheet('Participantes')!;
    expect(data.getRow(1).values).toEqual([undefined, 'dni', 'nombres', 'apellidos', 'ubigeo', 'resultado']);
    // Text cells keep the zeros Excel drops from numbers.
    expect(data.getCell('A2').value).toBe('04123456');
    expect(data.getCell('D2').numFmt).toBe('@');
    // What the template says is what the importer reads.
    const rows = await readSheet(Buffer.from(await response.arrayBuffer()), 'XLSX', PARTICIPANT_COLUMNS);
    expect(rows).toEqual([
      { line: 2, cells: { dni: '04123456', givenNames: 'Rosa Elena', familyNames: 'Quispe Mamaní', ubigeo: '010102', outcome: 'Culminó' } },
    ]);
    const help = workbook.getWorksheet('Instrucciones')!;
    expect(column(help, 1).slice(0, 6)).toEqual(['Columna', 'dni', 'nombres', 'apellidos', 'ubigeo (o «ubigeo del gobierno»)', 'resultado']);
    const outcomeHelp = help.getCell('C6').value as string;
    for (const o of OUTCOMES) for (const word of OUTCOME_SYNONYMS[o]) expect(outcomeHelp).toContain(word);
    expect(help.getCell('C5').value).toContain('como Texto');
  });

  it('gives the CSV variant with a BOM, ";" and CRLF, as Excel in Spanish opens it', async () => {
    const response = await get('participantes.csv', pcm);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('dni;nombres;apellidos;ubigeo;resultado\r\n04123456;Rosa Elena;Quispe Mamaní;010102;Culminó\r\n');
  });

  it('gives the register template only to the coordination, with the offices listed', async () => {
    expect((await get('registro.xlsx')).status).toBe(401);
    expect((await get('participantes.csv')).status).toBe(401);
    const refused = await get('registro.xlsx', pcm);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toContain('registro de mujeres autoridades');
    const response = await get('registro.xlsx', coordinator);
    expect(response.status).toBe(200);
    const workbook = await workbookOf(response);
    expect(workbook.getWorksheet('Registro')!.getRow(1).values).toEqual([
      undefined,
      'dni',
      'nombres',
      'apellidos',
      'cargo',
      'ubigeo',
      'inicio del periodo',
      'fin del periodo',
      'sexo',
    ]);
    const help = workbook.getWorksheet('Instrucciones')!;
    for (const d of OFFICE_DEFINITIONS) expect(help.getCell('C5').value).toContain(d.label);
    expect((await get('registro.csv', coordinator)).status).toBe(200);
    expect((await get('otra.xlsx', coordinator)).status).toBe(404);
    expect((await get('registro.pdf', coordinator)).status).toBe(404);
  });
});
