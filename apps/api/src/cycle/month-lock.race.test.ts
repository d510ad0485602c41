/**
 * An approved month cannot change, even when writes race the approval: every write either
 * commits before the approval reads the month, or is refused as MONTH_LOCKED. Played with real
 * concurrency (separate pooled connections on MariaDB), round after round: what the month holds
 * when the approval answers is what it holds once every racing write has answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities, sendMonth } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const ROUNDS = 12;
const WRITERS = 6;

describe.each(backends())('month lock under concurrent writes on %s', (backend) => {
  let api: TestApi;
  let pcm: string;
  let coordinator: string;
  let people: number[];
  let executionId: number;

  beforeAll(async () => {
    api = await startTestApi(backend);
    pcm = await api.login('pcm@demo.gob.pe');
    coordinator = await api.login('coordinacion@demo.gob.pe');
    people = await seedAuthorities(api.dataSource, many(ROUNDS * (WRITERS + 4), 'REGIDORA_DISTRITAL', '150103', 'Carrera', 70000001));
    const created = await api.gql(
      'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", input: $i) { id } }',
      { i: executionInput('2024-05-06') },
      { token: pcm },
    );
    executionId = created.data!.createExecution.id;
  });
  afterAll(() => api?.close());

  /** Everything of May 2024 on activity 1.4: executions with their participants and outcomes. */
  const may = async () => {
    const rows: { execution_id: number; authority_id: number | null; outcome: string | null }[] = await api.dataSource.query(
      `SELECT e.id AS execution_id, p.authority_id, p.outcome FROM executions e
         INNER JOIN activities a ON a.id = e.activity_id
         LEFT JOIN participations p ON p.execution_id = e.id
        WHERE a.code = '1.4' AND a.plan_year = 2024 AND e.date LIKE '2024-05-%' ORDER BY e.id, p.authority_id`,
    );
    return JSON.stringify(rows.map((r) => [Number(r.execution_id), r.authority_id === null ? null : Number(r.authority_id), r.outcome]));
  };

  it(`holds over ${ROUNDS} rounds of an approval racing ${WRITERS + 2} writes`, async () => {
    let refused = 0;
    let accepted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      if (round > 0)
        await api.gql('mutation { reopenMonth(entityCode: "PCM", year: 2024, month: 5, comment: "Otra ronda") { status } }', {}, { token: coordinator });
      const submitted = await sendMonth(api, pcm, 5);
      expect(submitted.data?.submitMonth.status).toBe('SUBMITTED');
      const mine = people.slice(round * (WRITERS + 4), (round + 1) * (WRITERS + 4));
      const writes: (() => ReturnType<TestApi['gql']>)[] = [
        ...mine
          .slice(0, WRITERS)
          .map(
            (id) => () =>
              api.gql(
                `mutation { addParticipants(executionId: ${executionId}, participants: [{ authorityId: ${id}, outcome: COMPLETED }]) { id } }`,
                {},
                { token: pcm },
              ),
          ),
        () =>
          api.gql(
            'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.4", input: $i, participants: $p) { id } }',
            {
              i: executionInput(`2024-05-${String(10 + (round % 15)).padStart(2, '0')}`),
              p: [{ authorityId: mine[WRITERS]!, outcome: 'ATTENDED' }],
            },
            { token: pcm },
          ),
        () =>
          api.gql(
            'mutation ($c: String!) { importParticipants(executionId: ' + executionId + ', fileName: "p.csv", contentBase64: $c) { inserted } }',
            {
              c: Buffer.from(`dni,resultado\n${String(70000001 + round * (WRITERS + 4) + WRITERS + 1)},Culminó\n`).toString('base64'),
            },
            { token: pcm },
          ),
      ];
      // The approval is sent at a different place among the writes, and a little later, each round:
      // some rounds it wins the race, some rounds writes commit first.
      const at = round % (writes.length + 1);
      const started = writes.slice(0, at).map((w) => w());
      const approval = new Promise((resolve) => setTimeout(resolve, (round % 4) * 15))
        .then(() => api.gql('mutation { approveMonth(entityCode: "PCM", year: 2024, month: 5) { status } }', {}, { token: coordinator }))
        .then(async (r) => ({ r, atApproval: await may() }));
      started.push(...writes.slice(at).map((w) => w()));
      const [results, { r: approved, atApproval }] = await Promise.all([Promise.all(started), approval]);
      expect(approved.data?.approveMonth.status, JSON.stringify(approved.errors)).toBe('APPROVED');
      for (const result of results) {
        if (result.errors) {
          expect(result.errors[0]!.extensions, JSON.stringify(result.errors)).toMatchObject({ code: 'CONFLICT', reason: 'MONTH_LOCKED' });
          refused += 1;
        } else accepted += 1;
      }
      // Nothing that answered after the approval changed the month it approved.
      expect(await may(), `round ${round}`).toBe(atApproval);
    }
    // Both outcomes happened: the race was real.
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
