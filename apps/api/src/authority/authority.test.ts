import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { government, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const SEARCH = `query ($search: String, $dni: String, $governmentId: Int, $office: Office, $first: Int, $after: String, $dup: Boolean) {
  authorities(search: $search, dni: $dni, governmentId: $governmentId, office: $office, first: $first, after: $after, onlyPossibleDuplicates: $dup) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id givenNames familyNames dni office government { ubigeo name } possibleDuplicateOf } } }`;
const CREATE = `mutation ($input: AuthorityInput!) { createAuthority(input: $input) { id dni office government { name } } }`;
const IMPORT = `mutation ($fileName: String!, $content: String!) { importAuthorities(fileName: $fileName, contentBase64: $content) {
  created updated flagged { line id possibleDuplicateOf } errors { line message } } }`;
const csv = (lines: string[]) => Buffer.from(lines.join('\n')).toString('base64');

describe.each(backends())('register of women authorities on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;
  let ateId: number;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    ateId = (await government(api.dataSource, '150103')).id;
    await seedAuthorities(api.dataSource, [
      { givenNames: 'María José', familyNames: 'Ñañez Cárdenas', office: 'REGIDORA_DISTRITAL', ubigeo: '150103', dni: '41234567' },
      { givenNames: 'Lucía', familyNames: 'Pérez Rojas', office: 'ALCALDESA_DISTRITAL', ubigeo: '150103' },
      { givenNames: 'Carmen', familyNames: 'Torres Vega', office: 'GOBERNADORA', ubigeo: '08' },
    ]);
  });
  afterAll(() => api?.close());

  const search = async (variables: Record<string, unknown>, token = pcm) => (await api.gql(SEARCH, variables, { token })).data!.authorities;

  it('lets focal points search by name without accents, DNI, government and office', async () => {
    expect((await search({ search: 'nanez maria' })).nodes.map((n: { dni: string }) => n.dni)).toEqual(['41234567']);
    expect((await search({ dni: '41234567' })).totalCount).toBe(1);
    expect((await search({ search: '4123' })).totalCount).toBe(1);
    expect((await search({ governmentId: ateId })).totalCount).toBe(2);
    expect((await search({ office: 'GOBERNADORA' })).nodes[0]).toMatchObject({ familyNames: 'Torres Vega', government: { name: 'Gobierno Regional de Cusco' } });
    expect((await search({ search: '100% _' })).totalCount).toBe(0);
  });

  it('pages with a cursor', async () => {
    const first = await search({ first: 2 });
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    const second = await search({ first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect([...first.nodes, ...second.nodes].map((n: { id: number }) => n.id)).toEqual([...new Set([...first.nodes, ...second.nodes].map((n: { id: number }) => n.id))]);
  });

  it('keeps the register closed to anonymous callers and integrators', async () => {
    const anonymous = await api.gql(SEARCH, {});
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    await api.services.accounts.create({ email: 'sis@integrador.gob.pe', password: 'clave-de-integrador-2024', role: 'INTEGRATOR' });
    const integrator = await api.login('sis@integrador.gob.pe', 'clave-de-integrador-2024');
    expect((await api.gql(SEARCH, {}, { token: integrator })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lets the coordinator add authorities, with one DNI per person and offices matching governments', async () => {
    const created = await api.gql(CREATE, { input: { givenNames: 'Elsa', familyNames: 'Quispe', dni: '41234568', office: 'REGIDORA_DISTRITAL', governmentId: ateId } }, { token: coordinator });
    expect(created.data!.createAuthority).toMatchObject({ dni: '41234568', government: { name: 'Municipalidad Distrital de Ate' } });
    const sameDni = await api.gql(CREATE, { input: { givenNames: 'Otra', familyNames: 'Persona', dni: '41234568', office: 'REGIDORA_DISTRITAL', governmentId: ateId } }, { token: coordinator });
    expect(sameDni.errors![0]!.message).toContain('Ya existe una autoridad con el DNI 41234568');
    const wrongLevel = await api.gql(CREATE, { input: { givenNames: 'Ana', familyNames: 'Ruiz', office: 'GOBERNADORA', governmentId: ateId } }, { token: coordinator });
    expect(wrongLevel.errors![0]!.message).toBe('El cargo gobernadora regional no corresponde a Municipalidad Distrital de Ate.');
    const byFocal = await api.gql(CREATE, { input: { givenNames: 'Ana', familyNames: 'Ruiz', office: 'REGIDORA_DISTRITAL', governmentId: ateId } }, { token: pcm });
    expect(byFocal.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await search({ governmentId: ateId })).totalCount).toBe(3);
  });

  it('imports a register file: same DNI updates, same name and government is flagged, not merged', async () => {
    const content = csv([
      'dni;nombres;apellidos;cargo;ubigeo',
      '41234567;María José;Ñañez Cárdenas de Ruiz;Regidora distrital;150103',
      ';Lucía;Pérez Rojas;Alcaldesa distrital;150103',
      '42000001;Nueva;Autoridad Prueba;REGIDORA_PROVINCIAL;1501',
    ]);
    const r = (await api.gql(IMPORT, { fileName: 'registro.csv', content }, { token: coordinator })).data!.importAuthorities;
    expect(r).toMatchObject({ created: 2, updated: 1, errors: [] });
    expect(r.flagged).toHaveLength(1);
    expect(r.flagged[0].line).toBe(3);
    expect((await search({ dni: '41234567' })).nodes[0].familyNames).toBe('Ñañez Cárdenas de Ruiz');
    const flagged = await search({ dup: true }, coordinator);
    expect(flagged.nodes).toEqual([expect.objectContaining({ familyNames: 'Pérez Rojas', possibleDuplicateOf: r.flagged[0].possibleDuplicateOf })]);
  });

  it('merges a confirmed duplicate into the original record', async () => {
    const flagged = (await search({ dup: true }, coordinator)).nodes[0];
    const merged = await api.gql(`mutation { resolveDuplicate(id: ${flagged.id}, merge: true) { id possibleDuplicateOf } }`, {}, { token: coordinator });
    expect(merged.data!.resolveDuplicate).toEqual({ id: flagged.possibleDuplicateOf, possibleDuplicateOf: null });
    expect((await search({ search: 'perez rojas' })).totalCount).toBe(1);
  });

  it('writes nothing from a register file with a bad row', async () => {
    const before = (await search({}, coordinator)).totalCount;
    const content = csv(['dni,nombres,apellidos,cargo,ubigeo', '43000001,Una,Válida,Regidora distrital,150103', '43000002,Otra,Sin Cargo,Tesorera,150103']);
    const r = (await api.gql(IMPORT, { fileName: 'r.csv', content }, { token: coordinator })).data!.importAuthorities;
    expect(r.errors).toEqual([{ line: 3, message: 'Fila 3: el cargo "Tesorera" no es válido.' }]);
    expect(r.created).toBe(0);
    expect((await search({}, coordinator)).totalCount).toBe(before);
  });
});
