/**
 * No query may make the server build more than it can hold: the estimate counts page sizes however
 * they are written (literal, variable, variable default, schema default, aliases, fragments), and
 * lists that turn out larger than estimated stop at a fixed number of items with one error.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SIZES } from '../common/pagination.js';
import { MAX_LIST_ITEMS, MAX_QUERY_COST, queryCost } from '../common/query-cost.js';
import { getSchema } from '../schema.js';
import { auditOf, executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { startTestApi, type TestApi } from '../test/harness.js';

const HEAVY = 'nodes { execution { participants { outcome authority { id givenNames familyNames dni officeLabel } } } }';

/** The same heavy request written every way a page size can be given. */
function spellings(field: 'participations' | 'executions', size: number): [string, string, Record<string, unknown>][] {
  const selection =
    field === 'participations' ? HEAVY : 'nodes { participants { outcome authority { id givenNames familyNames dni officeLabel government { name } } } }';
  return [
    ['literal', `{ ${field}(first: ${size}) { ${selection} } }`, {}],
    ['variable', `query ($n: Int) { ${field}(first: $n) { ${selection} } }`, { n: size }],
    ['variable default', `query ($n: Int = ${size}) { ${field}(first: $n) { ${selection} } }`, {}],
    ['fragment', `query ($n: Int!) { ...Q } fragment Q on Query { ${field}(first: $n) { ${selection} } }`, { n: size }],
    ['inline fragment', `query ($n: Int!) { ... on Query { ${field}(first: $n) { ${selection} } } }`, { n: size }],
    [
      'aliases',
      `query ($n: Int!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: ${field}(first: $n) { ${selection} }`).join(' ')} }`,
      { n: Math.ceil(size / 15) },
    ],
    ['schema default', `{ ${field} { ${selection} } }`, {}],
  ];
}

describe('query cost', () => {
  it('weighs a page size the same whether literal, variable, default, fragment or spread over aliases', async () => {
    const schema = await getSchema();
    for (const field of ['participations', 'executions'] as const) {
      const costs = spellings(field, PAGE_SIZES[field].max).map(([name, query, variables]) => [name, queryCost(schema, parse(query), variables)] as const);
      for (const [name, cost] of costs) expect(cost, `${field} ${name}`).toBeGreaterThan(MAX_QUERY_COST);
      const literal = costs[0]![1];
      for (const [name, cost] of costs.slice(1, 5)) expect(cost, `${field} ${name}`).toBe(literal);
    }
  });

  it('lets through every operation the web app sends', async () => {
    const schema = await getSchema();
    const generated = readFileSync(new URL('../../../admin/src/gql/graphql.ts', import.meta.url), 'utf8');
    const documents = [...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)];
    expect(documents.length).toBeGreaterThan(30);
    for (const [, name, json] of documents) {
      const document = JSON.parse(json!);
      const operation = document.definitions[0];
      if (operation.operation !== 'query') continue;
      // The largest page the app asks for is 50; other variables do not change the estimate.
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((d: { variable: { name: { value: string } }; type: { kind: string } }) => {
          const key = d.variable.name.value;
          const type = JSON.stringify(d.type);
          if (key === 'first') return [key, 50];
          if (d.type.kind !== 'NonNullType') return [key, null];
          return [key, type.includes('"Int"') ? 2024 : type.includes('"Boolean"') ? true : 'x'];
        }),
      );
      expect(queryCost(schema, document, variables), name).toBeLessThanOrEqual(MAX_QUERY_COST / 3);
    }
  });
});

describe('query limits over HTTP', () => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    // One execution whose list of participants is far larger than the estimate assumes.
    const ids = await seedAuthorities(api.dataSource, many(1_500, 'REGIDORA_DISTRITAL', '150103', 'Regidora'));
    const created = await api.gql<{ createExecution: { id: number } }>(
      'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.4", input: $i, participants: $p) { id } }',
      { i: executionInput('2024-05-02'), p: ids.map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })) },
      { token: pcm },
    );
    expect(created.errors).toBeUndefined();
    for (let i = 0; i < 30; i++) {
      await api.gql(
        'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", input: $i) { id } }',
        { i: executionInput(`2024-05-${String(i + 3).padStart(2, '0')}`) },
        { token: pcm },
      );
    }
  });
  afterAll(() => api?.close());

  it('refuses every spelling of an oversized request before running it, in Spanish', async () => {
    for (const field of ['participations', 'executions'] as const) {
      for (const [name, query, variables] of spellings(field, PAGE_SIZES[field].max)) {
        const response = await api.gql(query, variables, { token: coordinator });
        expect(response.status, `${field} ${name}`).toBe(400);
        expect(response.errors?.[0]?.extensions?.code, `${field} ${name}`).toBe('TOO_COMPLEX');
        expect(response.errors?.[0]?.message).toMatch(/^La consulta es demasiado grande \(costo estimado [\d ,.]+, máximo /);
      }
    }
  });

  it('stops a request whose lists outgrow the estimate, with one small error and no partial data', async () => {
    // 20 participations of the same large execution: within the estimate, 30,000 items in fact.
    const query = `query ($n: Int!) { participations(first: $n) { ${HEAVY} } }`;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${coordinator}` },
      body: JSON.stringify({ query, variables: { n: 20 } }),
    });
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text.length).toBeLessThan(1_000);
    const body = JSON.parse(text);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions.code).toBe('TOO_COMPLEX');
    expect(body.errors[0].message).toContain(MAX_LIST_ITEMS.toLocaleString('es-PE'));
  });

  it('serves the same request when the lists fit', async () => {
    const response = await api.gql<{ participations: { nodes: { execution: { participants: unknown[] } }[] } }>(
      `query ($n: Int!) { participations(first: $n) { ${HEAVY} } }`,
      { n: 5 },
      { token: coordinator },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.participations.nodes.map((n) => n.execution.participants.length)).toEqual([1_500, 1_500, 1_500, 1_500, 1_500]);
  });
});

