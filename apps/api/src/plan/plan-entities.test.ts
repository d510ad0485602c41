/** Entities and units as data: a 2025 plan with a new entity (the JNE) and responsibilities that move. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestApi, type TestApi } from '../test/harness.js';
import { sendMonth } from '../test/fixtures.js';

const SAVE = `mutation ($year: Int!, $input: PlanActivityInput!) { savePlanActivity(year: $year, input: $input) { year } }`;

describe.each(backends())('entities and responsibilities across plan-years on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
  });
  afterAll(() => api?.close());

  const codes = async (year: number, token: string) =>
    ((await api.gql('query ($y: Int) { activities(year: $y) { code } }', { y: year }, { token })).data!.activities as { code: string }[]).map((a) => a.code);

  it('gives a new entity (JNE) its own activity in 2025, moves one from PCM to MEF, and leaves 2024 as it was', async () => {
    const entity = await api.gql(
      'mutation { createEntity(code: "jne", name: "Jurado Nacional de Elecciones") { code name shortName } }',
      {},
      { token: coordinator },
    );
    expect(entity.data!.createEntity).toEqual({ code: 'JNE', name: 'Jurado Nacional de Elecciones', shortName: 'JNE' });
    const unit = await api.gql(
      'mutation { createUnit(entityCode: "JNE", code: "DNEF", name: "Dirección Nacional de Educación y Formación Cívica Ciudadana") { code isWholeEntity entity { code } } }',
      {},
      { token: coordinator },
    );
    expect(unit.data!.createUnit).toEqual({ code: 'DNEF', isWholeEntity: false, entity: { code: 'JNE' } });
    await api.gql(
      'mutation { createUnit(entityCode: "MEF", code: "DGPMI", name: "Dirección General de Programación Multianual de Inversiones") { code } }',
      {},
      { token: coordinator },
    );
    const account = await api.gql(
      'mutation { createAccount(email: "jne@jne.gob.pe", role: FOCAL_POINT, entityCode: "JNE", password: "Participación-política-2025") { email } }',
      {},
      { token: coordinator },
    );
    expect(account.errors).toBeUndefined();
    const jne = await api.login('jne@jne.gob.pe', 'Participación-política-2025');
    const pcm = await api.login('pcm@demo.gob.pe');
    const mef = await api.login('mef@demo.gob.pe');
    expect(await codes(2024, mef)).toEqual([]);

    await api.gql('mutation { createPlan(year: 2025, copyFrom: 2024) { year } }', {}, { token: coordinator });
    const detail = (
      await api.gql(
        '{ activity(code: "1.4", year: 2025) { code name target { value unit counted description } indicator plannedMonths strategyObjectives } }',
        {},
        { token: coordinator },
      )
    ).data!.activity;
    const moved = await api.gql(
      SAVE,
      {
        year: 2025,
        input: {
          code: '1.4',
          objective: '1',
          name: detail.name,
          responsibleUnits: ['DGPMI'],
          target: detail.target,
          indicator: detail.indicator,
          plannedMonths: detail.plannedMonths,
          strategyObjectives: detail.strategyObjectives,
          rule: {
            kind: 'DISTINCT_AUTHORITIES',
            outcome: 'COMPLETED',
            offices: ['ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL', 'REGIDORA_PROVINCIAL', 'REGIDORA_DISTRITAL'],
          },
        },
      },
      { token: coordinator },
    );
    expect(moved.errors).toBeUndefined();
    const added = await api.gql(
      SAVE,
      {
        year: 2025,
        input: {
          code: '3.4',
          objective: '3',
          name: 'Talleres sobre acoso político contra las mujeres en la función pública',
          responsibleUnits: ['DNEF'],
          target: { value: 300, unit: 'COUNT', counted: 'AUTHORITIES', description: '300 mujeres autoridades que culminan los talleres.' },
          indicator: 'N° de mujeres autoridades que culminan los talleres.',
          plannedMonths: [4, 5, 6, 9, 10],
          strategyObjectives: ['Obj4'],
          rule: { kind: 'DISTINCT_AUTHORITIES', outcome: 'COMPLETED', offices: ['GOBERNADORA', 'ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL'] },
        },
      },
      { token: coordinator },
    );
    expect(added.errors).toBeUndefined();
    expect((await api.gql('mutation { publishPlan(year: 2025) { status } }', {}, { token: coordinator })).data!.publishPlan.status).toBe('IN_FORCE');

    expect(await codes(2025, jne)).toEqual(['3.4']);
    expect(await codes(2025, mef)).toEqual(['1.4']);
    expect(await codes(2025, pcm)).toEqual(['1.9', '1.10', '1.11', '1.12', '2.1']);
    // 2024 keeps its own responsibilities.
    expect(await codes(2024, pcm)).toEqual(['1.4', '1.9', '1.10', '1.11', '1.12', '2.1']);
    expect(await codes(2024, jne)).toEqual([]);
    // The new entity is in the public catalogue and in the report's breakdown by entity.
    expect((await api.gql('{ entities { code } }')).data!.entities.map((e: { code: string }) => e.code)).toEqual([
      'MIMP',
      'PCM',
      'MEF',
      'OSCE',
      'CGR',
      'SERVIR',
      'CEPLAN',
      'JNE',
    ]);
    const byEntity = (await api.gql('{ consolidatedReport(year: 2025, asOf: "2025-12-31") { byEntity { key label activities } } }', {}, { token: coordinator }))
      .data!.consolidatedReport.byEntity;
    expect(byEntity.find((e: { key: string }) => e.key === 'JNE')).toEqual({ key: 'JNE', label: 'JNE', activities: 1 });
    // JNE's focal point sends its months of 2025 like any other entity.
    expect((await sendMonth(api, jne, 4, 2025)).data!.submitMonth).toMatchObject({ entityCode: 'JNE', status: 'SUBMITTED' });
  });

  it('refuses duplicate or malformed entities and units, and units of an entity that does not exist', async () => {
    const duplicate = await api.gql('mutation { createEntity(code: "PCM", name: "Otra PCM") { code } }', {}, { token: coordinator });
    expect(duplicate.errors![0]).toMatchObject({ message: 'Ya existe la entidad PCM.', extensions: { code: 'CONFLICT', reason: 'DUPLICATE' } });
    const clash = await api.gql('mutation { createEntity(code: "SD", name: "Secretaría") { code } }', {}, { token: coordinator });
    expect(clash.errors![0]!.message).toBe('El código SD ya es de una unidad orgánica.');
    const malformed = await api.gql('mutation { createEntity(code: "1X", name: "Entidad") { code } }', {}, { token: coordinator });
    expect(malformed.errors![0]!.message).toContain('El código de la entidad debe tener de 2 a 16 letras');
    const orphan = await api.gql('mutation { createUnit(entityCode: "ZZZ", code: "ABC", name: "Unidad huérfana") { code } }', {}, { token: coordinator });
    expect(orphan.errors![0]!.message).toBe('La entidad ZZZ no existe.');
    const pcm = await api.login('pcm@demo.gob.pe');
    const forbidden = await api.gql('mutation { createEntity(code: "ONPE", name: "Oficina Nacional de Procesos Electorales") { code } }', {}, { token: pcm });
    expect(forbidden.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql('{ entities { code } }')).data!.entities.map((e: { code: string }) => e.code)).not.toContain('ONPE');
    const account = await api.gql(
      'mutation { createAccount(email: "x@onpe.gob.pe", role: FOCAL_POINT, entityCode: "ONPE", password: "Una-clave-muy-larga-2025") { email } }',
      {},
      { token: coordinator },
    );
    expect(account.errors![0]!.message).toMatch(/^Entidad no válida: "ONPE"\. Use .*MIMP.* o /);
  });
});
