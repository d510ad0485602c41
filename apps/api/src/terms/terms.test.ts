/** Terms of office: the 2027–2030 register and census, and the continuity of re-elected women by DNI. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const csv = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8').toString('base64');
const IMPORT = `mutation ($c: String!, $term: Int) { importAuthorities(fileName: "electas.csv", contentBase64: $c, termStart: $term) {
  created updated unchanged continuing skipped warnings { line message } errors { line message } } }`;
const CENSUS = `mutation ($term: Int!, $source: String!, $counts: [CensusCountInput!]!) { setCensus(termStart: $term, source: $source, counts: $counts) { source leadingAuthorities } }`;

/** Women per office in 2027–2030 (figures for the test, not the JNE's). */
const COUNTS_2027 = [
  { office: 'GOBERNADORA', women: 3, seats: 25 },
  { office: 'VICEGOBERNADORA', women: 20 },
  { office: 'CONSEJERA_REGIONAL', women: 110, seats: 342 },
  { office: 'ALCALDESA_PROVINCIAL', women: 12, seats: 196 },
  { office: 'ALCALDESA_DISTRITAL', women: 120, seats: 1694 },
  { office: 'REGIDORA_PROVINCIAL', women: 800 },
  { office: 'REGIDORA_DISTRITAL', women: 4400 },
];

