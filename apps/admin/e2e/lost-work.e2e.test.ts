/**
 * Work that used to be lost (issue 13): a failed save is seen where she clicked, an expired session
 * keeps the form, Back asks before dropping changes, and a new tab keeps the session.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, pick, signIn } from './harness.mjs';
import { useBrowserSession } from './session';

const session = useBrowserSession();
const { newPage, graphql } = session;
const PHONE = { width: 390, height: 844 };
const TITLE = 'Taller de diseño de servicios (trabajo conservado)';
const UNSAVED = 'Tiene cambios sin guardar. ¿Salir sin guardar?';

let page: Page;

async function inViewport(target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const viewport = page.viewportSize()!;
  return !!box && box.y >= 0 && box.x >= 0 && box.y + box.height <= viewport.height && box.x + box.width <= viewport.width;
}

/** The execution form of activity 1.11 (PCM), reached by the app's own links so Back stays in the app. */
async function openExecutionForm(): Promise<Locator> {
  await page.getByRole('button', { name: 'Registrar ejecución' }).click();
  const dialog = page.getByRole('dialog', { name: /Registrar ejecución/ });
  await dialog.getByLabel('Título').waitFor();
  return dialog;
}

async function fillRequired(dialog: Locator) {
  await dialog.getByLabel('Título').fill(TITLE);
  await pick(page, 'Tipo', 'Sesión de capacitación');
  const date = dialog.getByLabel('Fecha', { exact: false }).first();
  await date.fill('15/06/2024');
  await date.press('Tab');
  await pick(page, 'Modalidad', 'Virtual');
  await dialog.getByLabel('Lugar').fill('Plataforma Zoom de la SGTD');
}

describe('work is not lost', () => {
  it('an empty submit on a phone moves to the first invalid field', async () => {
    page = await newPage();
    await signIn(page, session.url, 'pcm@demo.gob.pe');
    // On a phone from here on (the sign-in helper looks for the e-mail in the desktop navbar).
    await page.setViewportSize(PHONE);
    await page.getByRole('link', { name: /identificación de necesidades para el diseño de servicios digitales/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/actividades\/1\.11$/);
    const dialog = await openExecutionForm();
    // The title is written: the first field left invalid is the type, below it.
    await dialog.getByLabel('Título').fill(TITLE);
    await dialog.getByRole('button', { name: 'Registrar ejecución' }).click();
    const kind = dialog.getByRole('combobox', { name: 'Tipo' });
    await expect.poll(() => kind.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await inViewport(kind)).toBe(true);
    expect(await dialog.getByText('Elija el tipo de ejecución.').count()).toBe(1);
  });

  it('shows the API’s refusal next to the button, in view', async () => {
    const dialog = page.getByRole('dialog', { name: /Registrar ejecución/ });
    await fillRequired(dialog);
    const refusal = 'El reporte de junio de 2024 de PCM está aprobado: sus ejecuciones no se pueden registrar.';
    await page.route('**/graphql', async (route) => {
      if ((route.request().postDataJSON() as { operationName?: string } | null)?.operationName !== 'CreateExecution') return route.fallback();
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ data: null, errors: [{ message: refusal, extensions: { code: 'CONFLICT', reason: 'MONTH_LOCKED' } }] }),
      });
    });
    const submit = dialog.getByRole('button', { name: 'Registrar ejecución' });
    await submit.click();
    const failure = dialog.getByTestId('save-failure');
    await failure.waitFor();
    expect(await failure.getAttribute('role')).toBe('alert');
    expect(await failure.textContent()).toContain(refusal);
    expect(await inViewport(failure)).toBe(true);
    expect(await inViewport(submit)).toBe(true);
    // Right above the button, not 1,600 px away at the top of the form.
    const [alertBox, buttonBox] = [(await failure.boundingBox())!, (await submit.boundingBox())!];
    expect(buttonBox.y - (alertBox.y + alertBox.height)).toBeLessThan(80);
    await page.unroute('**/graphql');
  });

  it('keeps the form when the session ends, signs in again in place and saves what she typed', async () => {
    const dialog = page.getByRole('dialog', { name: /Registrar ejecución/ });
    // The session ends meanwhile (signed out elsewhere: the token is revoked).
    await graphql(page, 'mutation { logout }');
    await dialog.getByRole('button', { name: 'Registrar ejecución' }).click();

    const reauth = page.getByRole('dialog', { name: 'Su sesión ha expirado' });
    await reauth.waitFor();
    expect(await reauth.textContent()).toContain('pcm@demo.gob.pe');
    expect(page.url()).toMatch(/\/actividades\/1\.11$/);
    await reauth.getByLabel('Contraseña').fill(DEMO_PASSWORD);
    await reauth.getByRole('button', { name: 'Volver a ingresar' }).click();
    await reauth.waitFor({ state: 'detached' });

    // Everything she typed is still there; she saves again.
    expect(await dialog.getByLabel('Título').inputValue()).toBe(TITLE);
    expect(await dialog.getByLabel('Lugar').inputValue()).toBe('Plataforma Zoom de la SGTD');
    await dialog.getByRole('button', { name: 'Registrar ejecución' }).click();
    await dialog.waitFor({ state: 'detached' });
    const { activity } = await graphql<{ activity: { executions: { title: string; place: string | null; date: string; modality: string }[] } }>(
      page,
      'query { activity(code: "1.11") { executions { title place date modality } } }',
    );
    expect(activity.executions).toContainEqual({ title: TITLE, place: 'Plataforma Zoom de la SGTD', date: '2024-06-15', modality: 'VIRTUAL' });
  });

  it('asks before Back drops a form with changes', async () => {
    const dialog = await openExecutionForm();
    await dialog.getByLabel('Título').fill('Cambios que no se guardaron');
    await page.evaluate(() => history.back());
    const question = page.getByText(UNSAVED);
    await question.waitFor();
    await page.getByRole('button', { name: 'Seguir editando' }).click();
    await question.waitFor({ state: 'detached' });
    expect(page.url()).toMatch(/\/actividades\/1\.11$/);
    expect(await dialog.getByLabel('Título').inputValue()).toBe('Cambios que no se guardaron');

    // Closing the modal asks too.
    await page.keyboard.press('Escape');
    await question.waitFor();
    await page.getByRole('button', { name: 'Seguir editando' }).click();
    await question.waitFor({ state: 'detached' });
    expect(await dialog.getByLabel('Título').inputValue()).toBe('Cambios que no se guardaron');
  });

  it('opens an activity in a new tab without asking to sign in again', async () => {
    const tab = await newPage();
    await tab.goto(`${session.url}/actividades/1.11`);
    await tab.getByRole('button', { name: 'Registrar ejecución' }).waitFor();
    expect(tab.url()).toMatch(/\/actividades\/1\.11$/);
    expect(await tab.getByRole('button', { name: 'Ingresar' }).count()).toBe(0);
    expect(await tab.getByTestId('viewer-email').textContent()).toContain('pcm@demo.gob.pe'); // a desktop-size tab
    await tab.close();
    await page.close();
  });
});
