/**
 * Every page, checked by axe-core (WCAG 2.1 A and AA) on a desktop (1366×768) and on a phone
 * (390×844): no serious or critical violation, and on the phone no page wider than the screen and
 * the actions of the executions table within reach.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './harness.mjs';
import { useBrowserSession } from './session';

const session = useBrowserSession();
const { newPage } = session;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const DESKTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };
const VIEWPORTS = [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * A new tab, signed out: the session lives in localStorage, shared by every tab of the browser,
 * so the previous test's sign-in is cleared first.
 */
async function freshPage(): Promise<Page> {
  const page = await newPage();
  await page.goto(`${session.url}/ingresar`);
  await page.evaluate(() => localStorage.clear());
  return page;
}

/** Waits until the page has its data: no request in flight, no loader, charts drawn. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.locator('main h1, h1').first().waitFor();
  await page
    .locator('.mantine-Loader-root')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => undefined);
  // Chart entry animations and transitions (colours are measured as drawn).
  await page.waitForTimeout(700);
}

/** The serious and critical WCAG 2.1 A/AA violations axe finds on the page, one line per element. */
async function violations(page: Page): Promise<string[]> {
  // The app's Content-Security-Policy (script-src 'self') refuses an inline <script> from
  // page.addScriptTag; evaluating the source through the DevTools protocol is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.impact} ${v.id} (${v.help}): ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
      ),
    );
}

/** How far the page is wider than the window (0 when it fits). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

/** Visits each path (and each tab, when given) and lists every problem found. */
async function audit(page: Page, viewport: { width: number; height: number }, paths: readonly (string | { path: string; tabs: readonly string[] })[]) {
  const problems: string[] = [];
  const check = async (where: string) => {
    await settle(page);
    for (const v of await violations(page)) problems.push(`${where}: ${v}`);
    if (viewport.width <= 576) {
      const extra = await overflow(page);
      if (extra > 0) problems.push(`${where}: the page is ${extra} px wider than the ${viewport.width} px screen`);
    }
  };
  for (const entry of paths) {
    const { path, tabs } = typeof entry === 'string' ? { path: entry, tabs: [] } : entry;
    await page.goto(`${session.url}${path}`);
    await check(path);
    for (const tab of tabs) {
      await page.getByRole('tab', { name: tab }).click();
      await check(`${path} «${tab}»`);
    }
  }
  return problems;
}

describe.each(VIEWPORTS)('accessibility on a %s', (_name, viewport) => {
  it('the sign-in page', async () => {
    const page = await freshPage();
    await page.setViewportSize(viewport);
    const problems = await audit(page, viewport, ['/ingresar']);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  it('a focal point’s pages', async () => {
    const page = await freshPage();
    await signIn(page, session.url, 'pcm@demo.gob.pe');
    // Signed in on a desktop (the phone's menu folds the account away), then the window shrinks.
    await page.setViewportSize(viewport);
    const problems = await audit(page, viewport, ['/actividades', '/actividades/1.4', '/reporte-mensual']);
    expect(problems, problems.join('\n')).toEqual([]);

    if (viewport.width <= 576) {
      // The first execution's visible buttons are on the screen, not beyond a sideways scroll.
      await page.goto(`${session.url}/actividades/1.4`);
      await settle(page);
      const buttons = page.getByTestId('executions-table').getByRole('row').nth(1).getByRole('button');
      await buttons.first().waitFor();
      const boxes = (await buttons.all()).map((b) => b.boundingBox());
      const visible = (await Promise.all(boxes)).filter((b) => b && b.width > 0 && b.height > 0);
      expect(visible.length).toBeGreaterThan(0);
      for (const box of visible) {
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      }
    }
    await page.close();
  }, 180_000);

  it('the coordination’s pages', async () => {
    const page = await freshPage();
    await signIn(page, session.url, 'coordinacion@demo.gob.pe');
    await page.setViewportSize(viewport);
    const problems = await audit(page, viewport, [
      '/panel',
      '/actividades',
      '/reporte',
      '/validacion',
      { path: '/registro', tabs: ['Posibles duplicados', 'Cambios por revisar', 'Importar archivo', 'Periodos y censo'] },
      '/planes',
      '/planes/2024',
      '/entidades',
      '/auditoria',
      '/cuentas',
      '/claves',
    ]);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  }, 420_000);
});
