/**
 * Shared by the browser tests (e2e/*.e2e.test.ts) and `npm run screenshots`: starts the built API
 * on a fresh SQLite database with the demo data (it serves the built admin app at `/`), and
 * Debian's Chromium through playwright-core. Nothing is downloaded: the browser is the system's.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CHROMIUM = process.env.GJ_CHROMIUM ?? '/usr/bin/chromium';
export const DEMO_PASSWORD = 'GobernandoJuntas2024';

/** Without the networking flags Chromium keeps trying hosts this machine cannot reach. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** @returns {Promise<number>} */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * @typedef {{ url: string, logs: () => string, stop: () => Promise<void> }} RunningApi
 * @returns {Promise<RunningApi>}
 */
export async function startApi() {
  const main = join(REPO_ROOT, 'apps', 'api', 'dist', 'main.js');
  const index = join(REPO_ROOT, 'apps', 'admin', 'dist', 'index.html');
  if (!existsSync(main) || !existsSync(index)) throw new Error('Build first: npm run build (the API and the admin app).');
  const dir = mkdtempSync(join(tmpdir(), 'gj-e2e-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: `sqlite:${join(dir, 'gj.sqlite')}`,
      GJ_DEMO: '1',
      GJ_TOKEN_SECRET: randomBytes(32).toString('hex'),
      HOST: '127.0.0.1',
      PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((done) => child.once('exit', done));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The API stopped while starting:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return { url, logs: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`The API did not answer /healthz in time:\n${output}`);
}

/**
 * A fresh browser profile each time, as a persistent context (Playwright's way to give Chromium
 * its own --user-data-dir).
 * @param {{ width: number, height: number }} [viewport]
 */
export async function launchBrowser(viewport = { width: 1280, height: 900 }) {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install -y chromium`);
  const profile = mkdtempSync(join(tmpdir(), 'gj-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport,
    locale: 'es-PE',
    timezoneId: 'America/Lima',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Signs in through the form, as a person would.
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 * @param {string} email
 */
export async function signIn(page, baseUrl, email) {
  await page.goto(`${baseUrl}/ingresar`);
  // The tabs of a browser share one session (localStorage): a previous test's is dropped first.
  // Open tabs of the same browser follow; a second person at once needs its own browser (newPersonPage).
  if (await page.evaluate(() => localStorage.getItem('gj.session') !== null)) {
    await page.evaluate(() => localStorage.removeItem('gj.session'));
    await page.goto(`${baseUrl}/ingresar`);
  }
  await page.getByLabel('Correo institucional').fill(email);
  await page.getByLabel('Contraseña', { exact: false }).first().fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.getByTestId('viewer-email').waitFor();
}

/**
 * A new tab that reports the page's own errors.
 * @param {import('playwright-core').BrowserContext} context
 * @param {number} [timeout]
 */
export async function openPage(context, timeout = 15_000) {
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return page;
}

/**
 * Picks an option of a Mantine select by its label.
 * @param {import('playwright-core').Page} page @param {string} label @param {string} option
 */
export async function pick(page, label, option) {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/**
 * Calls the API as a token's owner (to act as "another person" or to look data up).
 * @param {string} url @param {string | null} token @param {string} query @param {Record<string, unknown>} [variables]
 */
export async function callApi(url, token, query, variables = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Signs a demo account in through the API and returns a caller with its session.
 * @param {string} url @param {string} email
 * @returns {Promise<(query: string, variables?: Record<string, unknown>) => Promise<any>>}
 */
export async function apiAs(url, email) {
  const { login } = await callApi(url, null, 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
    e: email,
    p: DEMO_PASSWORD,
  });
  return (query, variables = {}) => callApi(url, login.token, query, variables);
}

/**
 * The session token a page signed in with (localStorage, shared by the browser's tabs), to call the API as that person.
 * @param {import('playwright-core').Page} page
 */
export function tokenOf(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('gj.session') ?? '{}').token);
}
