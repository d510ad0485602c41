/**
 * No request may crash the process: the server as `npm start` runs it (192 MB heap, the demo's
 * 5,372 people and its executions) takes the requests that used to kill it — oversized queries
 * with variables and aliases, many at once, and XLSX files that inflate to hundreds of MB — and
 * answers each with a Spanish error while it keeps serving.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { xlsxBomb } from '../test/zip-bomb.js';
import { startServer, stopServer, type ServerProcess } from '../test/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'gj-crash-'));

describe('the started server under hostile requests', () => {
  let server: ServerProcess;
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: Record<string, any>; errors?: { message: string; extensions?: { code?: string } }[] },
    };
  };
  const login = async (email: string) =>
    (await gql('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD })).body.data!.login
      .token as string;
  const alive = async () => {
    expect(server.child.exitCode, server.output()).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  };

  beforeAll(async () => {
    server = await startServer(
      { DATABASE_URL: `sqlite:${join(dir, 'gj.sqlite')}`, GJ_RATE_LIMITS: 'perIp=100000,perCredential=100000' },
      { timeoutMs: 90_000 },
    );
  }, 120_000);
  afterAll(async () => {
    await stopServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the aliased participations query of the hostile test, sent many times at once', async () => {
    const pcm = await login('pcm@demo.gob.pe');
    const fields = 'nodes { execution { participants { outcome authority { id givenNames familyNames dni officeLabel } } } }';
    const query = `query ($n: Int!) { ${Array.from({ length: 15 }, (_, i) => `a${i}: participations(first: $n) { ${fields} }`).join(' ')} }`;
    const answers = await Promise.all(Array.from({ length: 12 }, () => gql(query, { n: 500 }, pcm)));
    for (const a of answers) {
      expect(a.status).toBe(400);
      expect(a.body.errors![0]!.extensions!.code).toBe('TOO_COMPLEX');
    }
    await alive();
  });

  it('serves the largest queries the limits allow, many at once, without running out of memory', async () => {
    const coordinator = await login('coordinacion@demo.gob.pe');
    const fields = 'nodes { execution { participants { outcome authority { id givenNames familyNames dni officeLabel } } } }';
    // Within the estimate: each answer is as large as the limits let it be, or stopped with one error.
    const query = `query ($n: Int!) { ${Array.from({ length: 8 }, (_, i) => `a${i}: participations(first: $n) { ${fields} }`).join(' ')} }`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => gql(query, { n: 7 }, coordinator)));
    for (const a of answers) {
      if (a.body.errors) expect(a.body.errors.map((e) => e.extensions?.code)).toEqual(['TOO_COMPLEX']);
      else expect(Object.keys(a.body.data!)).toHaveLength(8);
    }
    await alive();
  }, 60_000);

  it('refuses XLSX files that inflate to hundreds of MB, in both imports, and keeps serving', async () => {
    const coordinator = await login('coordinacion@demo.gob.pe');
    const execution = (await gql('{ executions(first: 1) { nodes { id } } }', {}, coordinator)).body.data!.executions.nodes[0].id as number;
    for (const lieAboutSize of [false, true]) {
      const content = (await xlsxBomb(400 * 1024 * 1024, { lieAboutSize })).toString('base64');
      const answers = await Promise.all([
        gql('mutation ($c: String!) { importAuthorities(fileName: "registro.xlsx", contentBase64: $c) { created } }', { c: content }, coordinator),
        gql(
          `mutation ($c: String!) { importParticipants(executionId: ${execution}, fileName: "p.xlsx", contentBase64: $c) { inserted } }`,
          { c: content },
          coordinator,
        ),
        gql(
          `mutation ($c: String!) { importParticipants(executionId: ${execution}, fileName: "p.xlsx", contentBase64: $c) { inserted } }`,
          { c: content },
          coordinator,
        ),
      ]);
      for (const a of answers) {
        expect(a.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
        expect(a.body.errors![0]!.message).toMatch(/^El archivo (Excel es demasiado grande una vez descomprimido|tiene una celda de más de 1,000 caracteres)/);
      }
    }
    await alive();
  }, 120_000);
});
