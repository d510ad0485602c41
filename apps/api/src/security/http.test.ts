/**
 * What every HTTP response carries and how per-credential limits key requests: the same security
 * headers on every kind of response; one bucket per account or key whatever the header's
 * spelling; a separate limit on downloads; Spanish 400s for bad export parameters; and no
 * spreadsheet formula in an export.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../report/report.export.js';
import { executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { startTestApi, TEST_RATE_LIMITS, type TestApi } from '../test/harness.js';

const ADMIN_ASSETS = fileURLToPath(new URL('../../../admin/dist/assets/', import.meta.url));

describe('security headers', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { rateLimits: TEST_RATE_LIMITS, hsts: true });
    token = await api.login('pcm@demo.gob.pe');
  });
  afterAll(() => api?.close());

  it('sends the same headers on the app, its assets, the API, downloads, errors and health', async () => {
    const asset = readdirSync(ADMIN_ASSETS).find((f) => f.endsWith('.js'));
    expect(asset, 'the web app must be built (turbo builds it before the tests)').toBeDefined();
    const auth = { authorization: `Bearer ${token}` };
    const requests: [string, RequestInit][] = [
      ['/', {}],
      ['/index.html', {}],
      ['/actividades/1.4', {}],
      [`/assets/${asset}`, {}],
      ['/assets/no-existe.js', {}],
      ['/healthz', {}],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ planYears }' }) }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer roto' }, body: '{}' }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' }],
      ['/api/exports/consolidated.xlsx?year=2024', { headers: auth }],
      ['/api/exports/consolidated.csv?view=nada', { headers: auth }],
      ['/api/exports/consolidated.csv', {}],
    ];
    for (const [path, init] of requests) {
      const response = await fetch(`${api.url}${path}`, init);
      const h = response.headers;
      const where = `${init.method ?? 'GET'} ${path} (${response.status})`;
      expect(h.get('content-security-policy'), where).toContain("frame-ancestors 'none'");
      expect(h.get('content-security-policy'), where).toContain("default-src 'self'");
      expect(h.get('x-content-type-options'), where).toBe('nosniff');
      expect(h.get('referrer-policy'), where).toBe('same-origin');
      expect(h.get('x-frame-options'), where).toBe('SAMEORIGIN');
      expect(h.get('strict-transport-security'), where).toMatch(/max-age=31536000/);
      expect(h.get('x-powered-by'), where).toBeNull();
      await response.arrayBuffer();
    }
  });
});

describe('per-credential limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite', { rateLimits: { ...TEST_RATE_LIMITS, perCredential: 6, exportsPerCredential: 2 } });
  });
  afterAll(() => api?.close());

  it('keeps one bucket per account whatever the spelling of its header', async () => {
    const token = await api.login('pcm@demo.gob.pe');
    const spellings = [`Bearer ${token}`, `bearer ${token}`, `BEARER   ${token}`, ` Bearer ${token} `, `Bearer\t${token}`, `Bearer ${token}`];
    for (const authorization of spellings) expect((await api.gql('{ planYears }', {}, { authorization })).status, JSON.stringify(authorization)).toBe(200);
    const limited = await api.gql('{ planYears }', {}, { authorization: `bEaReR ${token}` });
    expect(limited.status).toBe(429);
    expect(limited.errors![0]!.message).toMatch(/^Demasiadas solicitudes con esta credencial\. Espere \d+ (segundos?|minutos?) e intente nuevamente\.$/);
    // Another session of the same account shares the account's bucket.
    const other = await api.login('pcm@demo.gob.pe');
    expect((await api.gql('{ planYears }', {}, { token: other })).status).toBe(429);
    // Another account does not.
    expect((await api.gql('{ planYears }', {}, { token: await api.login('mimp@demo.gob.pe') })).status).toBe(200);
  });

  it('limits downloads separately from queries', async () => {
    const token = await api.login('ceplan@demo.gob.pe');
    const get = () => fetch(`${api.url}/api/exports/consolidated.csv?year=2024`, { headers: { authorization: `Bearer ${token}` } });
    expect((await get()).status).toBe(200);
    expect((await get()).status).toBe(200);
    const third = await get();
    expect(third.status).toBe(429);
    expect(((await third.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/^Demasiadas descargas seguidas\. Espere/);
  });
});

describe('export parameters', () => {
  let api: TestApi;
  let token: string;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    token = await api.login('coordinacion@demo.gob.pe');
  });
  afterAll(() => api?.close());

  it('answers 400 in Spanish for every malformed parameter, never 500', async () => {
    const cases: [string, RegExp][] = [
      ['consolidated.csv?view=constructor', /^Vista desconocida/],
      ['consolidated.csv?view=__proto__', /^Vista desconocida/],
      ['consolidated.csv?view=toString', /^Vista desconocida/],
      ['consolidated.csv?view=a&view=b', /^Vista desconocida/],
      ['consolidated.xlsx?year=0', /^El año no es válido/],
      ['consolidated.xlsx?year=99999', /^El año no es válido/],
      ['consolidated.xlsx?year=2024.5', /^El año no es válido/],
      ['consolidated.xlsx?year=abc', /^El año no es válido/],
      ['consolidated.xlsx?year=2024&year=2025', /^El año no es válido/],
      ['consolidated.xlsx?asOf=2024-02-30', /^La fecha de corte/],
      ['consolidated.xlsx?asOf=0001-01-01', /^La fecha de corte/],
      [`consolidated.xlsx?asOf=${'9'.repeat(5000)}`, /^La fecha de corte/],
      ['consolidated.xlsx?asOf=2024-06-30&asOf=2024-07-31', /^La fecha de corte/],
    ];
    for (const [path, message] of cases) {
      const response = await fetch(`${api.url}/api/exports/${path}`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status, path).toBe(400);
      expect(((await response.json()) as { error: string }).error, path).toMatch(message);
    }
  });

  it('answers GraphQL year and search limits in Spanish', async () => {
    for (const query of [
      '{ activities(year: 0) { code } }',
      '{ monthlySubmissions(year: -5) { month } }',
      '{ executions(year: 1) { totalCount } }',
      '{ consolidatedReport(year: 20240) { year } }',
    ]) {
      const r = await api.gql(query, {}, { token });
      expect(r.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message, query).toMatch(/^El año no es válido/);
    }
    const long = 'x'.repeat(50_000);
    for (const query of ['query ($s: String) { authorities(search: $s) { totalCount } }', 'query ($s: String) { governments(search: $s) { id } }']) {
      const r = await api.gql(query, { s: long }, { token });
      expect(r.errors?.[0]?.message, query).toBe('La búsqueda admite hasta 100 caracteres.');
    }
    const typed = await api.gql('query ($y: Int) { activities(year: $y) { code } }', { y: 'dos mil' }, { token });
    expect(typed.errors![0]).toMatchObject({ message: 'La variable $y tiene un valor no válido (se esperaba Int).', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('formulas in exports', () => {
  it('writes text that starts like a formula as text, and leaves numbers alone', () => {
    for (const text of ['=1+1', '+51 999 888 777', '-2+3', '@SUMA(A1)', '\t=1', '\r=1', '=HYPERLINK("http://x","y")'])
      expect(neutralizeFormula(text)).toBe(`'${text}`);
    for (const value of ['Curso de gestión', 'a=b', '', -5, 3.5, true]) expect(neutralizeFormula(value)).toBe(value);
  });
});

describe('aggregates for API keys', () => {
  let api: TestApi;
  let coordinator: string;
  let key: string;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
    coordinator = await api.login('coordinacion@demo.gob.pe');
    const viewer = await api.principal(coordinator);
    key = (await api.services.apiKeys.create(viewer, 'Sistema de estadística', null)).key;
    // Three regidoras of Ate and one gobernadora of Cusco: both cells are small enough to point at someone.
    const people = [
      ...(await seedAuthorities(api.dataSource, many(3, 'REGIDORA_DISTRITAL', '150103', 'Celda'))),
      ...(await seedAuthorities(api.dataSource, many(1, 'GOBERNADORA', '08', 'Sola'))),
    ];
    await api.gql(
      'mutation ($i: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.1", input: $i, participants: $p) { id } }',
      {
        i: executionInput('2024-05-14'),
        p: people.map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })),
      },
      { token: coordinator },
    );
  });
  afterAll(() => api?.close());

  const PROGRESS =
    '{ activity(code: "1.1") { progress(asOf: "2024-06-30") { achieved byOffice { office count suppressed } byDepartment { departmentCode count suppressed } } } }';

  it('gives people every figure, and keys the small cells reserved', async () => {
    const full = (await api.gql(PROGRESS, {}, { token: coordinator })).data!.activity.progress;
    expect(full.byDepartment).toEqual(
      expect.arrayContaining([
        { departmentCode: '15', count: 3, suppressed: false },
        { departmentCode: '08', count: 1, suppressed: false },
      ]),
    );
    const reserved = (await api.gql(PROGRESS, {}, { authorization: `Bearer ${key}` })).data!.activity.progress;
    expect(reserved.achieved).toBe(full.achieved);
    for (const cell of [...reserved.byOffice, ...reserved.byDepartment])
      expect(cell.count === null || cell.count === 0 || cell.count >= 5, JSON.stringify(cell)).toBe(true);
    expect(reserved.byDepartment).toEqual(
      expect.arrayContaining([
        { departmentCode: '15', count: null, suppressed: true },
        { departmentCode: '08', count: null, suppressed: true },
      ]),
    );
    const report = (
      await api.gql(
        '{ consolidatedReport(year: 2024, asOf: "2024-06-30") { byDepartment { key reached suppressed } } }',
        {},
        { authorization: `Bearer ${key}` },
      )
    ).data!.consolidatedReport;
    expect(report.byDepartment.filter((r: { reached: number | null }) => r.reached !== null && r.reached > 0 && r.reached < 5)).toEqual([]);
  });

  it('gives keys figures as of a month end, so two consecutive days cannot be compared', async () => {
    const at = async (asOf: string, auth: { token?: string; authorization?: string }) =>
      (await api.gql(`{ consolidatedReport(year: 2024, asOf: "${asOf}") { asOf totals { reachedAuthorities } } }`, {}, auth)).data!.consolidatedReport;
    const key14 = await at('2024-05-14', { authorization: `Bearer ${key}` });
    const key15 = await at('2024-05-15', { authorization: `Bearer ${key}` });
    expect(key14).toEqual(key15);
    expect(key14).toEqual({ asOf: '2024-04-30', totals: { reachedAuthorities: 0 } });
    expect((await at('2024-05-31', { authorization: `Bearer ${key}` })).asOf).toBe('2024-05-31');
    expect(await at('2024-05-14', { token: coordinator })).toEqual({ asOf: '2024-05-14', totals: { reachedAuthorities: 4 } });
    expect(await at('2024-05-13', { token: coordinator })).toEqual({ asOf: '2024-05-13', totals: { reachedAuthorities: 0 } });
  });
});
