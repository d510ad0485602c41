/**
 * Which role reaches each GraphQL operation, and how much of it. Every operation of the schema
 * must appear here, so a new one cannot ship without deciding its access.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from './schema.js';
import { startTestApi, type TestApi } from './test/harness.js';

type Probe = (api: TestApi, token: string | undefined) => Promise<string>;

const count = (list: unknown[] | undefined) => (list === undefined ? 'error' : `${list.length}`);

const PROBES: Record<string, Probe> = {
  'Query.viewer': async (api, token) => {
    const r = await api.gql('{ viewer { role entity { code } } }', {}, { token });
    return r.data?.viewer ? `${r.data.viewer.role}${r.data.viewer.entity ? `/${r.data.viewer.entity.code}` : ''}` : 'null';
  },
  'Query.entities': async (api, token) => count((await api.gql('{ entities { code } }', {}, { token })).data?.entities),
  'Query.plan': async (api, token) => ((await api.gql('{ plan { objectives { code } } }', {}, { token })).data?.plan ? 'plan' : 'null'),
  'Query.planYears': async (api, token) => JSON.stringify((await api.gql('{ planYears }', {}, { token })).data?.planYears),
  'Query.activities': async (api, token) => count((await api.gql('{ activities { code } }', {}, { token })).data?.activities),
  'Query.activity': async (api, token) => {
    const r = await api.gql('{ mine: activity(code: "1.4") { code } other: activity(code: "1.8") { code } }', {}, { token });
    return `1.4:${r.data?.mine ? 'yes' : 'no'} 1.8:${r.data?.other ? 'yes' : 'no'}`;
  },
  'Mutation.login': async (api) => ((await api.gql('mutation { login(email: "pcm@demo.gob.pe", password: "GobernandoJuntas2024") { token } }')).data?.login ? 'token' : 'error'),
};

const ROLES = ['ANONYMOUS', 'COORDINATOR', 'FOCAL_POINT(PCM)', 'INTEGRATOR'] as const;

const EXPECTED: Record<string, Record<(typeof ROLES)[number], string>> = {
  'Query.viewer': { ANONYMOUS: 'null', COORDINATOR: 'COORDINATOR/MIMP', 'FOCAL_POINT(PCM)': 'FOCAL_POINT/PCM', INTEGRATOR: 'INTEGRATOR' },
  'Query.entities': { ANONYMOUS: '7', COORDINATOR: '7', 'FOCAL_POINT(PCM)': '7', INTEGRATOR: '7' },
  'Query.plan': { ANONYMOUS: 'plan', COORDINATOR: 'plan', 'FOCAL_POINT(PCM)': 'plan', INTEGRATOR: 'plan' },
  'Query.planYears': { ANONYMOUS: '[2024]', COORDINATOR: '[2024]', 'FOCAL_POINT(PCM)': '[2024]', INTEGRATOR: '[2024]' },
  'Query.activities': { ANONYMOUS: '0', COORDINATOR: '19', 'FOCAL_POINT(PCM)': '6', INTEGRATOR: '19' },
  'Query.activity': { ANONYMOUS: '1.4:no 1.8:no', COORDINATOR: '1.4:yes 1.8:yes', 'FOCAL_POINT(PCM)': '1.4:yes 1.8:no', INTEGRATOR: '1.4:yes 1.8:yes' },
  'Mutation.login': { ANONYMOUS: 'token', COORDINATOR: 'token', 'FOCAL_POINT(PCM)': 'token', INTEGRATOR: 'token' },
};

describe('access by role and operation', () => {
  let api: TestApi;
  const tokens: Partial<Record<(typeof ROLES)[number], string>> = {};

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    await api.services.accounts.create({ email: 'sistema@integrador.gob.pe', password: 'clave-de-integrador-2024', role: 'INTEGRATOR' });
    tokens.COORDINATOR = await api.login('coordinacion@demo.gob.pe');
    tokens['FOCAL_POINT(PCM)'] = await api.login('pcm@demo.gob.pe');
    tokens.INTEGRATOR = await api.login('sistema@integrador.gob.pe', 'clave-de-integrador-2024');
  });
  afterAll(() => api?.close());

  it('covers every operation of the schema', async () => {
    const schema = await getSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ];
    expect(Object.keys(PROBES).sort()).toEqual(operations.sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(operations.sort());
  });

  it('matches the access table', async () => {
    const actual: Record<string, Record<string, string>> = {};
    for (const [operation, probe] of Object.entries(PROBES)) {
      actual[operation] = {};
      for (const role of ROLES) actual[operation]![role] = await probe(api, tokens[role]);
    }
    expect(actual).toEqual(EXPECTED);
  });
});
