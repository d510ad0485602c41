/** Runs every example of docs/API.md against the API, with the credentials each one names. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities } from './test/fixtures.js';
import { startTestApi, type TestApi } from './test/harness.js';

const doc = readFileSync(fileURLToPath(new URL('../../../docs/API.md', import.meta.url)), 'utf8');

interface Example {
  title: string;
  query: string;
  auth: string;
  variables: Record<string, unknown>;
}

function examples(): Example[] {
  const blocks = [...doc.matchAll(/^### (.+)$|```graphql\n([\s\S]*?)```|```json\n([\s\S]*?)```/gm)];
  const result: Example[] = [];
  let title = '';
  for (const block of blocks) {
    if (block[1]) title = block[1];
    else if (block[2]) result.push({ title, query: block[2], auth: /^# auth: (\S+)/m.exec(block[2])?.[1] ?? 'ninguna', variables: {} });
    else if (block[3]) result.at(-1)!.variables = JSON.parse(block[3]);
  }
  return result;
}

describe('docs/API.md examples', () => {
  let api: TestApi;
  const tokens: Record<string, string | undefined> = { ninguna: undefined };

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens.coordinacion = await api.login('coordinacion@demo.gob.pe');
    const coordinator = await api.principal(tokens.coordinacion);
    tokens.clave = (await api.services.apiKeys.create(coordinator, 'Ejemplos de la documentación', null)).key;
    const ids = await seedAuthorities(api.dataSource, many(6, 'REGIDORA_DISTRITAL', '150103', 'Regidora'));
    await api.gql(
      'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.4", input: $i, participants: $p) { id } }',
      { i: executionInput('2024-05-09'), p: ids.map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })) },
      { token: tokens.coordinacion },
    );
  });
  afterAll(() => api?.close());

  it('has examples', () => {
    expect(examples().length).toBeGreaterThanOrEqual(8);
  });

  it.each(examples().map((e) => [e.title, e] as const))('%s', async (_title, example) => {
    expect(Object.keys(tokens)).toContain(example.auth);
    const result = await api.gql(example.query, example.variables, { token: tokens[example.auth] });
    expect(result.errors).toBeUndefined();
    expect(Object.values(result.data!).every((v) => v !== null)).toBe(true);
  });

  it('returns real figures, not empty shells', async () => {
    const progress = examples().find((e) => e.query.includes('query Desagregado'))!;
    const result = await api.gql(progress.query, progress.variables, { token: tokens.clave });
    expect(result.data!.activity.progress).toMatchObject({ achieved: 6, byOffice: [{ office: 'REGIDORA_DISTRITAL', count: 6, suppressed: false }] });
  });
});
