/**
 * The weight budget, measured as a browser gets it: the built API serves the built app, Chromium
 * opens each route with an empty cache as the role that uses it, and the JavaScript bytes that
 * crossed the wire (compressed, as the Chrome DevTools Protocol counts them) are added up.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_BYTES, measure } from '../scripts/check-bundle-size.mjs';
import { launchBrowser, openPage, signIn, startApi, type RunningApi } from './harness.mjs';

const COORDINATION = 'coordinacion@demo.gob.pe';
const FOCAL_POINT = 'pcm@demo.gob.pe';

/** Each route's first load, as who opens it (null: signed out). */
const ROUTES: { path: string; as: string | null }[] = [
  { path: '/ingresar', as: null },
  { path: '/panel', as: COORDINATION },
  { path: '/reporte', as: COORDINATION },
  { path: '/validacion', as: COORDINATION },
  { path: '/registro', as: COORDINATION },
  { path: '/planes', as: COORDINATION },
  { path: '/auditoria', as: COORDINATION },
  { path: '/cuentas', as: COORDINATION },
  { path: '/actividades', as: FOCAL_POINT },
  { path: '/actividades/1.4', as: FOCAL_POINT },
  { path: '/reporte-mensual', as: FOCAL_POINT },
];

interface Transfer {
  url: string;
  kind: 'js' | 'css' | 'other';
  encoding: string;
  cacheControl: string;
  vary: string;
  /** Bytes of the body as received, i.e. compressed (CDP's encodedDataLength less the headers). */
  body: number;
  /** Bytes received, headers included. */
  wire: number;
}

/** Opens `path` in `page` (cache disabled: an empty cache each time) and returns every response of that load, once per URL. */
async function firstLoad(page: Page, cdp: CDPSession, baseUrl: string, path: string): Promise<Transfer[]> {
  const seen = new Map<string, Omit<Transfer, 'wire' | 'body'> & { headerBytes: number }>();
  const done: Transfer[] = [];
  const onResponse = ({
    requestId,
    response,
  }: {
    requestId: string;
    response: { url: string; mimeType: string; headers: Record<string, string>; encodedDataLength: number };
  }) => {
    const header = (name: string) => Object.entries(response.headers).find(([k]) => k.toLowerCase() === name)?.[1] ?? '';
    const kind = /javascript/.test(response.mimeType) || /\.m?js(\?|$)/.test(response.url) ? 'js' : /css/.test(response.mimeType) ? 'css' : 'other';
    // At this point encodedDataLength counts the headers only.
    seen.set(requestId, {
      url: response.url,
      kind,
      encoding: header('content-encoding'),
      cacheControl: header('cache-control'),
      vary: header('vary'),
      headerBytes: response.encodedDataLength,
    });
  };
  const onFinished = ({ requestId, encodedDataLength }: { requestId: string; encodedDataLength: number }) => {
    const response = seen.get(requestId);
    if (!response) return;
    const { headerBytes, ...rest } = response;
    done.push({ ...rest, body: encodedDataLength - headerBytes, wire: encodedDataLength });
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  try {
    await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
    // Lazy pages and the charts they open count too: wait until nothing more is requested.
    await page.waitForLoadState('networkidle');
    expect(new URL(page.url()).pathname, `${path} stays open`).toBe(path);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
  } finally {
    cdp.off('Network.responseReceived', onResponse);
    cdp.off('Network.loadingFinished', onFinished);
  }
  // With the cache off Chromium may fetch a modulepreloaded chunk twice; a real empty cache would not.
  const byUrl = new Map<string, Transfer>();
  for (const t of done) if ((byUrl.get(t.url)?.wire ?? -1) < t.wire) byUrl.set(t.url, t);
  return [...byUrl.values()];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('what the API sends on each route’s first load', () => {
  let api: RunningApi;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  /** One tab per person: signed in once, then each route reloads with an empty cache. */
  const tabs = new Map<string | null, { page: Page; cdp: CDPSession }>();
  const figures: { path: string; js: number; jsWire: number; css: number; files: number; encodings: string }[] = [];
  beforeAll(async () => {
    api = await startApi();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    console.log(
      [`First load, compressed bytes received: JavaScript (budget ${kb(BUDGET_BYTES)}) and CSS:`]
        .concat(
          figures.map(
            (f) =>
              `  ${f.path.padEnd(18)} JS ${kb(f.js).padStart(9)} in ${String(f.files).padStart(2)} files (${kb(f.jsWire)} with headers)   CSS ${kb(f.css).padStart(8)}   ${f.encodings}`,
          ),
        )
        .join('\n'),
    );
    await browser?.close();
    await api?.stop();
  });

  it.each(ROUTES)('$path ($as): JavaScript within 300 KB over the wire, compressed and cached for a year', async (route) => {
    let tab = tabs.get(route.as);
    if (!tab) {
      const page = await openPage(browser.context, 60_000);
      if (route.as) await signIn(page, api.url, route.as);
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      tab = { page, cdp };
      tabs.set(route.as, tab);
    }
    const transfers = await firstLoad(tab.page, tab.cdp, api.url, route.path);
    const local = transfers.filter((t) => t.url.startsWith(api.url));
    const js = local.filter((t) => t.kind === 'js');
    const css = local.filter((t) => t.kind === 'css');
    const figure = {
      path: route.path,
      js: js.reduce((s, t) => s + t.body, 0),
      jsWire: js.reduce((s, t) => s + t.wire, 0),
      css: css.reduce((s, t) => s + t.body, 0),
      files: js.length,
      encodings: [...new Set([...js, ...css].map((t) => t.encoding))].join('+'),
    };
    figures.push(figure);
    expect(js.length).toBeGreaterThan(0);
    for (const t of [...js, ...css]) {
      expect(t.encoding, t.url).toMatch(/^(br|gzip)$/);
      expect(t.vary.toLowerCase(), t.url).toContain('accept-encoding');
      if (new URL(t.url).pathname.startsWith('/assets/')) expect(t.cacheControl, t.url).toBe('public, max-age=31536000, immutable');
    }
    const document = local.find((t) => t.kind === 'other' && new URL(t.url).pathname === route.path);
    expect(document?.cacheControl, `${route.path} (index.html)`).toBe('no-cache');
    expect(figure.js, `${route.path}: ${kb(figure.js)} of JavaScript`).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('splits off the pages, the charts and the password dictionary from the first chunk', () => {
    const { initial, lazy } = measure();
    // The entry chunk is always there, and weighs something.
    expect(initial.some((c) => /^assets\/index-[\w-]+\.js$/.test(c.file) && c.gzip > 10_000)).toBe(true);
    const lazyNames = lazy.map((c) => c.file).join(' ');
    for (const page of ['DashboardPage', 'RegisterPage', 'ReportPage', 'ValidationPage', 'MonthlyReportPage', 'AuditPage', 'AccountsPage', 'ApiKeysPage'])
      expect(lazyNames).toMatch(new RegExp(page));
    // zxcvbn's word lists (~600 KB compressed) load only when a password is being chosen.
    expect(lazyNames).toMatch(/password-policy/);
    const initialNames = initial.map((c) => c.file).join(' ');
    expect(initialNames).not.toMatch(/(Report|Validation|Audit|Accounts|ApiKeys)Page|password-policy/);
    // Chart code (the heatmap's @mantine/charts) is never in the initial chunks.
    expect(initialNames).not.toMatch(/Chart/);
  });
});
