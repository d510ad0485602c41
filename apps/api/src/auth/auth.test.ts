import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '../common/errors.js';
import { backends, startTestApi, TEST_TOKEN_SECRET, type TestApi } from '../test/harness.js';
import { DEMO_PASSWORD } from './demo-accounts.js';
import { TokenService } from './token.service.js';

const LOGIN =
  'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token expiresAt viewer { email role entity { code } } } }';
const VIEWER = '{ viewer { email role entity { code name } } }';
const key = new TextEncoder().encode(TEST_TOKEN_SECRET);

describe.each(backends())('authentication on %s', (backend) => {
  let api: TestApi;
  const logged: string[] = [];

  beforeAll(async () => {
    api = await startTestApi(backend);
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await api?.close();
  });
  afterEach(() => {
    // Nothing secret may reach a log: neither the password nor any token.
    for (const line of logged) {
      expect(line).not.toContain(DEMO_PASSWORD);
      expect(line).not.toMatch(/eyJ[\w-]+\.[\w-]+\./);
    }
  });

  it('signs a focal point in and identifies it', async () => {
    const result = await api.gql(LOGIN, { email: ' PCM@demo.gob.pe ', password: DEMO_PASSWORD });
    expect(result.errors).toBeUndefined();
    expect(result.data!.login.viewer).toEqual({ email: 'pcm@demo.gob.pe', role: 'FOCAL_POINT', entity: { code: 'PCM' } });
    expect(new Date(result.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const viewer = await api.gql(VIEWER, {}, { token: result.data!.login.token });
    expect(viewer.data!.viewer).toMatchObject({ email: 'pcm@demo.gob.pe', entity: { code: 'PCM', name: 'Presidencia del Consejo de Ministros' } });
  });

  it('gives the same answer for a wrong password and an unknown account', async () => {
    const wrong = await api.gql(LOGIN, { email: 'pcm@demo.gob.pe', password: 'otra-clave-incorrecta' });
    const unknown = await api.gql(LOGIN, { email: 'nadie@demo.gob.pe', password: 'otra-clave-incorrecta' });
    expect(wrong.errors![0]!.message).toBe(MESSAGES.wrongCredentials);
    expect(unknown.errors).toEqual(wrong.errors);
    expect(wrong.data).toBeNull();
  });

  it('refuses a disabled account as it refuses a wrong password, and ends its tokens for good', async () => {
    const token = await api.login('cgr@demo.gob.pe');
    await api.services.accounts.setActive('cgr@demo.gob.pe', false);
    const login = await api.gql(LOGIN, { email: 'cgr@demo.gob.pe', password: DEMO_PASSWORD });
    const wrong = await api.gql(LOGIN, { email: 'cgr@demo.gob.pe', password: 'otra-clave-incorrecta' });
    expect(login.errors).toEqual(wrong.errors);
    expect(login.errors![0]!.message).toBe(MESSAGES.wrongCredentials);
    const reuse = await api.gql(VIEWER, {}, { token });
    expect(reuse.status).toBe(401);
    expect(reuse.errors![0]!.message).toBe(MESSAGES.accountGone);
    // Enabling the account again does not bring back tokens issued before it was disabled.
    await api.services.accounts.setActive('cgr@demo.gob.pe', true);
    expect((await api.gql(VIEWER, {}, { token })).status).toBe(401);
    const fresh = await api.login('cgr@demo.gob.pe');
    expect((await api.gql(VIEWER, {}, { token: fresh })).data!.viewer.email).toBe('cgr@demo.gob.pe');
  });

  it('ends the session of a token on sign-out, and only that one', async () => {
    const phone = await api.login('servir@demo.gob.pe');
    const desktop = await api.login('servir@demo.gob.pe');
    const out = await api.gql('mutation { logout }', {}, { token: phone });
    expect(out.data).toEqual({ logout: true });
    const reuse = await api.gql(VIEWER, {}, { token: phone });
    expect(reuse.status).toBe(401);
    expect(reuse.errors![0]!.message).toBe(MESSAGES.accountGone);
    expect((await api.gql(VIEWER, {}, { token: desktop })).data!.viewer.email).toBe('servir@demo.gob.pe');
    expect((await api.gql('mutation { logout }')).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('is anonymous without a header', async () => {
    expect(await api.gql(VIEWER)).toEqual({ status: 200, data: { viewer: null } });
  });

  const bad = async (authorization: string) => {
    const result = await api.gql(VIEWER, {}, { authorization });
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    return { message: result.errors![0]!.message, reason: result.errors![0]!.extensions!.reason };
  };

  it('says when a session has expired', async () => {
    const expired = await new TokenService(TEST_TOKEN_SECRET, -60).sign(1, 0);
    expect(await bad(`Bearer ${expired.token}`)).toEqual({ message: MESSAGES.sessionExpired, reason: 'TOKEN_EXPIRED' });
  });

  it('refuses malformed headers and tokens', async () => {
    expect(await bad('Token abc')).toEqual({ message: MESSAGES.malformedHeader, reason: 'MALFORMED_HEADER' });
    expect(await bad('Bearer not-a-jwt')).toEqual({ message: MESSAGES.invalidToken, reason: 'TOKEN_INVALID' });
  });

  it('refuses forged tokens: another key, alg none, wrong audience or issuer, unknown subject', async () => {
    const sign = (secret: string, audience = 'gobernando-juntas-api', issuer = 'gobernando-juntas', sub = '1') =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setExpirationTime('1h')
        .sign(new TextEncoder().encode(secret));
    const forged = [
      await sign('another-secret-of-sufficient-length-000000'),
      new UnsecuredJWT({}).setSubject('1').setIssuer('gobernando-juntas').setAudience('gobernando-juntas-api').setExpirationTime('1h').encode(),
      await sign(TEST_TOKEN_SECRET, 'other-audience'),
      await sign(TEST_TOKEN_SECRET, 'gobernando-juntas-api', 'other-issuer'),
    ];
    for (const token of forged) expect((await bad(`Bearer ${token}`)).reason).toBe('TOKEN_INVALID');
    const ghost = await new SignJWT({ sv: 0 })
      .setJti('00000000-0000-0000-0000-000000000000')
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('99999')
      .setIssuer('gobernando-juntas')
      .setAudience('gobernando-juntas-api')
      .setExpirationTime('1h')
      .sign(key);
    expect((await bad(`Bearer ${ghost}`)).reason).toBe('ACCOUNT_INACTIVE');
  });
});
