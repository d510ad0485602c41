import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const FIND = `query ($s: String!, $code: String!, $except: Int) {
  authorities(search: $s, first: 10) { nodes { id participationIn(activityCode: $code, year: 2024, exceptExecutionId: $except) { executionId date } } }
}`;

describe.each(backends())('who already counts for an activity, on %s', (backend) => {
  let api: TestApi;
  let pcm: string;
  let osce: string;
  let ids: number[];

  beforeAll(async () => {
    api = await startTestApi(backend);
    pcm = await api.login('pcm@demo.gob.pe');
    osce = await api.login('osce@demo.gob.pe');
    ids = await seedAuthorities(api.dataSource, many(2, 'REGIDORA_DISTRITAL', '150103', 'Yacuenta', 62000001));
  });
  afterAll(() => api?.close());

  it('names the first execution of the activity she took part in, only within the scope', async () => {
    const create = async (date: string, participants: number[]) =>
      (
        await api.gql(
          'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.4", year: 2024, input: $i, participants: $p) { id } }',
          { i: executionInput(date), p: participants.map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })) },
          { token: pcm },
        )
      ).data!.createExecution.id as number;
    const later = await create('2024-06-20', [ids[0]!]);
    const first = await create('2024-05-12', [ids[0]!]);
    const find = async (token: string, except: number | null = null) =>
      new Map(
        ((await api.gql(FIND, { s: 'Yacuenta', code: '1.4', except }, { token })).data?.authorities.nodes ?? []).map(
          (n: { id: number; participationIn: unknown }) => [n.id, n.participationIn],
        ),
      );
    const seen = await find(pcm);
    expect(seen.get(ids[0]!)).toEqual({ executionId: first, date: '2024-05-12' });
    expect(seen.get(ids[1]!)).toBeNull();
    // Editing the first execution: she counts through the other one.
    expect((await find(pcm, first)).get(ids[0]!)).toEqual({ executionId: later, date: '2024-06-20' });
    // Another entity does not reach PCM's activity 1.4: nothing about it.
    const other = await find(osce);
    expect([...other.values()].every((v) => v === null)).toBe(true);
  });
});
