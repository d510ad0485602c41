/**
 * A closed year cannot change, even when writes race the closing: every write either commits
 * before the close reads the plan, or is refused as PLAN_NOT_OPEN. Played with real concurrency
 * (separate pooled connections on MariaDB), round after round, each on a plan-year of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const ROUNDS = 10;
const WRITERS = 6;

describe.each(backends())('closing a year under concurrent writes on %s', (backend) => {
  let api: TestApi;
  let pcm: string;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    pcm = await api.login('pcm@demo.gob.pe');
    coordinator = await api.login('coordinacion@demo.gob.pe');
  });
  afterAll(() => api?.close());

  const executionsOf = async (year: number) =>
    JSON.stringify(
      (
        (await api.dataSource.query('SELECT e.id AS id FROM executions e INNER JOIN activities a ON a.id = e.activity_id WHERE a.plan_year = ? ORDER BY e.id', [
          year,
        ])) as {
          id: number;
        }[]
      ).map((r) => Number(r.id)),
    );

  it(`holds over ${ROUNDS} rounds of a close racing ${WRITERS} writes`, async () => {
    let refused = 0;
    let accepted = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const year = 2060 + round;
      await api.gql(`mutation { createPlan(year: ${year}, copyFrom: 2024) { year } }`, {}, { token: coordinator });
      await api.gql(`mutation { publishPlan(year: ${year}) { year } }`, {}, { token: coordinator });
      const writes = Array.from(
        { length: WRITERS },
        (_, i) => () =>
          api.gql(
            `mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", year: ${year}, input: $i) { id } }`,
            { i: executionInput(`${year}-05-${String(10 + i).padStart(2, '0')}`) },
            { token: pcm },
          ),
      );
      // The close is sent at a different place among the writes, and a little later, each round.
      const at = round % (WRITERS + 1);
      const started = writes.slice(0, at).map((w) => w());
      const closing = new Promise((resolve) => setTimeout(resolve, (round % 4) * 10))
        .then(() => api.gql(`mutation { closePlan(year: ${year}) { status } }`, {}, { token: coordinator }))
        .then(async (r) => ({ r, atClose: await executionsOf(year) }));
      started.push(...writes.slice(at).map((w) => w()));
      const [results, { r: closed, atClose }] = await Promise.all([Promise.all(started), closing]);
      expect(closed.data?.closePlan.status, JSON.stringify(closed.errors)).toBe('CLOSED');
      for (const result of results) {
        if (result.errors) {
          expect(result.errors[0]!.extensions, JSON.stringify(result.errors)).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_OPEN' });
          refused += 1;
        } else accepted += 1;
      }
      // Nothing that answered after the close changed the year it closed.
      expect(await executionsOf(year), `round ${round}`).toBe(atClose);
    }
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
