#!/usr/bin/env node
/**
 * Regenerates the PNG screenshots of the main screens in docs/screenshots/, with the built API
 * (demo data, fresh SQLite database) and Debian's Chromium. From the repository root:
 * `npm run screenshots` (builds first).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { apiAs, launchBrowser, openPage, pick, REPO_ROOT, signIn, startApi } from '../e2e/harness.mjs';

const OUT = join(REPO_ROOT, 'docs', 'screenshots');
const DESKTOP = { width: 1280, height: 860 };
const TABLET = { width: 800, height: 1100 };
const PHONE = { width: 390, height: 844 };

/** @param {import('playwright-core').Page} page @param {string} name @param {boolean} [fullPage] */
async function shot(page, name, fullPage = true) {
  // Let charts finish their entry animation and notifications settle.
  await page.waitForTimeout(1600);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: join(OUT, name), fullPage, animations: 'disabled', caret: 'hide' });
  console.log(`  docs/screenshots/${name}`);
}

/** @param {import('playwright-core').Page} page */
async function useDemoCutoff(page) {
  const button = page.getByRole('button', { name: 'Al 30/06/2024' });
  if (await button.isEnabled()) await button.click();
}

const SUBMIT = 'mutation ($m: Int!) { submitMonth(year: 2024, month: $m) { status } }';
const APPROVE = 'mutation ($e: String!, $m: Int!) { approveMonth(entityCode: $e, year: 2024, month: $m) { status } }';
const RETURN = 'mutation ($e: String!, $m: Int!, $c: String!) { returnMonth(entityCode: $e, year: 2024, month: $m, comment: $c) { status } }';

