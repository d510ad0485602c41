import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pick, signIn } from './harness.mjs';
import { useBrowserSession } from './session';

const session = useBrowserSession();
const { newPage } = session;

async function cardCodes(page: Page): Promise<string[]> {
  await page.getByTestId('activity-card').first().waitFor();
  return page.getByTestId('activity-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-code') ?? ''));
}

describe('a focal point (PCM)', () => {
  it('sees exactly PCM’s six activities', async () => {
    const page = await newPage();
    await signIn(page, session.url, 'pcm@demo.gob.pe');
    await expect.poll(() => page.url()).toMatch(/\/actividades$/);
    await page.getByRole('heading', { name: 'Mis actividades' }).waitFor();
    expect(await cardCodes(page)).toEqual(['1.4', '1.9', '1.10', '1.11', '1.12', '2.1']);
    await expect.poll(() => page.getByTestId('activities-count').textContent()).toMatch(/^6 actividades/);
    await page.close();
  });

  it('records an execution of 1.11 with participants found in the register, and sees progress move', async () => {
    const page = await newPage();
    await signIn(page, session.url, 'pcm@demo.gob.pe');
    await page.getByRole('button', { name: 'Al 30/06/2024' }).click();
    await page.getByRole('link', { name: /identificación de necesidades para el diseño de servicios digitales/ }).click();
    await expect.poll(() => page.url()).toMatch(/\/actividades\/1\.11$/);
    const percent = page.getByTestId('percent-of-target').first();
    await expect.poll(() => percent.textContent()).toMatch(/^0\s?%$/);
    await page.getByText('Aún no hay ejecuciones registradas').waitFor();

    await page.getByRole('button', { name: 'Registrar ejecución' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Título').fill('Taller virtual de diseño de servicios digitales');
    await pick(page, 'Tipo', 'Sesión de capacitación');
    const date = dialog.getByLabel('Fecha', { exact: false }).first();
    await date.fill('15/06/2024');
    await date.press('Tab');
    await pick(page, 'Modalidad', 'Virtual');
    await dialog.getByLabel('Lugar').fill('Plataforma Zoom de la SGTD');

    // Participants: search the register by name, keep the outcome the indicator counts.
    await expect.poll(() => dialog.getByRole('combobox', { name: 'Resultado al agregar' }).inputValue()).toBe('Culminó');
    await dialog.getByLabel('Buscar en el registro').fill('0017');
    await dialog
      .getByRole('button', { name: /^Agregar a / })
      .first()
      .click();
    await dialog.getByLabel('Buscar en el registro').fill('0037');
    await dialog
      .getByRole('button', { name: /^Agregar a / })
      .first()
      .click();
    await dialog.getByText('2 participantes seleccionadas').waitFor();
    await dialog.getByRole('button', { name: 'Registrar ejecución' }).click();

    await page.getByText('Ejecución registrada').first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('executions-table').getByRole('row', { name: /Taller virtual de diseño de servicios digitales/ });
    await expect.poll(() => row.textContent()).toContain('15/06/2024');
    expect(await row.textContent()).toMatch(/Sesión de capacitación.*Virtual.*2/);
    // 2 of 50 women authorities: 4 % of the target; June is now done.
    await expect.poll(() => percent.textContent()).toMatch(/^4\s?%$/);
    await page.getByText('2 de 50 mujeres autoridades; faltan 48').first().waitFor();
    const june = page.getByRole('list', { name: 'Cronograma 2024' }).first().getByRole('listitem').nth(5);
    expect(await june.getAttribute('data-status')).toBe('DONE');

    // Bulk import into the same execution: a file with failing rows is refused whole, with the rows listed.
    await page.getByRole('button', { name: 'Participantes de «Taller virtual de diseño de servicios digitales»' }).click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('tab', { name: 'Importar archivo' }).click();
    await drawer.getByTestId('participant-import-help').getByText('resultado', { exact: true }).waitFor();
    const upload = async (content: string) => {
      await drawer.locator('input[type="file"]').setInputFiles({ name: 'participantes.csv', mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
      await drawer.getByRole('button', { name: 'Importar', exact: true }).click();
    };
    await upload('dni,nombres,apellidos,ubigeo,resultado\n1234,,,,Culminó\n,Nadie,Inexistente,150132,Culminó\n');
    const errors = drawer.getByTestId('import-errors');
    await errors.waitFor();
    const errorRows = errors.getByRole('row');
    expect(await errorRows.count()).toBe(3);
    expect(await errorRows.nth(1).textContent()).toMatch(/^2.*8 dígitos/);
    // Not in the register: she is told what to do, since a focal point cannot add a person.
    expect(await errorRows.nth(2).textContent()).toMatch(/^3Nadie Inexistente no está en el registro.*coordinación/);

    const found = await page.evaluate(async () => {
      const token = JSON.parse(localStorage.getItem('gj.session')!).token as string;
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ authorities(search: "0095", first: 1) { nodes { givenNames familyNames government { ubigeo } } } }' }),
      });
      return (await res.json()).data.authorities.nodes[0];
    });
    await upload(`nombres;apellidos;ubigeo;resultado\n${found.givenNames};${found.familyNames};${found.government.ubigeo};culminó\n`);
    await drawer.getByText('Se importaron 1 participantes nuevas').waitFor();
    await drawer.getByRole('tab', { name: 'Participantes (3)' }).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => percent.textContent()).toMatch(/^6\s?%$/);

    // The list shows the new progress too.
    await page.getByRole('link', { name: 'Actividades', exact: true }).first().click();
    const card = page.locator('[data-testid="activity-card"][data-code="1.11"]');
    await expect.poll(() => card.getByTestId('percent-of-target').textContent()).toMatch(/^6\s?%$/);
    await page.close();
  });
});

describe('another entity’s focal point (OSCE)', () => {
  it('gets the same "no existe" page for PCM’s activity 1.4 as for a code that does not exist', async () => {
    const page = await newPage();
    await signIn(page, session.url, 'osce@demo.gob.pe');
    expect(await cardCodes(page)).toEqual(['1.5', '1.6', '2.3']);

    await page.goto(`${session.url}/actividades/1.4`);
    await page.getByTestId('not-found').waitFor();
    const hidden = await page.getByTestId('not-found').textContent();
    expect(hidden).toContain('No existe la actividad «1.4».');

    await page.goto(`${session.url}/actividades/9.9`);
    await page.getByTestId('not-found').waitFor();
    const missing = await page.getByTestId('not-found').textContent();
    expect(missing?.replace('9.9', 'X')).toBe(hidden?.replace('1.4', 'X'));
    // No register for focal points: the coordination's page does not exist for them either.
    await page.goto(`${session.url}/registro`);
    await page.getByTestId('not-found').waitFor();

    // Signing out ends the session without an "expired" notice.
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByRole('button', { name: 'Ingresar' }).waitFor();
    expect(page.url()).toMatch(/\/ingresar$/);
    expect(await page.getByText('Su sesión ha expirado').count()).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('gj.session'))).toBeNull();
    await page.close();
  });
});
