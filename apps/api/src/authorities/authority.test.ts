import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, government, many, seedAuthorities, sendMonth } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const SEARCH = `query ($search: String, $dni: String, $governmentId: Int, $office: Office, $first: Int, $after: String, $dup: Boolean) {
  authorities(search: $search, dni: $dni, governmentId: $governmentId, office: $office, first: $first, after: $after, onlyPossibleDuplicates: $dup) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id givenNames familyNames dni office government { ubigeo name } possibleDuplicateOf } } }`;
const CREATE = `mutation ($input: AuthorityInput!) { createAuthority(input: $input) { id dni office government { name } } }`;
const IMPORT = `mutation ($fileName: String!, $content: String!) { importAuthorities(fileName: $fileName, contentBase64: $content) {
  created updated unchanged flagged { line id possibleDuplicateOf } review { line reviewId authorityId reason message } warnings { line message } errors { line message } } }`;
const csv = (lines: string[]) => Buffer.from(lines.join('\n')).toString('base64');

describe.each(backends())('register of women authorities on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;
  let ateId: number;
  /** Magdalena del Mar: only the people this file's first tests seed live there. */
  let magdalenaId: number;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    ateId = (await government(api.dataSource, '150103')).id;
    magdalenaId = (await government(api.dataSource, '150120')).id;
    await seedAuthorities(api.dataSource, [
      { givenNames: 'María José', familyNames: 'Ñañez Cárdenas', office: 'REGIDORA_DISTRITAL', ubigeo: '150120', dni: '41234567' },
      { givenNames: 'Lucía', familyNames: 'Pérez Rojas', office: 'ALCALDESA_DISTRITAL', ubigeo: '150120' },
      { givenNames: 'Carmen', familyNames: 'Torres Vega', office: 'GOBERNADORA', ubigeo: '08' },
    ]);
  });
  afterAll(() => api?.close());

  const search = async (variables: Record<string, unknown>, token = pcm) => (await api.gql(SEARCH, variables, { token })).data!.authorities;

  it('lets focal points look people up by name without accents, DNI or government, showing a DNI only when typed', async () => {
    expect((await search({ search: 'nanez maria' })).nodes.map((n: { dni: string }) => n.dni)).toEqual(['•••••567']);
    expect((await search({ dni: '41234567' })).nodes.map((n: { dni: string }) => n.dni)).toEqual(['41234567']);
    expect((await search({ search: '41234567' })).nodes.map((n: { dni: string }) => n.dni)).toEqual(['41234567']);
    expect((await search({ search: '4123' })).totalCount).toBe(1);
    expect((await search({ governmentId: magdalenaId, office: 'REGIDORA_DISTRITAL' })).totalCount).toBe(1);
    expect((await search({ search: 'torres', office: 'GOBERNADORA' })).nodes[0]).toMatchObject({
      familyNames: 'Torres Vega',
      government: { name: 'Gobierno Regional de Cusco' },
    });
    expect((await search({ search: '100% _' })).totalCount).toBe(0);
  });

  it('pages with a cursor', async () => {
    await seedAuthorities(api.dataSource, many(3, 'REGIDORA_DISTRITAL', '150103', 'Paginada'));
    const first = await search({ search: 'paginada', first: 2 }, coordinator);
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await search({ search: 'paginada', first: 2, after: first.pageInfo.endCursor }, coordinator);
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes].map((n: { id: number }) => n.id)).toEqual([
      ...new Set([...first.nodes, ...second.nodes].map((n: { id: number }) => n.id)),
    ]);
  });

  it('keeps the register closed to anonymous callers and integrators', async () => {
    const anonymous = await api.gql(SEARCH, {});
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    await api.services.accounts.create({ email: 'sis@integrador.gob.pe', password: 'clave-de-integrador-2024', role: 'INTEGRATOR' });
    const integrator = await api.login('sis@integrador.gob.pe', 'clave-de-integrador-2024');
    expect((await api.gql(SEARCH, {}, { token: integrator })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets the coordinator add authorities, with one DNI per person and offices matching governments', async () => {
    const surquillo = (await government(api.dataSource, '150141')).id;
    const created = await api.gql(
      CREATE,
      { input: { givenNames: 'Elsa', familyNames: 'Quispe', dni: '49870001', office: 'REGIDORA_DISTRITAL', governmentId: surquillo } },
      { token: coordinator },
    );
    expect(created.data!.createAuthority).toMatchObject({ dni: '49870001', government: { name: 'Municipalidad Distrital de Surquillo' } });
    const sameDni = await api.gql(
      CREATE,
      { input: { givenNames: 'Otra', familyNames: 'Persona', dni: '49870001', office: 'REGIDORA_DISTRITAL', governmentId: ateId } },
      { token: coordinator },
    );
    expect(sameDni.errors![0]!.message).toContain('Ya existe una autoridad con el DNI 49870001');
    const wrongLevel = await api.gql(
      CREATE,
      { input: { givenNames: 'Ana', familyNames: 'Ruiz', office: 'GOBERNADORA', governmentId: ateId } },
      { token: coordinator },
    );
    expect(wrongLevel.errors![0]!.message).toBe('El cargo gobernadora regional no corresponde a Municipalidad Distrital de Ate.');
    const byFocal = await api.gql(
      CREATE,
      { input: { givenNames: 'Ana', familyNames: 'Ruiz', office: 'REGIDORA_DISTRITAL', governmentId: ateId } },
      { token: pcm },
    );
    expect(byFocal.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await search({ governmentId: surquillo })).totalCount).toBe(1);
  });

  it('imports a register file: same DNI updates, same name and government is flagged, not merged', async () => {
    const content = csv([
      'dni;nombres;apellidos;cargo;ubigeo',
      '41234567;María José;Ñañez Cárdenas de Ruiz;Regidora distrital;150120',
      ';Lucía;Pérez Rojas;Alcaldesa distrital;150120',
      '42000001;Nueva;Autoridad Prueba;REGIDORA_PROVINCIAL;1501',
    ]);
    const r = (await api.gql(IMPORT, { fileName: 'registro.csv', content }, { token: coordinator })).data!.importAuthorities;
    expect(r).toMatchObject({ created: 2, updated: 1, errors: [] });
    expect(r.flagged).toHaveLength(1);
    expect(r.flagged[0].line).toBe(3);
    expect((await search({ dni: '41234567' })).nodes[0].familyNames).toBe('Ñañez Cárdenas de Ruiz');
    const flagged = await search({ dup: true, search: 'perez rojas' }, coordinator);
    expect(flagged.nodes).toEqual([expect.objectContaining({ familyNames: 'Pérez Rojas', possibleDuplicateOf: r.flagged[0].possibleDuplicateOf })]);
  });

  it('imports a register XLSX as Excel saves it: title rows, numeric cells, zeros restored only into known ubigeos', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Registro');
    sheet.addRow(['Registro de mujeres autoridades — Amazonas']);
    sheet.addRow(['Fuente: JNE, elecciones 2022']);
    sheet.addRow(['DNI', 'Nombres', 'Apellidos', 'Cargo', 'Ubigeo', 'Sexo']);
    sheet.addRow([1500001, 'Elva', 'Tuesta Rojas', 'Regidora distrital', 10102, 'F']); // Asunción (010102)
    sheet.addRow([41500002, 'Zoila', 'Culqui Mas', 'Gobernadora', 1, 'F']); // Amazonas (01)
    sheet.addRow([41500003, 'Irma', 'Pizango Vela', 'Regidora distrital', 10199, 'F']); // no 010199 district
    const content = async () => Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const bad = (await api.gql(IMPORT, { fileName: 'registro.xlsx', content: await content() }, { token: coordinator })).data!.importAuthorities;
    expect(bad.errors).toEqual([
      {
        line: 6,
        message:
          'Fila 6: no existe un gobierno con ubigeo "10199" (tiene 5 dígitos; un ubigeo tiene 2, 4 o 6). Excel pudo haber quitado el cero inicial: guarde la columna como Texto y escriba el ubigeo completo, con su cero inicial.',
      },
    ]);
    sheet.spliceRows(6, 1);
    const r = (await api.gql(IMPORT, { fileName: 'registro.xlsx', content: await content() }, { token: coordinator })).data!.importAuthorities;
    expect(r).toMatchObject({ created: 2, errors: [] });
    expect(r.warnings).toEqual([
      { line: 4, message: expect.stringContaining('Fila 4: el DNI 1500001 tiene menos de 8 dígitos: se leyó como 01500001') },
      {
        line: 4,
        message:
          'Fila 4: el ubigeo 10102 tiene un dígito menos: se leyó como 010102 (Municipalidad Distrital de Asunción; Excel quita el cero inicial). Verifique que sea correcto.',
      },
      { line: 5, message: expect.stringContaining('Fila 5: el ubigeo 1 tiene un dígito menos: se leyó como 01 (Gobierno Regional de Amazonas') },
    ]);
    expect((await search({ dni: '01500001' }, coordinator)).nodes[0].government).toEqual({ ubigeo: '010102', name: 'Municipalidad Distrital de Asunción' });
  });

  it('skips the template example row left in a register file', async () => {
    const content = csv(['dni;nombres;apellidos;cargo;ubigeo;sexo', '04123456;Rosa Elena;Quispe Mamaní;Regidora distrital;010102;F']);
    const r = (await api.gql(IMPORT, { fileName: 'r.csv', content }, { token: coordinator })).data!.importAuthorities;
    expect(r).toMatchObject({ created: 0, errors: [], warnings: [{ line: 2, message: expect.stringContaining('es la fila de ejemplo de la plantilla') }] });
    expect((await search({ dni: '04123456' }, coordinator)).totalCount).toBe(0);
  });

  it('merges a confirmed duplicate into the original record', async () => {
    await seedAuthorities(api.dataSource, [{ givenNames: 'Rosa', familyNames: 'Fusionable Díaz', office: 'REGIDORA_DISTRITAL', ubigeo: '150103' }]);
    const file = csv(['nombres,apellidos,cargo,ubigeo', 'Rosa,Fusionable Díaz,Regidora distrital,150103']);
    const flagged = (await api.gql(IMPORT, { fileName: 'r.csv', content: file }, { token: coordinator })).data!.importAuthorities.flagged[0];
    expect((await search({ search: 'fusionable' }, coordinator)).totalCount).toBe(2);
    const merged = await api.gql(`mutation { resolveDuplicate(id: ${flagged.id}, merge: true) { id possibleDuplicateOf } }`, {}, { token: coordinator });
    expect(merged.data!.resolveDuplicate).toEqual({ id: flagged.possibleDuplicateOf, possibleDuplicateOf: null });
    expect((await search({ search: 'fusionable' })).totalCount).toBe(1);
  });

  it('writes nothing from a register file with a bad row', async () => {
    const content = csv(['dni,nombres,apellidos,cargo,ubigeo', '43000001,Una,Válida,Regidora distrital,150103', '43000002,Otra,Sin Cargo,Tesorera,150103']);
    const r = (await api.gql(IMPORT, { fileName: 'r.csv', content }, { token: coordinator })).data!.importAuthorities;
    expect(r.errors).toEqual([{ line: 3, message: 'Fila 3: el cargo "Tesorera" no es válido.' }]);
    expect(r.created).toBe(0);
    expect((await search({ dni: '43000001' }, coordinator)).totalCount).toBe(0);
  });

  it('keeps the register a lookup for focal points: no walk, small pages, a few dozen matches at most', async () => {
    await seedAuthorities(api.dataSource, many(70, 'REGIDORA_DISTRITAL', '150103', 'Masiva'));
    for (const broad of [{}, { office: 'REGIDORA_DISTRITAL' }, { search: 'ma' }, { search: '  a  ' }, { dni: '123' }]) {
      const r = await api.gql(SEARCH, broad, { token: pcm });
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(broad)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toBe(
        'Busque por nombres o apellidos (al menos 3 letras), por DNI o por gobierno: el registro no se puede recorrer completo.',
      );
    }
    expect((await api.gql(SEARCH, { search: 'masiva', first: 21 }, { token: pcm })).errors![0]!.message).toBe('Indique entre 1 y 20 resultados por página.');
    const seen: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const r: { totalCount: number; nodes: { id: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = await search({
        search: 'masiva',
        first: 20,
        after,
      });
      expect(r.totalCount).toBe(70);
      seen.push(...r.nodes.map((n) => n.id));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(50);
    // The coordination reads the register whole.
    expect((await search({ search: 'masiva', first: 200 }, coordinator)).nodes).toHaveLength(70);
    // An entity with no activity has nobody to record, and finds no one.
    const mef = await api.login('mef@demo.gob.pe');
    expect((await search({ search: 'masiva' }, mef)).totalCount).toBe(0);
  });

  it("shows a focal point one person by id only if she took part in the entity's activities", async () => {
    const [recorded, stranger] = await seedAuthorities(api.dataSource, many(2, 'REGIDORA_DISTRITAL', '150103', 'Vista', 44000001));
    await api.gql(
      'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.4", input: $i, participants: $p) { id } }',
      {
        i: { date: '2024-03-12', kind: 'TRAINING_SESSION', title: 'Sesión con participante', modality: 'VIRTUAL' },
        p: [{ authorityId: recorded, outcome: 'COMPLETED' }],
      },
      { token: pcm },
    );
    const one = async (id: number, token: string) => (await api.gql(`{ authority(id: ${id}) { id } }`, {}, { token })).data!.authority;
    expect(await one(recorded!, pcm)).toEqual({ id: recorded });
    expect(await one(stranger!, pcm)).toBeNull();
    expect(await one(recorded!, await api.login('osce@demo.gob.pe'))).toBeNull();
    expect(await one(stranger!, coordinator)).toEqual({ id: stranger });
  });

  it('never overwrites another person who shares a DNI: holds the change for review, and applies it only when asked', async () => {
    const [ana] = await seedAuthorities(api.dataSource, [
      { givenNames: 'Ana María', familyNames: 'Rojas Paz', office: 'REGIDORA_DISTRITAL', ubigeo: '150103', dni: '45000001' },
    ]);
    const content = csv(['dni,nombres,apellidos,cargo,ubigeo', '45000001,Julia,Mendoza Ríos,Alcaldesa distrital,150103']);
    const r = (await api.gql(IMPORT, { fileName: 'r.csv', content }, { token: coordinator })).data!.importAuthorities;
    expect(r).toMatchObject({ created: 0, updated: 0, errors: [] });
    expect(r.review).toEqual([
      {
        line: 2,
        reviewId: expect.any(Number),
        authorityId: ana,
        reason: 'IDENTITY_MISMATCH',
        message:
          'Fila 2: el DNI 45000001 corresponde en el registro a Ana María Rojas Paz, no a Julia Mendoza Ríos. No se aplicó: revise si es la misma persona o un error en el DNI.',
      },
    ]);
    expect((await search({ dni: '45000001' }, coordinator)).nodes[0]).toMatchObject({
      givenNames: 'Ana María',
      familyNames: 'Rojas Paz',
      office: 'REGIDORA_DISTRITAL',
    });
    const pending = (
      await api.gql('{ registerReviews { id reason proposed { givenNames familyNames officeLabel } } }', {}, { token: coordinator })
    ).data!.registerReviews.filter((x: { id: number }) => x.id === r.review[0].reviewId);
    expect(pending).toEqual([
      {
        id: r.review[0].reviewId,
        reason: 'IDENTITY_MISMATCH',
        proposed: { givenNames: 'Julia', familyNames: 'Mendoza Ríos', officeLabel: 'Alcaldesa distrital' },
      },
    ]);
    const applied = await api.gql(
      `mutation { resolveRegisterReview(id: ${r.review[0].reviewId}, apply: true) { resolution resolvedBy } }`,
      {},
      { token: coordinator },
    );
    expect(applied.data!.resolveRegisterReview).toEqual({ resolution: 'APPLIED', resolvedBy: 'coordinacion@demo.gob.pe' });
    expect((await search({ dni: '45000001' }, coordinator)).nodes[0]).toMatchObject({
      givenNames: 'Julia',
      familyNames: 'Mendoza Ríos',
      office: 'ALCALDESA_DISTRITAL',
    });
    const again = await api.gql(`mutation { resolveRegisterReview(id: ${r.review[0].reviewId}, apply: true) { id } }`, {}, { token: coordinator });
    expect(again.errors![0]!.message).toBe('Este cambio ya fue revisado.');
    const audit = await auditOf(api.dataSource, { targetType: 'authority', targetId: String(ana) });
    expect(audit.map((a) => a.action)).toEqual(['authority.holdForReview', 'authority.update', 'authority.review']);
    expect(audit[1]!.before).toMatchObject({ givenNames: 'Ana María', familyNames: 'Rojas Paz' });
    expect(audit[1]!.after).toMatchObject({ givenNames: 'Julia', familyNames: 'Mendoza Ríos' });
  });

  it('updates the same person from a file with her values before and after, unless it moves approved months', async () => {
    const [eva, rita] = await seedAuthorities(api.dataSource, [
      { givenNames: 'Eva', familyNames: 'Salas Cruz', office: 'REGIDORA_DISTRITAL', ubigeo: '150103', dni: '46000001' },
      { givenNames: 'Rita', familyNames: 'Luna Vera', office: 'REGIDORA_DISTRITAL', ubigeo: '150103', dni: '46000002' },
    ]);
    // Rita counts in PCM's approved May.
    await api.gql(
      'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.4", input: $i, participants: $p) { id } }',
      {
        i: { date: '2024-05-11', kind: 'TRAINING_SESSION', title: 'Sesión de mayo', modality: 'VIRTUAL' },
        p: [{ authorityId: rita, outcome: 'COMPLETED' }],
      },
      { token: pcm },
    );
    await sendMonth(api, pcm, 5);
    await api.gql('mutation { approveMonth(entityCode: "PCM", year: 2024, month: 5) { status } }', {}, { token: coordinator });
    const content = csv([
      'dni,nombres,apellidos,cargo,ubigeo',
      '46000001,Eva,Salas Cruz de Paz,Alcaldesa distrital,150103',
      '46000002,Rita,Luna Vera,Alcaldesa distrital,150103',
      '4600003,Nueva,Con Siete Dígitos,Regidora distrital,150103',
      `,${'x'.repeat(200)},Larga,Regidora distrital,150103`,
    ]);
    const bad = (await api.gql(IMPORT, { fileName: 'r.csv', content }, { token: coordinator })).data!.importAuthorities;
    expect(bad.errors).toEqual([{ line: 5, message: 'Fila 5: los nombres tienen más de 120 caracteres.' }]);
    const huge = await api.gql(
      IMPORT,
      { fileName: 'r.csv', content: csv(['dni,nombres,apellidos,cargo,ubigeo', `,${'x'.repeat(5000)},Larga,Regidora distrital,150103`]) },
      { token: coordinator },
    );
    expect(huge.errors![0]).toMatchObject({
      message: 'La línea 2 tiene una celda de más de 1,000 caracteres. Revise el archivo: cada celda debe tener un solo dato.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const good = csv([
      'dni,nombres,apellidos,cargo,ubigeo',
      '46000001,Eva,Salas Cruz de Paz,Alcaldesa distrital,150103',
      '46000002,Rita,Luna Vera,Alcaldesa distrital,150103',
      '4600003,Nueva,Con Siete Dígitos,Regidora distrital,150103',
    ]);
    const r = (await api.gql(IMPORT, { fileName: 'r.csv', content: good }, { token: coordinator })).data!.importAuthorities;
    expect(r).toMatchObject({ created: 1, updated: 1, errors: [] });
    expect(r.review).toEqual([expect.objectContaining({ line: 3, authorityId: rita, reason: 'APPROVED_FIGURES' })]);
    expect(r.warnings).toEqual([
      {
        line: 4,
        message: 'Fila 4: el DNI 4600003 tiene menos de 8 dígitos: se leyó como 04600003 (Excel quita los ceros iniciales). Verifique que sea correcto.',
      },
    ]);
    const [update] = await auditOf(api.dataSource, { action: 'authority.update', targetId: String(eva) });
    expect(update!.before).toMatchObject({ familyNames: 'Salas Cruz', office: 'REGIDORA_DISTRITAL' });
    expect(update!.after).toMatchObject({ familyNames: 'Salas Cruz de Paz', office: 'ALCALDESA_DISTRITAL', source: 'importación, fila 2' });
    const created = (await auditOf(api.dataSource, { action: 'authority.create' })).filter((a) => a.after.dni === '04600003');
    expect(created).toEqual([expect.objectContaining({ after: expect.objectContaining({ givenNames: 'Nueva', source: 'importación, fila 4' }) })]);
    expect((await search({ dni: '46000002' }, coordinator)).nodes[0].office).toBe('REGIDORA_DISTRITAL');
  });

  it('keeps the deleted record and every moved participation in the audit of a merge', async () => {
    const [kept] = await seedAuthorities(api.dataSource, [{ givenNames: 'Sara', familyNames: 'Ponce Gil', office: 'REGIDORA_DISTRITAL', ubigeo: '150103' }]);
    const file = csv(['dni,nombres,apellidos,cargo,ubigeo', '47000001,Sara,Ponce Gil,Regidora distrital,150103']);
    const flagged = (await api.gql(IMPORT, { fileName: 'r.csv', content: file }, { token: coordinator })).data!.importAuthorities.flagged[0];
    expect(flagged.possibleDuplicateOf).toBe(kept);
    const created = await api.gql(
      'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.4", input: $i, participants: $p) { id } }',
      {
        i: { date: '2024-06-11', kind: 'TRAINING_SESSION', title: 'Sesión de junio', modality: 'VIRTUAL' },
        p: [{ authorityId: flagged.id, outcome: 'ATTENDED' }],
      },
      { token: coordinator },
    );
    await api.gql(`mutation { resolveDuplicate(id: ${flagged.id}, merge: true) { id } }`, {}, { token: coordinator });
    const [entry] = await auditOf(api.dataSource, { action: 'authority.merge', targetId: String(flagged.id) });
    expect(entry!.before).toMatchObject({
      deleted: { id: flagged.id, givenNames: 'Sara', familyNames: 'Ponce Gil', dni: '47000001', possibleDuplicateOf: kept },
    });
    expect(entry!.after).toEqual({
      mergedInto: kept,
      keptDni: '47000001',
      participations: [
        { participationId: expect.any(Number), executionId: created.data!.createExecution.id, outcome: 'ATTENDED', into: 'MOVED', outcomeAfter: 'ATTENDED' },
      ],
    });
  });

  it('answers two people registering the same DNI at once with one record and a clear refusal, never a database error', async () => {
    const input = { givenNames: 'Simultánea', familyNames: 'Prueba', dni: '48000001', office: 'REGIDORA_DISTRITAL', governmentId: ateId };
    const answers = await Promise.all(Array.from({ length: 8 }, () => api.gql(CREATE, { input }, { token: coordinator })));
    expect(answers.filter((a) => !a.errors)).toHaveLength(1);
    for (const a of answers.filter((x) => x.errors)) {
      const { code, reason } = a.errors![0]!.extensions as { code: string; reason?: string };
      expect(code === 'BAD_USER_INPUT' || (code === 'CONFLICT' && reason === 'DUPLICATE'), JSON.stringify(a.errors)).toBe(true);
      expect(a.errors![0]!.message).not.toMatch(/Duplicate entry|UNIQUE constraint|SQL/);
    }
    expect((await search({ dni: '48000001' }, coordinator)).totalCount).toBe(1);
  });
});
