import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const IMPORT = `mutation ($id: Int!, $fileName: String!, $content: String!) {
  importParticipants(executionId: $id, fileName: $fileName, contentBase64: $content) { inserted updated warnings { line message } errors { line message } } }`;

const csv = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8').toString('base64');

async function xlsx(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Participantes');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

describe.each(backends())('participant import on %s', (backend) => {
  let api: TestApi;
  let pcm: string;
  let osce: string;
  // Every test imports into an execution of its own, so none depends on another having run.
  const newExecution = async (date = '2024-05-20'): Promise<number> =>
    (
      await api.gql(
        'mutation ($input: ExecutionInput!) { createExecution(activityCode: "1.9", input: $input) { id } }',
        { input: executionInput(date) },
        { token: pcm },
      )
    ).data!.createExecution.id;
  const participantCount = async (executionId: number) =>
    Number((await api.dataSource.query(`SELECT COUNT(*) AS n FROM participations WHERE execution_id = ${executionId}`))[0].n);
  const outcomes = async (executionId: number) =>
    (
      await api.gql(`{ execution(id: ${executionId}) { participants { outcome authority { givenNames } } } }`, {}, { token: pcm })
    ).data!.execution.participants.map((p: { outcome: string; authority: { givenNames: string } }) => `${p.authority.givenNames}: ${p.outcome}`);

  beforeAll(async () => {
    api = await startTestApi(backend);
    pcm = await api.login('pcm@demo.gob.pe');
    osce = await api.login('osce@demo.gob.pe');
    // DNIs 50000001–50000005 at Ate (150103); two without DNI at the provincial municipality of Cusco (0801).
    await seedAuthorities(api.dataSource, many(5, 'REGIDORA_DISTRITAL', '150103', 'Regidora', 50000001));
    await seedAuthorities(api.dataSource, [
      { givenNames: 'Rosa Elena', familyNames: 'Quispe Mamaní', office: 'REGIDORA_PROVINCIAL', ubigeo: '0801' },
      { givenNames: 'Ana', familyNames: 'Huamán Díaz', office: 'REGIDORA_PROVINCIAL', ubigeo: '0801' },
      { givenNames: 'Ana', familyNames: 'Huamán Díaz', office: 'REGIDORA_PROVINCIAL', ubigeo: '0801' },
    ]);
  });
  afterAll(() => api?.close());

  it('names every failing row and writes nothing when one row in the middle is bad', async () => {
    const executionId = await newExecution();
    const content = csv([
      'dni;nombres;apellidos;ubigeo;resultado',
      '50000001;;;;Culminó',
      '50000002;;;;Culminó',
      '5000003X;;;;Culminó',
      '50000004;;;;Culminó',
      ';Ana;Huamán Díaz;0801;Culminó',
      '50000005;;;;Recibió asistencia técnica',
    ]);
    const r = (await api.gql(IMPORT, { id: executionId, fileName: 'participantes.csv', content }, { token: pcm })).data!.importParticipants;
    expect(r.inserted).toBe(0);
    expect(r.errors).toEqual([
      { line: 4, message: 'Fila 4: el DNI "5000003X" debe tener 8 dígitos.' },
      { line: 6, message: 'Fila 6: Ana Huamán Díaz coincide con 2 autoridades del mismo gobierno; indique el DNI.' },
      { line: 7, message: expect.stringContaining('Fila 7: el resultado "Recibió asistencia técnica" no corresponde a esta actividad') },
    ]);
    expect(await participantCount(executionId)).toBe(0);
  });

  it('imports a valid CSV matched by DNI or by names and government, in one go', async () => {
    const executionId = await newExecution();
    const content = csv([
      'DNI,Nombres,Apellidos,Ubigeo,Resultado',
      '50000001,,,,Culminó',
      '5000002,,,,culmino', // 7 digits: the leading zero spreadsheets drop is restored (05000002)
    ]);
    const bad = (await api.gql(IMPORT, { id: executionId, fileName: 'p.csv', content }, { token: pcm })).data!.importParticipants;
    expect(bad.errors).toEqual([
      {
        line: 3,
        message:
          'Fila 3: el DNI 05000002 no está en el registro de mujeres autoridades. Pida a la coordinación (MIMP) que registre a esa autoridad, o corrija el DNI.',
      },
    ]);
    const good = csv(['DNI,Nombres,Apellidos,Ubigeo,Resultado', '50000001,,,,Culminó', '50000002,,,,COMPLETED', ',rosa elena,QUISPE MAMANI,0801,Participó']);
    const r = (await api.gql(IMPORT, { id: executionId, fileName: 'p.csv', content: good }, { token: pcm })).data!.importParticipants;
    expect(r).toEqual({ inserted: 3, updated: 0, warnings: [], errors: [] });
    expect(await participantCount(executionId)).toBe(3);
  });

  it('imports XLSX, updating outcomes of people already there', async () => {
    const executionId = await newExecution();
    const first = csv(['dni,nombres,apellidos,ubigeo,resultado', ',Rosa Elena,Quispe Mamaní,0801,Participó']);
    expect((await api.gql(IMPORT, { id: executionId, fileName: 'p.csv', content: first }, { token: pcm })).data!.importParticipants.inserted).toBe(1);
    const content = await xlsx([
      ['dni', 'nombres', 'apellidos', 'ubigeo', 'resultado'],
      [50000003, '', '', '', 'Culminó'],
      ['', 'Rosa Elena', 'Quispe Mamaní', '0801', 'Culminó'],
    ]);
    const r = (await api.gql(IMPORT, { id: executionId, fileName: 'p.xlsx', content }, { token: pcm })).data!.importParticipants;
    expect(r).toEqual({ inserted: 1, updated: 1, warnings: [], errors: [] });
    expect((await outcomes(executionId)).sort()).toEqual(['Regidora 3: COMPLETED', 'Rosa Elena: COMPLETED']);
  });

  it('refuses duplicates inside the file and unreadable files in Spanish', async () => {
    const executionId = await newExecution();
    const dup = csv(['dni,resultado', '50000004,Culminó', '50000004,Culminó']);
    const r = (await api.gql(IMPORT, { id: executionId, fileName: 'p.csv', content: dup }, { token: pcm })).data!.importParticipants;
    expect(r.errors).toEqual([{ line: 3, message: 'Fila 3: la misma autoridad ya figura en la fila 2.' }]);
    const broken = await api.gql(IMPORT, { id: executionId, fileName: 'p.xlsx', content: Buffer.from('no es excel').toString('base64') }, { token: pcm });
    expect(broken.errors![0]!.message).toContain('no se puede leer');
    const pdf = await api.gql(IMPORT, { id: executionId, fileName: 'p.pdf', content: '' }, { token: pcm });
    expect(pdf.errors![0]!.message).toBe('El archivo debe ser CSV (.csv) o Excel (.xlsx).');
    expect(await participantCount(executionId)).toBe(0);
  });

  it('reads a CSV the way Excel on a Spanish Windows saves it: Windows-1252, a title row, numbers without leading zeros', async () => {
    await seedAuthorities(api.dataSource, [
      { givenNames: 'Begoña', familyNames: 'Ñahui Zúñiga', office: 'REGIDORA_DISTRITAL', ubigeo: '150103', dni: '04000001' },
    ]);
    const other = await newExecution('2024-05-21');
    const text = [
      'Lista de asistencia - Taller de gestión municipal;;;;',
      'DNI;Nombres;Apellidos;Ubigeo;Resultado',
      '4000001;Begoña;Ñahui Zúñiga;150103;Aprobado',
      ';Rosa Elena;Quispe Mamaní;801;Culminado',
    ].join('\r\n');
    const content = Buffer.from(text, 'latin1').toString('base64');
    const r = (await api.gql(IMPORT, { id: other, fileName: 'asistencia.csv', content }, { token: pcm })).data!.importParticipants;
    expect(r.errors).toEqual([]);
    expect(r.inserted).toBe(2);
    expect(r.warnings).toEqual([
      {
        line: 3,
        message: 'Fila 3: el DNI 4000001 tiene menos de 8 dígitos: se leyó como 04000001 (Excel quita los ceros iniciales). Verifique que sea correcto.',
      },
      { line: 4, message: expect.stringMatching(/^Fila 4: el ubigeo 801 tiene un dígito menos: se leyó como 0801 \(.+; Excel quita el cero inicial\)/) },
    ]);
    const names: { given_names: string }[] = await api.dataSource.query(
      `SELECT a.given_names FROM participations p INNER JOIN authorities a ON a.id = p.authority_id WHERE p.execution_id = ${other} ORDER BY a.given_names`,
    );
    expect(names.map((n) => n.given_names)).toEqual(['Begoña', 'Rosa Elena']);
  });

  describe('files as Excel makes them', () => {
    beforeAll(async () => {
      // Asunción, Chachapoyas (010102): a department Excel strips the leading zero of.
      await seedAuthorities(api.dataSource, [
        { givenNames: 'Flor', familyNames: 'Chávez Tuesta', office: 'REGIDORA_DISTRITAL', ubigeo: '010102' },
        { givenNames: 'Nelly', familyNames: 'Santillán Zagaceta', office: 'REGIDORA_DISTRITAL', ubigeo: '010102', dni: '01000001' },
      ]);
    });

    it('reads a real XLSX with numeric cells and title rows: zeros restored with a warning, Spanish outcome words', async () => {
      const executionId = await newExecution('2024-06-03');
      const content = await xlsx([
        ['Gobernando Juntas — Lista de participantes'],
        ['Taller de gestión municipal, 3 de junio de 2024'],
        ['DNI', 'Nombres', 'Apellidos', 'Ubigeo', 'Resultado'],
        [1000001, '', '', '', 'APROBO'],
        ['', 'Flor', 'Chávez Tuesta', 10102, 'Desaprobada'],
      ]);
      const r = (await api.gql(IMPORT, { id: executionId, fileName: 'asistencia.xlsx', content }, { token: pcm })).data!.importParticipants;
      expect(r.errors).toEqual([]);
      expect(r.inserted).toBe(2);
      expect(r.warnings).toEqual([
        { line: 4, message: expect.stringContaining('Fila 4: el DNI 1000001 tiene menos de 8 dígitos: se leyó como 01000001') },
        {
          line: 5,
          message: expect.stringMatching(
            /^Fila 5: el ubigeo 10102 tiene un dígito menos: se leyó como 010102 \(Municipalidad Distrital de Asunción; Excel quita el cero inicial\)/,
          ),
        },
      ]);
      expect((await outcomes(executionId)).sort()).toEqual(['Flor: COMPLETED', 'Nelly: APPROVED']);
    });

    it('reads a Windows-1252 CSV with ";", CRLF and two title rows', async () => {
      const executionId = await newExecution('2024-06-04');
      const text = [
        'Ministerio de la Mujer y Poblaciones Vulnerables;;;;',
        'Asistencia técnica a regidoras — Asunción;;;;',
        'DNI;Nombres;Apellidos;Ubigeo;Resultado',
        ';Flor;Chávez Tuesta;10102;Asistió',
        '1000001;Nelly;Santillán Zagaceta;;inscrita',
      ].join('\r\n');
      // Windows-1252 is Latin-1 plus a few signs in 0x80–0x9F, such as the em dash Word and Excel put in titles.
      const content = Buffer.from(Array.from(text, (c) => (c === '—' ? 0x97 : c.charCodeAt(0)))).toString('base64');
      const r = (await api.gql(IMPORT, { id: executionId, fileName: 'asistencia.csv', content }, { token: pcm })).data!.importParticipants;
      expect(r.errors).toEqual([]);
      expect(r.warnings.map((w: { line: number }) => w.line)).toEqual([4, 5]);
      expect((await outcomes(executionId)).sort()).toEqual(['Flor: ATTENDED', 'Nelly: ENROLLED']);
    });

    it('says what to do with an unknown DNI, a ubigeo Excel broke and an unknown outcome word', async () => {
      const executionId = await newExecution('2024-06-05');
      const content = await xlsx([
        ['dni', 'nombres', 'apellidos', 'ubigeo', 'resultado'],
        [12345678, '', '', '', 'Aprobado'],
        ['', 'Flor', 'Chávez Tuesta', 10199, 'Aprobado'],
        [50000001, '', '', '', 'Quizás'],
      ]);
      const r = (await api.gql(IMPORT, { id: executionId, fileName: 'p.xlsx', content }, { token: pcm })).data!.importParticipants;
      expect(r.errors).toEqual([
        {
          line: 2,
          message:
            'Fila 2: el DNI 12345678 no está en el registro de mujeres autoridades. Pida a la coordinación (MIMP) que registre a esa autoridad, o corrija el DNI.',
        },
        { line: 3, message: expect.stringContaining('Excel pudo haber quitado el cero inicial: guarde la columna como Texto') },
        { line: 4, message: expect.stringContaining('Fila 4: el resultado "Quizás" no es válido. Palabras aceptadas: Inscrita (o Inscrito') },
      ]);
      expect(r.errors[2].message).toContain('Aprobó (o Aprobada, Aprobado');
      expect(await participantCount(executionId)).toBe(0);
    });

    it('lists the expected columns and what it found when there is no header row', async () => {
      const executionId = await newExecution('2024-06-06');
      const content = await xlsx([['Lista de asistencia'], ['Documento', 'Participante', 'Estado'], [41234567, 'Flor Chávez', 'Aprobó']]);
      const r = await api.gql(IMPORT, { id: executionId, fileName: 'p.xlsx', content }, { token: pcm });
      expect(r.errors![0]!.message).toContain('Columnas esperadas: dni, nombres, apellidos, ubigeo, resultado. Se encontró (fila 1): Lista de asistencia.');
    });

    it('skips the template example row left in the file, with a warning', async () => {
      const executionId = await newExecution('2024-06-07');
      const content = csv(['dni;nombres;apellidos;ubigeo;resultado', '04123456;Rosa Elena;Quispe Mamaní;010102;Culminó', '01000001;;;;Culminó']);
      const r = (await api.gql(IMPORT, { id: executionId, fileName: 'p.csv', content }, { token: pcm })).data!.importParticipants;
      expect(r).toEqual({
        inserted: 1,
        updated: 0,
        errors: [],
        warnings: [{ line: 2, message: 'Fila 2: es la fila de ejemplo de la plantilla: no se importó. Bórrela del archivo.' }],
      });
    });
  });

  it('refuses a DNI that belongs to someone other than the person named in the row', async () => {
    const executionId = await newExecution();
    const content = csv(['dni,nombres,apellidos,resultado', '50000001,Carmen,Vargas Soto,Culminó']);
    const r = (await api.gql(IMPORT, { id: executionId, fileName: 'p.csv', content }, { token: pcm })).data!.importParticipants;
    expect(r.errors).toEqual([
      { line: 2, message: 'Fila 2: el DNI 50000001 corresponde a Regidora 1 Prueba Ficticia, no a Carmen Vargas Soto. Revise el DNI.' },
    ]);
  });

  it('audits every person of a large import with her outcome before and after, in parts kept whole', async () => {
    const people = await seedAuthorities(api.dataSource, many(2_500, 'REGIDORA_DISTRITAL', '150103', 'Masiva', 52000001));
    const large = await newExecution('2024-05-22');
    const rows = (outcome: string, n: number) => csv(['dni,resultado', ...Array.from({ length: n }, (_, i) => `${52000001 + i},${outcome}`)]);
    expect((await api.gql(IMPORT, { id: large, fileName: 'p.csv', content: rows('Culminó', 2_500) }, { token: pcm })).data!.importParticipants).toMatchObject({
      inserted: 2_500,
      errors: [],
    });
    const first = (await auditOf(api.dataSource, { action: 'participants.import', targetId: String(large) })).map((a) => a.after);
    expect(first.map((a) => a.part)).toEqual(['1/3', '2/3', '3/3']);
    expect(first.flatMap((a) => a.participants.map((p: { authorityId: number }) => p.authorityId)).sort((a: number, b: number) => a - b)).toEqual(people);
    // Ten people downgraded: their earlier outcome stays in the audit.
    expect((await api.gql(IMPORT, { id: large, fileName: 'p.csv', content: rows('Participó', 10) }, { token: pcm })).data!.importParticipants).toMatchObject({
      updated: 10,
      errors: [],
    });
    const [downgrade] = (await auditOf(api.dataSource, { action: 'participants.import', targetId: String(large) })).slice(3);
    expect(downgrade!.before.participants).toEqual(people.slice(0, 10).map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })));
    expect(downgrade!.after.participants).toEqual(people.slice(0, 10).map((authorityId) => ({ authorityId, outcome: 'ATTENDED' })));
  }, 60_000);

  it('refuses another entity’s focal point as if the execution did not exist', async () => {
    const executionId = await newExecution();
    const r = await api.gql(IMPORT, { id: executionId, fileName: 'p.csv', content: csv(['dni,resultado', '50000005,Culminó']) }, { token: osce });
    expect(r.errors![0]!.message).toBe('La ejecución no existe.');
    expect(await participantCount(executionId)).toBe(0);
  });
});
