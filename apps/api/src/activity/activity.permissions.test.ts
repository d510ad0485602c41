import { ENTITY_CODES, reaches, type Scope } from '@gj/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Principal } from '../auth/principal.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const ALL_CODES = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.11', '1.12', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3'];

/** Exactly what each account may see in 2024. Joint OSCE–MIMP activities belong to both. */
const VISIBLE: Record<string, string[]> = {
  'coordinacion@demo.gob.pe': ALL_CODES,
  'mimp@demo.gob.pe': ['1.1', '1.2', '1.3', '1.5', '1.6', '1.7', '2.3', '2.4', '3.1', '3.2', '3.3'],
  'pcm@demo.gob.pe': ['1.4', '1.9', '1.10', '1.11', '1.12', '2.1'],
  'mef@demo.gob.pe': [],
  'osce@demo.gob.pe': ['1.5', '1.6', '2.3'],
  'cgr@demo.gob.pe': [],
  'servir@demo.gob.pe': ['1.8'],
  'ceplan@demo.gob.pe': ['2.2'],
};

/** Positive control for accounts that see nothing: the same query must work for someone. */
const CONTROL_ACCOUNT = 'coordinacion@demo.gob.pe';

describe.each(backends())('activity visibility on %s', (backend) => {
  let api: TestApi;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    api = await startTestApi(backend);
    for (const email of Object.keys(VISIBLE)) tokens.set(email, await api.login(email));
  });
  afterAll(() => api?.close());

  const listCodes = async (email: string) => {
    const result = await api.gql<{ activities: { code: string }[] }>('{ activities { code } }', {}, { token: tokens.get(email) });
    expect(result.errors).toBeUndefined();
    return result.data!.activities.map((a) => a.code);
  };

  const getActivity = async (email: string | null, code: string) => {
    const result = await api.gql<{ activity: { code: string } | null }>(
      'query ($code: String!) { activity(code: $code) { code } }',
      { code },
      email ? { token: tokens.get(email) } : {},
    );
    expect(result.errors).toBeUndefined();
    return result.data!.activity;
  };

  it("restricts rows in SQL exactly as the domain's read rule decides, for every scope and activity", async () => {
    const all = await api.services.activities.list(await api.principal(tokens.get(CONTROL_ACCOUNT)!), 2024);
    expect(all).toHaveLength(19);
    const scopes: Scope[] = [{ kind: 'ALL' }, { kind: 'NONE' }, ...ENTITY_CODES.map((entityCode) => ({ kind: 'ENTITY' as const, entityCode }))];
    for (const scope of scopes) {
      const viewer =
        scope.kind === 'NONE'
          ? null
          : {
              accountId: 1,
              email: 'x@demo.gob.pe',
              role: scope.kind === 'ALL' ? ('COORDINATOR' as const) : ('FOCAL_POINT' as const),
              entityCode: scope.kind === 'ENTITY' ? scope.entityCode : 'MIMP',
            };
      const principal = Principal.of(viewer);
      expect(principal.scope).toEqual(scope);
      const inSql = (await api.services.activities.list(principal, 2024)).map((a) => a.code);
      const inDomain = all.filter((a) => reaches(scope, [...new Set(a.units.map((u) => u.entityCode))])).map((a) => a.code);
      expect(inSql, JSON.stringify(scope)).toEqual(inDomain);
    }
  });

  it.each(Object.entries(VISIBLE))('%s sees exactly its activities', async (email, expected) => {
    expect(await listCodes(email)).toEqual(expected);
    if (expected.length === 0) expect(await listCodes(CONTROL_ACCOUNT)).toHaveLength(19);
  });

  it.each(Object.entries(VISIBLE))('%s reaches its activities by code and nothing else', async (email, expected) => {
    for (const code of ALL_CODES) {
      const activity = await getActivity(email, code);
      if (expected.includes(code)) expect(activity).toEqual({ code });
      else expect(activity).toBeNull();
    }
  });

  it('answers an activity out of scope exactly like a missing one', async () => {
    const outOfScope = await api.gql('{ activity(code: "1.4") { code name } }', {}, { token: tokens.get('osce@demo.gob.pe') });
    const missing = await api.gql('{ activity(code: "9.9") { code name } }', {}, { token: tokens.get('osce@demo.gob.pe') });
    expect(outOfScope).toEqual(missing);
    expect(outOfScope).toEqual({ status: 200, data: { activity: null } });
    // Positive control: PCM does see 1.4.
    expect(await getActivity('pcm@demo.gob.pe', '1.4')).toEqual({ code: '1.4' });
  });

  it('shows a joint activity with all its responsible entities to each of them', async () => {
    for (const email of ['osce@demo.gob.pe', 'mimp@demo.gob.pe']) {
      const result = await api.gql<{ activity: { entities: { code: string }[] } }>(
        '{ activity(code: "1.5") { entities { code } } }',
        {},
        { token: tokens.get(email) },
      );
      expect(result.data!.activity.entities.map((e) => e.code).sort()).toEqual(['MIMP', 'OSCE']);
    }
  });

  it('shows an anonymous caller the public catalogue but no activity', async () => {
    const result = await api.gql<{ entities: unknown[]; plan: { objectives: unknown[] }; activities: unknown[]; viewer: null }>(
      '{ viewer { email } entities { code } plan { objectives { code } } activities { code } }',
    );
    expect(result.data).toMatchObject({ viewer: null, activities: [] });
    expect(result.data!.entities).toHaveLength(7);
    expect(result.data!.plan.objectives).toHaveLength(3);
    expect(await getActivity(null, '1.1')).toBeNull();
  });

  it('returns nothing for a year without a plan, whoever asks', async () => {
    const result = await api.gql('{ activities(year: 2023) { code } }', {}, { token: tokens.get(CONTROL_ACCOUNT) });
    expect(result.data).toEqual({ activities: [] });
  });
});