mkdirSync(OUT, { recursive: true });
const api = await startApi();
const desktop = await launchBrowser(DESKTOP);
const tablet = await launchBrowser(TABLET);
const phone = await launchBrowser(PHONE);
try {
  console.log('Screenshots:');
  let page = await openPage(desktop.context, 20_000);

  await page.goto(`${api.url}/ingresar`);
  await page.getByRole('button', { name: 'Ingresar' }).waitFor();
  await shot(page, '01-ingresar.png', false);

  // A focal point's day: the list, an activity, recording an execution, importing participants.
  await signIn(page, api.url, 'pcm@demo.gob.pe');
  await useDemoCutoff(page);
  await page.getByTestId('activity-card').first().waitFor();
  await shot(page, '02-mis-actividades.png');

  await page.goto(`${api.url}/actividades/1.9`);
  await page.getByTestId('chart-by-department').locator('[data-bar-fill]').first().waitFor();
  await shot(page, '03-actividad-1.9.png');

  await page.goto(`${api.url}/actividades/1.11`);
  await page.getByRole('button', { name: 'Registrar ejecución' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Título').fill('Taller virtual de diseño de servicios digitales');
  await pick(page, 'Tipo', 'Sesión de capacitación');
  const date = dialog.getByLabel('Fecha', { exact: false }).first();
  await date.fill('15/06/2024');
  await date.press('Tab');
  await pick(page, 'Modalidad', 'Virtual');
  await dialog.getByLabel('Lugar').fill('Plataforma virtual de la SGTD');
  await dialog.getByLabel('Buscar en el registro').fill('Ejemplo Muestra');
  await dialog
    .getByRole('button', { name: /^Agregar a / })
    .first()
    .click();
  await dialog
    .getByRole('button', { name: /^Agregar a / })
    .nth(1)
    .click();
  await dialog.getByText('2 participantes seleccionadas').waitFor();
  await shot(page, '04-registrar-ejecucion.png', false);
  await dialog.getByRole('button', { name: 'Registrar ejecución' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Ejecución registrada').waitFor({ state: 'detached', timeout: 15_000 });

  await page.getByRole('button', { name: /^Participantes de «Taller virtual/ }).click();
  const drawer = page.getByRole('dialog');
  await drawer.getByRole('tab', { name: 'Importar archivo' }).click();
  await drawer.locator('input[type="file"]').setInputFiles({
    name: 'participantes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('dni,nombres,apellidos,ubigeo,resultado\n4012345,,,,Culminó\n,Rosa,Inexistente,150101,Culminó\n,,,,Aprobó\n', 'utf8'),
  });
  await drawer.getByRole('button', { name: 'Importar', exact: true }).click();
  await drawer.getByTestId('import-errors').waitFor();
  await shot(page, '05-importar-participantes-errores.png', false);
  await page.close();

  // What another entity sees of PCM's activity: the same page as a missing one.
  page = await openPage(desktop.context, 20_000);
  await signIn(page, api.url, 'osce@demo.gob.pe');
  await page.goto(`${api.url}/actividades/1.4`);
  await page.getByTestId('not-found').waitFor();
  await shot(page, '06-no-existe.png', false);
  await page.close();

  // The coordination: dashboard, register, possible duplicates.
  page = await openPage(desktop.context, 20_000);
  await signIn(page, api.url, 'coordinacion@demo.gob.pe');
  await useDemoCutoff(page);
  await page.getByTestId('chart-activities').locator('[data-bar-fill]').first().waitFor();
  await shot(page, '07-panel-coordinacion.png');

  await page.goto(`${api.url}/registro`);
  await page.getByTestId('register-table').waitFor();
  await shot(page, '08-registro.png', false);

  await page.getByRole('tab', { name: 'Importar archivo' }).click();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'registro.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('dni;nombres;apellidos;cargo;ubigeo\n;Sonia María;Ejemplo Muestra 0017;Vicegobernadora regional;03\n', 'utf8'),
  });
  await page.getByRole('button', { name: 'Importar', exact: true }).click();
  await page.getByRole('button', { name: /^Revisar 1 posible duplicado/ }).click();
  await page.getByTestId('duplicate-pair').getByText('Registro original', { exact: true }).waitFor();
  await shot(page, '09-posibles-duplicados.png', false);
  await page.close();

  // A tablet (800 px wide): the menu folds into a button.
  const small = await openPage(tablet.context, 20_000);
  await signIn(small, api.url, 'mimp@demo.gob.pe');
  await useDemoCutoff(small);
  await small.getByTestId('activity-card').first().waitFor();
  await shot(small, '10-tableta-mis-actividades.png', false);
  await small.goto(`${api.url}/actividades/3.1`);
  await small.getByTestId('executions-table').waitFor();
  await shot(small, '11-tableta-actividad-3.1.png');
  await small.close();

  // A phone (390 px): list cards, an activity with its actions on the screen, the dashboard.
  // Signed in on the tablet's width (the phone's menu folds the account away), then narrowed.
  const tiny = await openPage(phone.context, 20_000);
  await tiny.setViewportSize(TABLET);
  await signIn(tiny, api.url, 'coordinacion@demo.gob.pe');
  await tiny.setViewportSize(PHONE);
  await useDemoCutoff(tiny);
  await tiny.getByTestId('chart-activities').locator('[data-bar-fill]').first().waitFor();
  await shot(tiny, '24-telefono-panel.png');
  await tiny.evaluate(() => localStorage.clear());
  await tiny.setViewportSize(TABLET);
  await signIn(tiny, api.url, 'pcm@demo.gob.pe');
  await tiny.setViewportSize(PHONE);
  await useDemoCutoff(tiny);
  await tiny.getByTestId('activity-card').first().waitFor();
  await shot(tiny, '22-telefono-mis-actividades.png', false);
  await tiny.goto(`${api.url}/actividades/1.4`);
  await tiny.getByTestId('executions-table').waitFor();
  await shot(tiny, '23-telefono-actividad-1.4.png');
  await tiny.close();

  // The monthly cycle as of early July: what the entities sent and what the coordination reviewed.
  const coordinationApi = await apiAs(api.url, 'coordinacion@demo.gob.pe');
  const sent = /** @type {[string, number[]][]} */ ([
    ['pcm@demo.gob.pe', [3, 4, 5, 6]],
    ['mimp@demo.gob.pe', [4, 5]],
    ['osce@demo.gob.pe', [4]],
    ['servir@demo.gob.pe', [5]],
    ['ceplan@demo.gob.pe', [4]],
  ]);
  for (const [email, months] of sent) {
    const as = await apiAs(api.url, email);
    for (const m of months) await as(SUBMIT, { m });
  }
  for (const [e, m] of /** @type {[string, number][]} */ ([
    ['PCM', 3],
    ['PCM', 5],
    ['MIMP', 4],
    ['OSCE', 4],
  ]))
    await coordinationApi(APPROVE, { e, m });
  await coordinationApi(RETURN, { e: 'PCM', m: 4, c: 'Falta el enlace de evidencia del taller del 18 de abril y la lista de participantes.' });

  // The coordination: consolidated report, validation queue, audit trail, accounts, integrator keys.
  page = await openPage(desktop.context, 20_000);
  await signIn(page, api.url, 'coordinacion@demo.gob.pe');
  await page.goto(`${api.url}/reporte`);
  await useDemoCutoff(page);
  await page.getByTestId('report-activities').waitFor();
  await shot(page, '12-reporte-consolidado.png');

  await page.goto(`${api.url}/validacion`);
  await page.getByTestId('review-queue').waitFor();
  await shot(page, '13-validacion-mensual.png');

  await page.goto(`${api.url}/auditoria`);
  await page.getByTestId('audit-list').waitFor();
  await page.getByTestId('audit-entry').first().getByText('Ver los valores registrados (JSON)').click();
  await shot(page, '16-auditoria.png', false);

  await page.goto(`${api.url}/cuentas`);
  await page.getByTestId('accounts-table').waitFor();
  await page.getByRole('button', { name: 'Crear cuenta' }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel('Correo institucional').fill('rosa.quispe@servir.gob.pe');
  await pick(page, 'Rol', 'Punto focal');
  await pick(page, 'Entidad', 'SERVIR — Autoridad Nacional del Servicio Civil');
  await form.getByLabel('Contraseña inicial', { exact: false }).fill('rosa.quispe2024');
  await form.getByLabel('Repita la contraseña', { exact: false }).fill('rosa.quispe2024');
  await form.getByRole('button', { name: 'Crear cuenta' }).click();
  await form.getByText('La contraseña no puede contener el nombre de la cuenta.').first().waitFor();
  await shot(page, '17-cuentas.png', false);
  await page.keyboard.press('Escape');

  await page.goto(`${api.url}/claves`);
  await page.getByRole('button', { name: 'Crear clave' }).click();
  await page.getByRole('dialog').getByLabel('Nombre', { exact: false }).fill('Tablero de seguimiento de la SGP');
  await pick(page, 'Entidad', 'PCM — Presidencia del Consejo de Ministros');
  await page.getByRole('dialog').getByRole('button', { name: 'Crear clave' }).click();
  await page.getByTestId('created-key').waitFor();
  await shot(page, '19-clave-creada.png', false);
  await page.getByRole('checkbox', { name: 'Guardé la clave en un lugar seguro' }).check();
  await page.getByRole('dialog').getByRole('button', { name: 'Cerrar', exact: true }).click();
  await coordinationApi('mutation { createApiKey(name: "Observatorio de la mujer (todas las entidades)") { key } }');
  const old = /** @type {{ createApiKey: { apiKey: { id: number } } }} */ (
    await coordinationApi('mutation { createApiKey(name: "Prueba de integración 2023", entityCode: "MEF") { apiKey { id } } }')
  );
  await coordinationApi('mutation ($id: Int!) { revokeApiKey(id: $id) { id } }', { id: old.createApiKey.apiKey.id });
  await page.reload();
  await page.getByTestId('apikeys-table').getByText('Prueba de integración 2023').waitFor();
  await shot(page, '18-claves.png', false);

  // Plan-years: a 2025 draft copied from 2024, its activity form, and an empty draft that cannot be published.
  await coordinationApi('mutation { createPlan(year: 2025, copyFrom: 2024) { year } }');
  await coordinationApi('mutation { createPlan(year: 2026) { year } }');
  await page.goto(`${api.url}/planes`);
  await page.getByTestId('plans-table').waitFor();
  await shot(page, '20-planes.png', false);
  await page.getByRole('button', { name: 'Publicar el plan 2026' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publicar' }).click();
  await page.getByRole('dialog').getByTestId('problems').waitFor();
  await shot(page, '21-publicar-con-problemas.png', false);
  await page.keyboard.press('Escape');
  await page.goto(`${api.url}/planes/2025`);
  await page.getByRole('button', { name: 'Editar la actividad 3.1' }).click();
  await page.getByRole('form', { name: 'Actividad 3.1' }).getByText('Regla de cálculo del avance').waitFor();
  await shot(page, 'plan-editor.png', false);
  await page.keyboard.press('Escape');
  await page.close();

  // PCM's focal point: its monthly report, and an execution of the approved May that cannot change.
  page = await openPage(desktop.context, 20_000);
  await signIn(page, api.url, 'pcm@demo.gob.pe');
  await page.goto(`${api.url}/reporte-mensual`);
  await page.getByTestId('monthly-report').waitFor();
  await shot(page, '14-reporte-mensual-pcm.png');

  await page.goto(`${api.url}/actividades/1.4`);
  await useDemoCutoff(page);
  const may = page.getByTestId('executions-table').getByRole('row').filter({ hasText: '09/05/2024' });
  await may.getByText('Mes aprobado').waitFor();
  await may.getByRole('button', { name: /^Editar «/ }).click();
  const edit = page.getByRole('dialog');
  await edit.getByLabel('Lugar').fill('Lima (corrección)');
  await edit.getByRole('button', { name: 'Guardar cambios' }).click();
  await edit.getByTestId('save-failure').waitFor();
  await shot(page, '15-ejecucion-mes-aprobado.png', false);
  await page.close();
} finally {
  await desktop.close();
  await tablet.close();
  await phone.close();
  await api.stop();
}
