import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const CREATE =
  'mutation ($name: String!, $entity: String) { createApiKey(name: $name, entityCode: $entity) { key apiKey { id prefix entityCode lastUsedAt revokedAt } } }';

describe.each(backends())('integrator API keys on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
  });
  afterAll(() => api?.close());

  const create = async (name: string, entity?: string) => (await api.gql(CREATE, { name, entity }, { token: coordinator })).data!.createApiKey;
  const asKey = (key: string, query: string, header: 'bearer' | 'x-api-key' = 'bearer') =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(header === 'bearer' ? { authorization: `Bearer ${key}` } : { 'x-api-key': key }) },
      body: JSON.stringify({ query }),
    }).then(async (r) => ({ status: r.status, ...((await r.json()) as { data?: any; errors?: any[] }) }));

  it('shows the key once and stores only its hash', async () => {
    const { key, apiKey } = await create('Sistema Nacional de Información');
    expect(key).toMatch(/^gj_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.slice(3, 15)).toBe(apiKey.prefix);
    const [row] = await api.dataSource.query(`SELECT key_hash FROM api_keys WHERE id = ${apiKey.id}`);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await api.dataSource.query('SELECT * FROM api_keys'))).not.toContain(key.slice(16));
    const listed = await api.gql('{ apiKeys { prefix } }', {}, { token: coordinator });
    expect(JSON.stringify(listed)).not.toContain(key.slice(16));
  });

  it('reads all entities with Authorization or X-API-Key, and records its last use', async () => {
    const { key, apiKey } = await create('Sistema de seguimiento de la PCM');
    for (const header of ['bearer', 'x-api-key'] as const) {
      const r = await asKey(key, '{ viewer { role } activities { code } }', header);
      expect(r.data).toMatchObject({ viewer: { role: 'INTEGRATOR' } });
      expect(r.data.activities).toHaveLength(19);
    }
    const listed = (await api.gql('{ apiKeys { id lastUsedAt } }', {}, { token: coordinator })).data!.apiKeys.find((k: { id: number }) => k.id === apiKey.id);
    expect(listed.lastUsedAt).not.toBeNull();
  });

  it('is scoped to one entity when created so', async () => {
    const { key } = await create('Sistema de CEPLAN', 'CEPLAN');
    const r = await asKey(key, '{ activities { code } consolidatedReport(asOf: "2024-06-30") { activities { code } } }');
    expect(r.data.activities).toEqual([{ code: '2.2' }]);
    expect(r.data.consolidatedReport.activities).toEqual([{ code: '2.2' }]);
    expect((await asKey(key, '{ activity(code: "1.1") { code } }')).data).toEqual({ activity: null });
  });

  it('is read-only', async () => {
    const { key } = await create('Sistema de solo lectura');
    const r = await asKey(
      key,
      `mutation { createExecution(activityCode: "1.1", input: { date: "2024-04-01", kind: EVENT, title: "No", modality: VIRTUAL }) { id } }`,
    );
    expect(r.errors![0].extensions.code).toBe('FORBIDDEN');
    const count = await api.dataSource.query('SELECT COUNT(*) AS n FROM executions');
    expect(Number(count[0].n)).toBe(0);
  });

  it('stops working as soon as it is revoked, with a clear 401', async () => {
    const { key, apiKey } = await create('Sistema a revocar');
    expect((await asKey(key, '{ planYears }')).status).toBe(200);
    await api.gql(`mutation { revokeApiKey(id: ${apiKey.id}) { revokedAt } }`, {}, { token: coordinator });
    const r = await asKey(key, '{ planYears }');
    expect(r.status).toBe(401);
    expect(r.errors![0]).toMatchObject({ message: 'La clave de API no es válida o fue revocada.', extensions: { reason: 'API_KEY_INVALID' } });
    const forged = await asKey(`${key.slice(0, -4)}AAAA`, '{ planYears }', 'x-api-key');
    expect(forged.status).toBe(401);
  });

  it('refuses bad names and entities in Spanish', async () => {
    expect((await api.gql(CREATE, { name: 'x' }, { token: coordinator })).errors![0]!.message).toBe(
      'El nombre de la clave debe tener entre 3 y 120 caracteres.',
    );
    expect((await api.gql(CREATE, { name: 'Sistema', entity: 'XYZ' }, { token: coordinator })).errors![0]!.message).toBe(
      'Entidad no válida: "XYZ". Use MIMP, PCM, MEF, OSCE, CGR, SERVIR o CEPLAN.',
    );
  });
});
