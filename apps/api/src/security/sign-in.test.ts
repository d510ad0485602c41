/**
 * Password guessing is limited where sign-in happens, so every way of writing the request counts;
 * only failures count (an office behind one proxy signing in correctly is never locked out); the
 * wait announced is the real one; and every attempt leaves a trace.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { MESSAGES } from '../common/errors.js';
import { startTestApi, TEST_RATE_LIMITS, type TestApi } from '../test/harness.js';

const WRONG = 'una-clave-que-no-es';

/** Every spelling of a sign-in attempt the hostile test used, and more; `n` attempts per request where aliases allow. */
function spellings(email: string, password: string): { name: string; body: Record<string, unknown>; attempts: number }[] {
  const args = `email: "${email}", password: "${password}"`;
  const query = `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
  return [
    { name: 'plain', body: { query: `mutation { login(${args}) { token } }` }, attempts: 1 },
    { name: 'variables', body: { query, variables: { e: email, p: password } }, attempts: 1 },
    { name: 'comma before the parenthesis', body: { query: `mutation { login,(${args}) { token } }` }, attempts: 1 },
    { name: 'comment and newline', body: { query: `mutation { login #\n(${args}) { token } }` }, attempts: 1 },
    // A failed login nulls the whole mutation, so later aliases never run: one attempt per request.
    { name: 'aliases', body: { query: `mutation { a: login(${args}) { token } b: login(${args}) { token } c: login(${args}) { token } }` }, attempts: 1 },
    { name: 'fragment', body: { query: `mutation { ...F } fragment F on Mutation { login(${args}) { token } }` }, attempts: 1 },
    { name: 'named operation', body: { query: `mutation Entrar { login(${args}) { token } }`, operationName: 'Entrar' }, attempts: 1 },
  ];
}

async function post(api: TestApi, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  };
}