describe.each(backends())('terms of office on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
  });
  afterAll(() => api?.close());

  const terms = async () => (await api.gql('{ terms { start end label authorities planYears census { source leadingAuthorities } } }')).data!.terms;

  it('knows 2023–2026 with the census of the 2024 plan (110 leading authorities)', async () => {
    const current = (await terms()).find((t: { start: number }) => t.start === 2023);
    expect(current).toMatchObject({ start: 2023, end: 2026, label: '2023–2026', planYears: expect.arrayContaining([2024]) });
    expect(current.census).toEqual({ source: expect.stringContaining('JNE'), leadingAuthorities: 110 });
  });

  it('takes the 2027–2030 census from the coordination, refusing an incomplete one, and a 2027 plan uses it', async () => {
    const bad = await api.gql(CENSUS, { term: 2028, source: 'x', counts: COUNTS_2027.slice(1) }, { token: coordinator });
    expect(bad.errors![0]!.extensions!.problems).toEqual([
      '2028 no es el inicio de un periodo: los periodos empiezan en 2027, 2031…',
      'Indique la fuente del censo (p. ej. el oficio del JNE con su fecha).',
      'Faltan cargos en el censo: gobernadoras regionales.',
    ]);
    const pcm = await api.login('pcm@demo.gob.pe');
    expect((await api.gql(CENSUS, { term: 2027, source: 'Oficio del JNE', counts: COUNTS_2027 }, { token: pcm })).errors![0]!.extensions!.code).toBe(
      'FORBIDDEN',
    );

    // A 2027 plan before its census: 3.1 says what is missing instead of dividing by the 2023–2026 group.
    await api.gql('mutation { createPlan(year: 2027, copyFrom: 2024) { year } }', {}, { token: coordinator });
    await api.gql('mutation { publishPlan(year: 2027) { year } }', {}, { token: coordinator });
    const before = (
      await api.gql('{ activity(code: "3.1", year: 2027) { progress(asOf: "2027-12-31") { denominator warnings } } }', {}, { token: coordinator })
    ).data!.activity.progress;
    expect(before.denominator).toBeNull();
    expect(before.warnings).toEqual([expect.stringMatching(/^No hay censo de mujeres autoridades del periodo de este plan/)]);

    const saved = await api.gql(CENSUS, { term: 2027, source: 'Oficio N° 000100-2027-SG/JNE', counts: COUNTS_2027 }, { token: coordinator });
    expect(saved.data!.setCensus).toEqual({ source: 'Oficio N° 000100-2027-SG/JNE', leadingAuthorities: 3 + 12 + 120 });
    const after = (
      await api.gql('{ activity(code: "3.1", year: 2027) { progress(asOf: "2027-12-31") { denominator required warnings } } }', {}, { token: coordinator })
    ).data!.activity.progress;
    expect(after).toEqual({ denominator: 135, required: 81, warnings: [] });
    // 2024 keeps its own term's group.
    expect(
      (await api.gql('{ activity(code: "3.1", year: 2024) { progress(asOf: "2024-12-31") { denominator } } }', {}, { token: coordinator })).data!.activity
        .progress.denominator,
    ).toBe(110);
  });

  it('imports the 2027–2030 electoral list keeping re-elected women’s history by DNI, never deleting the earlier term', async () => {
    // Two women of 2023–2026, one of them assisted in 2024 (an execution that counted her).
    const [reelected, leaving] = await seedAuthorities(api.dataSource, many(2, 'ALCALDESA_DISTRITAL', '150103', 'Alcaldesa', 71000001));
    const counted = await api.gql(
      'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "2.1", year: 2024, input: $i, participants: $p) { id } }',
      { i: executionInput('2024-05-14', { kind: 'TECHNICAL_ASSISTANCE' }), p: [{ authorityId: reelected, outcome: 'ASSISTED' }] },
      { token: coordinator },
    );
    expect(counted.errors).toBeUndefined();
    const reach2024 = async () =>
      (await api.gql('{ activity(code: "2.1", year: 2024) { progress(asOf: "2024-12-31") { achieved } } }', {}, { token: coordinator })).data!.activity.progress
        .achieved;
    const reachedBefore = await reach2024();

    const list = csv([
      'DNI;Nombres;Apellidos;Cargo;Ubigeo;Sexo',
      '71000001;Alcaldesa 1;Prueba Ficticia;Alcaldesa distrital;150103;F', // re-elected
      '71000003;Nueva;Alcaldesa Electa;Alcaldesa distrital;150141;F',
      '41000009;Juan;Regidor Pérez;Regidor distrital;150103;M', // a man of the list: not in the register
    ]);
    const result = (await api.gql(IMPORT, { c: list, term: 2027 }, { token: coordinator })).data!.importAuthorities;
    expect(result).toEqual({ created: 2, updated: 0, unchanged: 0, continuing: 1, skipped: 1, warnings: [], errors: [] });

    const records = async (dni: string) =>
      (
        await api.gql(
          'query ($dni: String) { authorities(dni: $dni, includeInactive: true) { nodes { id termStart termEnd otherTerms { id termStart } } } }',
          { dni },
          { token: coordinator },
        )
      ).data!.authorities.nodes;
    const hers = await records('71000001');
    expect(hers.map((r: { termStart: number; termEnd: number }) => [r.termStart, r.termEnd]).sort()).toEqual([
      [2023, 2026],
      [2027, 2030],
    ]);
    const newRecord = hers.find((r: { termStart: number }) => r.termStart === 2027);
    expect(newRecord.otherTerms).toEqual([{ id: reelected, termStart: 2023 }]);
    // Her 2023–2026 record, the one who left, and what the 2024 execution counted are untouched.
    expect((await records('71000002')).map((r: { id: number }) => r.id)).toEqual([leaving]);
    expect(await reach2024()).toBe(reachedBefore);
    expect(
      (await api.gql('{ authorities(termStart: 2027, search: "Alcaldesa") { totalCount } }', {}, { token: coordinator })).data!.authorities.totalCount,
    ).toBeGreaterThanOrEqual(2);

    // Imported again: nothing changes. A different name on a known DNI is pointed out.
    expect((await api.gql(IMPORT, { c: list, term: 2027 }, { token: coordinator })).data!.importAuthorities).toMatchObject({
      created: 0,
      unchanged: 2,
      skipped: 1,
    });
    const renamed = (
      await api.gql(
        IMPORT,
        { c: csv(['dni,nombres,apellidos,cargo,ubigeo', '71000002,Otra,Persona Distinta,Regidora distrital,150103']), term: 2027 },
        { token: coordinator },
      )
    ).data!.importAuthorities;
    expect(renamed.warnings).toEqual([
      { line: 2, message: expect.stringContaining('el DNI 71000002 figura en el periodo 2023–2026 como Alcaldesa 2 Prueba Ficticia') },
    ]);
    const wrongTerm = await api.gql(IMPORT, { c: list, term: 2028 }, { token: coordinator });
    expect(wrongTerm.errors![0]!.message).toBe('2028 no es el inicio de un periodo: los periodos empiezan en 2027, 2031…');
  });

  it('matches a 2027 execution’s participants among the women in office in 2027', async () => {
    await seedAuthorities(api.dataSource, [
      { givenNames: 'Solo', familyNames: 'Periodo Anterior', office: 'REGIDORA_DISTRITAL', ubigeo: '150103', dni: '72000001' },
    ]);
    await api.gql(
      IMPORT,
      { c: csv(['dni,nombres,apellidos,cargo,ubigeo', '72000002,Electa,En Funciones,Regidora distrital,150103']), term: 2027 },
      { token: coordinator },
    );
    await api.gql('mutation { createPlan(year: 2029, copyFrom: 2024) { year } }', {}, { token: coordinator });
    await api.gql('mutation { publishPlan(year: 2029) { year } }', {}, { token: coordinator });
    const execution = (
      await api.gql(
        'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.1", year: 2029, input: $i) { id } }',
        { i: executionInput('2029-04-10') },
        { token: coordinator },
      )
    ).data!.createExecution.id;
    const r = (
      await api.gql(
        'mutation ($id: Int!, $c: String!) { importParticipants(executionId: $id, fileName: "p.csv", contentBase64: $c) { inserted errors { line message } } }',
        { id: execution, c: csv(['dni,resultado', '72000002,Culminó', '72000001,Culminó']) },
        { token: coordinator },
      )
    ).data!.importParticipants;
    expect(r).toEqual({
      inserted: 0,
      errors: [
        {
          line: 3,
          message: 'Fila 3: la autoridad con DNI 72000001 (Solo Periodo Anterior) está registrada en el periodo 2023–2026, no en funciones en 2029.',
        },
      ],
    });
  });
});
