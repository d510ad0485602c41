import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

describe.each(backends())('cursor pagination and filters on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    const lima = await seedAuthorities(api.dataSource, many(3, 'REGIDORA_DISTRITAL', '150103', 'Lima'));
    const cusco = await seedAuthorities(api.dataSource, many(2, 'REGIDORA_PROVINCIAL', '0801', 'Cusco'));
    const create = (code: string, date: string, ids: number[]) =>
      api.gql(
        'mutation ($c: String!, $i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: $c, input: $i, participants: $p) { id } }',
        {
          c: code,
          i: executionInput(date),
          p: ids.map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })),
        },
        { token: coordinator },
      );
    for (const month of ['04', '05', '06', '07', '08']) await create('1.4', `2024-${month}-10`, lima);
    await create('1.9', '2024-05-20', cusco);
    await create('1.1', '2024-04-18', [...lima, ...cusco]);
  });
  afterAll(() => api?.close());

  const executions = async (args: string, token = coordinator) =>
    (await api.gql(`{ executions(${args}) { totalCount pageInfo { hasNextPage endCursor } nodes { activityCode date } } }`, {}, { token })).data!.executions;

  it('walks all pages without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { activityCode: string; date: string }[] } =
        await executions(`first: 3${after ? `, after: "${after}"` : ''}`);
      expect(page.totalCount).toBe(7);
      seen.push(...page.nodes.map((n) => `${n.activityCode}@${n.date}`));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(7);
  });

  it('filters by entity, objective, activity, month range and department', async () => {
    expect((await executions('entityCode: "PCM"')).totalCount).toBe(6);
    expect((await executions('entityCode: "MIMP"')).totalCount).toBe(1);
    expect((await executions('objectiveCode: "1", activityCode: "1.4"')).totalCount).toBe(5);
    expect((await executions('monthFrom: 5, monthTo: 6')).nodes.map((n: { date: string }) => n.date)).toEqual(['2024-05-10', '2024-06-10', '2024-05-20']);
    expect((await executions('departmentCode: "08"')).nodes.map((n: { activityCode: string }) => n.activityCode)).toEqual(['1.9', '1.1']);
    expect((await executions('year: 2025')).totalCount).toBe(0);
  });

  it('stays inside the viewer’s scope', async () => {
    expect((await executions('first: 100', pcm)).totalCount).toBe(6);
    const osce = await api.login('osce@demo.gob.pe');
    expect((await executions('first: 100', osce)).totalCount).toBe(0);
  });

  it('pages participations, with personal data only for those who may read the register', async () => {
    const q = (after: string | null) =>
      api.gql(
        `{ participations(activityCode: "1.4", first: 4${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } nodes { outcome execution { date } authority { familyNames } } } }`,
        {},
        { token: pcm },
      );
    const first = (await q(null)).data!.participations;
    expect(first.totalCount).toBe(15);
    expect(first.nodes).toHaveLength(4);
    let total = first.nodes.length;
    let cursor = first.pageInfo.endCursor;
    while (cursor) {
      const page = (await q(cursor)).data!.participations;
      total += page.nodes.length;
      cursor = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    }
    expect(total).toBe(15);
  });

  it('rejects bad page sizes, months and cursors in Spanish', async () => {
    const error = async (args: string) => (await api.gql(`{ executions(${args}) { totalCount } }`, {}, { token: coordinator })).errors![0]!.message;
    expect(await error('first: 0')).toBe('Indique entre 1 y 500 resultados por página.');
    expect(await error('monthFrom: 13')).toBe('Los meses del filtro deben estar entre 1 y 12.');
    expect(await error('after: "@@@"')).toBe('El cursor de paginación no es válido.');
  });
});