describe('sign-in limits', () => {
  let api: TestApi;
  const limits = { ...TEST_RATE_LIMITS, loginFailuresPerAccount: 5, loginFailuresPerIp: 12 };

  beforeAll(async () => {
    api = await startTestApi('sqlite', { rateLimits: limits, trustProxy: 'loopback' });
  });
  afterAll(() => api?.close());

  it('counts failures of an account however the request is written, then refuses even the right password with the real wait', async () => {
    for (const { name, body, attempts } of spellings('pcm@demo.gob.pe', WRONG)) {
      const email = `${name.replace(/\W/g, '')}@demo.gob.pe`;
      await api.services.accounts.create({ email, password: DEMO_PASSWORD, role: 'FOCAL_POINT', entity: 'PCM' }, undefined, { demo: true });
      const probe = JSON.parse(JSON.stringify(body).replaceAll('pcm@demo.gob.pe', email)) as Record<string, unknown>;
      let sent = 0;
      // Each request comes from its own address: the per-account limit alone must stop it.
      for (let i = 0; sent < limits.loginFailuresPerAccount; i++) {
        const r = await post(api, probe, { 'x-forwarded-for': `203.0.113.${i + 1}` });
        expect(r.body.errors?.[0]?.message, name).toBe(MESSAGES.wrongCredentials);
        sent += attempts;
      }
      const right = await post(
        api,
        { query: `mutation { login(email: "${email}", password: "${DEMO_PASSWORD}") { token } }` },
        { 'x-forwarded-for': '203.0.113.200' },
      );
      expect(right.status, name).toBe(429);
      expect(right.body.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
      const seconds = Number(right.body.errors![0]!.extensions!.retryAfterSeconds);
      expect(seconds).toBeGreaterThan(14 * 60);
      expect(seconds).toBeLessThanOrEqual(15 * 60);
      expect(Number(right.retryAfter)).toBe(seconds);
      expect(right.body.errors![0]!.message).toBe(
        `Demasiados intentos fallidos de inicio de sesión. Espere ${Math.ceil(seconds / 60)} minutos e intente nuevamente.`,
      );
    }
  });

  it('counts a persisted query sent by its hash', async () => {
    await api.services.accounts.create({ email: 'persistida@demo.gob.pe', password: DEMO_PASSWORD, role: 'FOCAL_POINT', entity: 'PCM' }, undefined, {
      demo: true,
    });
    const query = 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const variables = { e: 'persistida@demo.gob.pe', p: WRONG };
    await post(api, { query, variables, extensions }, { 'x-forwarded-for': '198.51.100.1' });
    for (let i = 1; i < limits.loginFailuresPerAccount; i++) {
      const r = await post(api, { variables, extensions }, { 'x-forwarded-for': `198.51.100.${i + 1}` });
      expect(r.body.errors?.[0]?.message).toBe(MESSAGES.wrongCredentials);
    }
    const r = await post(api, { variables: { ...variables, p: DEMO_PASSWORD }, extensions }, { 'x-forwarded-for': '198.51.100.99' });
    expect(r.status).toBe(429);
  });

  it('counts failures per address across accounts, and reads the address behind a trusted proxy', async () => {
    const from = (ip: string, email: string, password = WRONG) =>
      post(api, { query: `mutation { login(email: "${email}", password: "${password}") { token } }` }, { 'x-forwarded-for': ip });
    for (let i = 0; i < limits.loginFailuresPerIp; i++) expect((await from('192.0.2.7', `persona${i}@pcm.gob.pe`)).status).toBe(401);
    const blocked = await from('192.0.2.7', 'mimp@demo.gob.pe', DEMO_PASSWORD);
    expect(blocked.status).toBe(429);
    // Another address behind the same proxy is not affected.
    expect((await from('192.0.2.8', 'mimp@demo.gob.pe', DEMO_PASSWORD)).status).toBe(200);
  });

  it('never counts successful sign-ins: a whole office behind one address signs in all day', async () => {
    for (let i = 0; i < 3 * limits.loginFailuresPerIp; i++) {
      const r = await post(
        api,
        { query: `mutation { login(email: "ceplan@demo.gob.pe", password: "${DEMO_PASSWORD}") { token } }` },
        { 'x-forwarded-for': '192.0.2.50' },
      );
      expect(r.status).toBe(200);
    }
  });

  it('records every attempt in the audit trail, with the address and why it failed', async () => {
    await post(api, { query: `mutation { login(email: "osce@demo.gob.pe", password: "${WRONG}") { token } }` }, { 'x-forwarded-for': '192.0.2.60' });
    await post(api, { query: `mutation { login(email: "nadie@pcm.gob.pe", password: "${WRONG}") { token } }` }, { 'x-forwarded-for': '192.0.2.61' });
    await post(api, { query: `mutation { login(email: "osce@demo.gob.pe", password: "${DEMO_PASSWORD}") { token } }` }, { 'x-forwarded-for': '192.0.2.62' });
    const rows: { action: string; actor_email: string; after: string }[] = await api.dataSource.query(
      "SELECT action, actor_email, after FROM audit_entries WHERE action LIKE 'auth.%' ORDER BY id DESC LIMIT 3",
    );
    expect(rows.map((r) => [r.action, r.actor_email, JSON.parse(r.after)])).toEqual([
      ['auth.login', 'osce@demo.gob.pe', { ip: '192.0.2.62' }],
      ['auth.loginFailed', 'anonimo', { email: 'nadie@pcm.gob.pe', ip: '192.0.2.61', reason: 'UNKNOWN_ACCOUNT' }],
      ['auth.loginFailed', 'osce@demo.gob.pe', { email: 'osce@demo.gob.pe', ip: '192.0.2.60', reason: 'WRONG_PASSWORD' }],
    ]);
  });
});

describe('sign-in without a trusted proxy', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { rateLimits: { ...TEST_RATE_LIMITS, loginFailuresPerIp: 3 } });
  });
  afterAll(() => api?.close());

  it('ignores X-Forwarded-For, so a client cannot pick a new address per attempt', async () => {
    for (let i = 0; i < 3; i++)
      await post(api, { query: `mutation { login(email: "x${i}@pcm.gob.pe", password: "${WRONG}") { token } }` }, { 'x-forwarded-for': `203.0.113.${i}` });
    const r = await post(
      api,
      { query: `mutation { login(email: "pcm@demo.gob.pe", password: "${DEMO_PASSWORD}") { token } }` },
      { 'x-forwarded-for': '203.0.113.99' },
    );
    expect(r.status).toBe(429);
  });
});
