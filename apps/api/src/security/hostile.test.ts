/**
 * Hostile input: each attempt gets a clear error and writes nothing (the database is compared
 * before and after).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTERNAL_MESSAGE } from '../common/hardening.js';
import { executionInput, government, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, TEST_RATE_LIMITS, TEST_TOKEN_SECRET, type TestApi } from '../test/harness.js';

const TABLES = [
  'accounts',
  'api_keys',
  'authorities',
  'executions',
  'participations',
  'monthly_submissions',
  'audit_entries',
  'activities',
  'governments',
  'register_reviews',
  'month_narratives',
  'month_review_comments',
  'evidence_files',
];

async function snapshot(api: TestApi): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of TABLES) {
    const rows: Record<string, unknown>[] = await api.dataSource.query(`SELECT * FROM ${table} ORDER BY id`);
    // A key's last use, sign-ins and reads of personal data are recorded by design, even when what was attempted was refused.
    const kept = table === 'audit_entries' ? rows.filter((r) => !String(r.action).startsWith('auth.') && r.action !== 'personalData.read') : rows;
    result[table] = JSON.stringify(kept.map(({ last_used_at: _lastUse, ...row }) => row));
  }
  return result;
}

describe.each(backends())('hostile input on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;
  let osce: string;
  let integratorKey: string;
  let executionId: number;
  let authorityId: number;
  let before: Record<string, string>;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    osce = await api.login('osce@demo.gob.pe');
    const coordinatorViewer = await api.principal(coordinator);
    integratorKey = (await api.services.apiKeys.create(coordinatorViewer, 'Integrador hostil', null)).key;
    authorityId = (await seedAuthorities(api.dataSource, many(1, 'REGIDORA_DISTRITAL', '150103', 'Regidora', 63000001)))[0]!;
    executionId = (
      await api.gql(
        'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", input: $i) { id } }',
        { i: executionInput('2024-05-02') },
        { token: pcm },
      )
    ).data!.createExecution.id;
    before = await snapshot(api);
  });
  afterAll(() => api?.close());

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const firstError = async (query: string, variables: Record<string, unknown> = {}, token = coordinator) =>
    (await api.gql(query, variables, { token })).errors?.[0];

  it('refuses deep queries, alias bombs, too many tokens and directives', async () => {
    const deepest = '{ activity(code: "1.4") { executions { participants { authority { government { name } } } } } }';
    expect((await api.gql(deepest, {}, { token: coordinator })).errors).toBeUndefined();
    const tooDeep = '{ activity(code: "1.4") { executions { participants { authority { government { department { code } } } } } } }';
    expect(await firstError(tooDeep)).toMatchObject({ message: 'La consulta es demasiado profunda: admite hasta 6 niveles.' });
    const viaFragments =
      'fragment G on Government { department { code } } { activity(code: "1.4") { executions { participants { authority { government { ...G } } } } } }';
    expect((await firstError(viaFragments))?.message).toBe('La consulta es demasiado profunda: admite hasta 6 niveles.');
    const aliases = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: planYears`).join(' ')} }`;
    expect((await firstError(aliases))?.message).toBe('La consulta tiene demasiados alias: admite hasta 15.');
    const tokens = `{ ${Array.from({ length: 3500 }, () => '__typename').join(' ')} }`;
    const tokenLimit = await api.gql(tokens, {}, { token: coordinator });
    expect(tokenLimit.status).toBe(400);
    expect(tokenLimit.errors![0]!.message).toBe('La consulta es demasiado larga: admite hasta 3000 símbolos.');
    const directives = `{ planYears ${'@include(if: true) '.repeat(50)} }`;
    expect((await firstError(directives))?.message).toBe('La consulta tiene demasiadas directivas: admite hasta 20.');
  });

  it('refuses wrong types and unknown fields', async () => {
    expect((await firstError('{ activity(code: 123) { code } }'))?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await firstError('query ($y: Int) { activities(year: $y) { code } }', { y: 'dos mil' }))?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await firstError('{ activities { password } }'))?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await firstError('{ activities { code }'))?.message).toMatch(/^Syntax Error/);
  });

  it('refuses huge strings with a clear message', async () => {
    const title = 'x'.repeat(1_000_000);
    const e = await firstError(
      'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", input: $i) { id } }',
      { i: executionInput('2024-05-03', { title }) },
      pcm,
    );
    expect(e?.message).toBe('El título debe tener entre 3 y 300 caracteres.');
    const huge = await post({ query: '{ planYears }', variables: { pad: 'x'.repeat(13 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toEqual({ errors: [{ message: 'La solicitud es demasiado grande (máximo 12 MB).', extensions: { code: 'BAD_REQUEST' } }] });
    const malformed = await post('{"query": ');
    expect(malformed.status).toBe(400);
  });

  it('treats SQL-looking text as text', async () => {
    const search = await api.gql(`{ authorities(search: "' OR 1=1 --") { totalCount } }`, {}, { token: coordinator });
    expect(search.data!.authorities.totalCount).toBe(0);
    const dni = await api.gql(`{ authorities(dni: "1' OR '1'='1") { totalCount } }`, {}, { token: coordinator });
    expect(dni.data!.authorities.totalCount).toBe(0);
    const code = await api.gql(`{ activity(code: "1.4' OR '1'='1") { code } }`, {}, { token: coordinator });
    expect(code.data).toEqual({ activity: null });
    const audit = await api.gql(`{ auditTrail(actorEmail: "x' OR 1=1 --") { totalCount } }`, {}, { token: coordinator });
    expect(audit.data!.auditTrail.totalCount).toBe(0);
  });

  it('refuses forged, expired and malformed credentials, and revoked keys', async () => {
    const key = new TextEncoder().encode(TEST_TOKEN_SECRET);
    const now = Math.floor(Date.now() / 1000);
    const forged = [
      new UnsecuredJWT({}).setSubject('1').setIssuer('gobernando-juntas').setAudience('gobernando-juntas-api').setExpirationTime('1h').encode(),
      await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('1')
        .setIssuer('gobernando-juntas')
        .setAudience('otra')
        .setExpirationTime('1h')
        .sign(key),
      await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('1')
        .setIssuer('gobernando-juntas')
        .setAudience('gobernando-juntas-api')
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode('x'.repeat(48))),
      await new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('1')
        .setIssuer('gobernando-juntas')
        .setAudience('gobernando-juntas-api')
        .setIssuedAt(now - 7200)
        .setExpirationTime(now - 3600)
        .sign(key),
      'gj_AAAAAAAAAAAA_' + 'A'.repeat(43),
    ];
    for (const token of forged) {
      const r = await api.gql(
        'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", input: $i) { id } }',
        { i: executionInput('2024-05-04') },
        { token },
      );
      expect(r.status).toBe(401);
      expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });

  it('refuses every mutation to every role that may not use it', async () => {
    const matrix = readFileSync(fileURLToPath(new URL('../../../../docs/PERMISSIONS.md', import.meta.url)), 'utf8');
    const roles = { coordinator, pcm, osce, integrator: integratorKey } as const;
    const columns = ['anonymous', 'coordinator', 'pcm', 'osce', 'integrator'] as const;
    const ateId = (await government(api.dataSource, '150103')).id;
    const calls: Record<string, [string, Record<string, unknown>]> = {
      createExecution: ['mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", input: $i) { id } }', { i: executionInput('2024-05-05') }],
      updateExecution: [
        `mutation ($i: ExecutionInput!) { updateExecution(id: ${executionId}, version: 1, input: $i) { id } }`,
        { i: executionInput('2024-05-06') },
      ],
      deleteExecution: [`mutation { deleteExecution(id: ${executionId}) }`, {}],
      addParticipants: [
        `mutation { addParticipants(executionId: ${executionId}, participants: [{ authorityId: ${authorityId}, outcome: COMPLETED }]) { id } }`,
        {},
      ],
      removeParticipants: [`mutation { removeParticipants(executionId: ${executionId}, authorityIds: [${authorityId}]) { id } }`, {}],
      importParticipants: [
        `mutation ($c: String!) { importParticipants(executionId: ${executionId}, fileName: "p.csv", contentBase64: $c) { inserted } }`,
        { c: Buffer.from('dni,resultado\n63000001,Culminó').toString('base64') },
      ],
      createAuthority: [
        'mutation ($i: AuthorityInput!) { createAuthority(input: $i) { id } }',
        { i: { givenNames: 'No', familyNames: 'Permitida', office: 'REGIDORA_DISTRITAL', governmentId: ateId } },
      ],
      updateAuthority: [
        `mutation ($i: AuthorityInput!) { updateAuthority(id: ${authorityId}, input: $i) { id } }`,
        { i: { givenNames: 'No', familyNames: 'Permitida', office: 'REGIDORA_DISTRITAL', governmentId: ateId } },
      ],
      setAuthorityActive: [`mutation { setAuthorityActive(id: ${authorityId}, active: false) { id } }`, {}],
      resolveDuplicate: [`mutation { resolveDuplicate(id: ${authorityId}, merge: true) { id } }`, {}],
      importAuthorities: [
        'mutation ($c: String!) { importAuthorities(fileName: "r.csv", contentBase64: $c) { created } }',
        { c: Buffer.from('nombres,apellidos,cargo,ubigeo\nNo,Permitida,Regidora distrital,150103').toString('base64') },
      ],
      submitMonth: ['mutation { submitMonth(year: 2024, month: 5) { status } }', {}],
      saveMonthNarrative: [
        'mutation { saveMonthNarrative(year: 2024, month: 5, entries: [{ activityCode: "1.4", achievements: "Intrusa" }]) { version } }',
        {},
      ],
      deleteEvidence: ['mutation { deleteEvidence(id: 1) }', {}],
      approveMonth: ['mutation { approveMonth(entityCode: "PCM", year: 2024, month: 5) { status } }', {}],
      returnMonth: ['mutation { returnMonth(entityCode: "PCM", year: 2024, month: 5, comment: "x") { status } }', {}],
      reopenMonth: ['mutation { reopenMonth(entityCode: "PCM", year: 2024, month: 5, comment: "x") { status } }', {}],
      createAccount: ['mutation { createAccount(email: "intruso@demo.gob.pe", role: COORDINATOR, password: "una-clave-larga-2024") { id } }', {}],
      setAccountActive: ['mutation { setAccountActive(email: "coordinacion@demo.gob.pe", active: false) { id } }', {}],
      createApiKey: ['mutation { createApiKey(name: "Intrusa") { key } }', {}],
      revokeApiKey: ['mutation { revokeApiKey(id: 1) { id } }', {}],
      logout: ['mutation { logout }', {}],
      markNoticesRead: ['mutation { markNoticesRead(ids: [1]) }', {}],
      markAllNoticesRead: ['mutation { markAllNoticesRead }', {}],
      resolveRegisterReview: ['mutation { resolveRegisterReview(id: 1, apply: true) { id } }', {}],
      createPlan: ['mutation { createPlan(year: 2090, copyFrom: 2024) { year } }', {}],
      updatePlan: ['mutation ($i: PlanInput!) { updatePlan(year: 2024, input: $i) { year } }', { i: { title: 'Intrusa', objectives: [] } }],
      savePlanActivity: [
        'mutation ($i: PlanActivityInput!) { savePlanActivity(year: 2024, input: $i) { year } }',
        {
          i: {
            code: '1.1',
            objective: '1',
            name: 'Intrusa',
            responsibleUnits: ['SD'],
            target: { value: 1, unit: 'COUNT', counted: 'ACTIONS' },
            plannedMonths: [1],
            rule: { kind: 'ACTION_COUNT' },
          },
        },
      ],
      deletePlanActivity: ['mutation { deletePlanActivity(year: 2024, code: "1.4") { year } }', {}],
      importPlan: ['mutation ($c: String!) { importPlan(year: 2090, fileName: "p.xlsx", contentBase64: $c) { errors { message } } }', { c: '' }],
      publishPlan: ['mutation { publishPlan(year: 2024) { year } }', {}],
      reprogramActivity: [
        'mutation ($i: ReprogrammingInput!) { reprogramActivity(year: 2024, code: "1.4", input: $i) { code } }',
        { i: { targetValue: 1, reason: 'Intento sin permiso.', document: 'Ninguno válido', effectiveDate: '2024-07-01' } },
      ],
      closePlan: ['mutation { closePlan(year: 2024) { year } }', {}],
      createEntity: ['mutation { createEntity(code: "INTRUSA", name: "Entidad intrusa") { code } }', {}],
      setCensus: ['mutation { setCensus(termStart: 2023, source: "Censo intruso", counts: []) { source } }', {}],
      createUnit: ['mutation { createUnit(entityCode: "PCM", code: "INTRUSA", name: "Unidad intrusa") { code } }', {}],
    };
    let attempts = 0;
    for (const line of matrix.split('\n').filter((l) => l.startsWith('| `Mutation.'))) {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      const mutation = cells[0]!.replace(/`|Mutation\./g, '');
      if (mutation === 'login') continue;
      const call = calls[mutation];
      expect(call, `a hostile call for ${mutation}`).toBeDefined();
      for (const [i, column] of columns.entries()) {
        const expected = cells[i + 1]!;
        if (expected === 'ok') continue;
        const token = column === 'anonymous' ? undefined : roles[column];
        const r = await api.gql(call![0], call![1], { token });
        expect(r.errors?.[0]?.extensions?.code, `${mutation} as ${column}`).toBe(expected);
        attempts += 1;
      }
    }
    expect(attempts).toBeGreaterThan(50);
  });

  it('wrote nothing during all of the above', async () => {
    const after = await snapshot(api);
    for (const table of TABLES) expect(after[table], table).toEqual(before[table]);
  });

  it('refuses batched requests and cross-site form posts', async () => {
    const batch = await post([{ query: '{ planYears }' }, { query: '{ planYears }' }]);
    expect(batch.status).toBe(400);
    const form = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ planYears }' }),
    });
    expect(form.status).toBe(400);
    const simpleGet = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ planYears }')}`);
    expect(simpleGet.status).toBe(400);
  });
});

describe('production mode', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { production: true, rateLimits: TEST_RATE_LIMITS });
  });
  afterAll(() => api?.close());

  it('turns introspection and the landing page off, and masks internal errors', async () => {
    const introspection = await api.gql('{ __schema { types { name } } }');
    expect(introspection.errors![0]!.message).toMatch(/introspection/i);
    const landing = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html', 'apollo-require-preflight': '1' } });
    expect(await landing.text()).not.toMatch(/<html|sandbox|embeddable/i);
    const suggestion = await api.gql('{ activitie { code } }');
    expect(JSON.stringify(suggestion.errors)).not.toMatch(/Did you mean/);
    // An unexpected failure (a table gone) must not reveal SQL, tables or stacks.
    await api.services.accounts.create({ email: 'coordinadora@mimp.gob.pe', password: 'lapiz-tortuga-nube-carreta', role: 'COORDINATOR', entity: 'MIMP' });
    const token = await api.login('coordinadora@mimp.gob.pe', 'lapiz-tortuga-nube-carreta');
    await api.dataSource.query('DROP TABLE audit_entries');
    const broken = await api.gql('{ auditTrail { totalCount } }', {}, { token });
    expect(broken.errors).toEqual([{ message: INTERNAL_MESSAGE, path: ['auditTrail'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
  });
});

describe('rate limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { rateLimits: { ...TEST_RATE_LIMITS, perIp: 40 } });
  });
  afterAll(() => api?.close());

  it('answers 429 past the per-address limit with the real wait', async () => {
    let last: Awaited<ReturnType<TestApi['gql']>> | undefined;
    for (let i = 0; i < 45 && last?.status !== 429; i++) last = await api.gql('{ planYears }');
    expect(last!.status).toBe(429);
    expect(last!.errors![0]!.message).toMatch(/^Demasiadas solicitudes desde su dirección\. Espere \d+ (segundos?|minutos?) e intente nuevamente\.$/);
  });
});