describe('reads of personal data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(() => api?.close());

  it('records who read which people of the register, whatever path the query took', async () => {
    const coordinator = await api.login('coordinacion@demo.gob.pe');
    const pcm = await api.login('pcm@demo.gob.pe');
    const ids = await seedAuthorities(api.dataSource, many(3, 'REGIDORA_DISTRITAL', '150103', 'Lectura', 81000001));
    const created = await api.gql(
      'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.4", input: $i, participants: $p) { id } }',
      {
        i: executionInput('2024-05-02'),
        p: ids.slice(0, 2).map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })),
      },
      { token: pcm },
    );
    const reads = async () =>
      (await auditOf(api.dataSource, { action: 'personalData.read' })).map((a) => [a.actorEmail, a.after.operation, a.after.authorityIds]);
    await api.gql('query Buscar { authorities(search: "lectura") { nodes { id } } }', {}, { token: coordinator });
    await api.gql(
      `query Participantes { execution(id: ${created.data!.createExecution.id}) { participants { authority { givenNames } } } }`,
      {},
      { token: pcm },
    );
    await api.gql(`{ a: authority(id: ${ids[2]}) { id } b: participations(activityCode: "1.4") { nodes { authority { dni } } } }`, {}, { token: coordinator });
    // Counts and the catalogue are not personal data; nothing is recorded for them.
    await api.gql('{ authorities(search: "lectura") { totalCount } activities { code } }', {}, { token: coordinator });
    expect(await reads()).toEqual([
      ['coordinacion@demo.gob.pe', 'Buscar', ids],
      ['pcm@demo.gob.pe', 'Participantes', ids.slice(0, 2)],
      ['coordinacion@demo.gob.pe', 'consulta sin nombre', [ids[0], ids[1], ids[2]].sort((x, y) => x! - y!)],
    ]);
  });
});
