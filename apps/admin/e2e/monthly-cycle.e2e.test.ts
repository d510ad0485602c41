/**
 * The monthly cycle end to end, as the coordination described it: PCM's focal point sends May 2024;
 * the coordination approves it in the validation queue; PCM can then no longer change its May
 * executions (the API's Spanish message is shown); the coordination reads the consolidated
 * dashboard and report, downloads the Excel export, and finds the approval in the audit trail.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './harness.mjs';
import { useBrowserSession } from './session';

const session = useBrowserSession();
const { newPage } = session;

let pcm: Page;
let coordination: Page;

describe('the monthly cycle', () => {
  it('PCM’s focal point sends May 2024 from its monthly report page', async () => {
    pcm = await newPage();
    await signIn(pcm, session.url, 'pcm@demo.gob.pe');
    // Focal points have no validation queue.
    expect(await pcm.getByRole('link', { name: 'Validación mensual' }).count()).toBe(0);
    await pcm.getByRole('link', { name: 'Reporte mensual' }).click();
    await pcm.getByRole('heading', { name: 'Reporte mensual' }).waitFor();
    const may = pcm.getByTestId('monthly-report').locator('tr[data-month="5"]');
    expect(await may.getAttribute('data-status')).toBe('DRAFT');
    await may.getByRole('button', { name: 'Enviar el reporte de mayo de 2024' }).click();
    // The month's report: each activity with its executions, and what PCM says of it.
    await pcm.getByRole('heading', { name: 'Reporte de mayo de 2024' }).waitFor();
    await pcm.locator('[data-activity]').first().waitFor();
    const required = pcm.locator('textarea[required]');
    expect(await required.count()).toBeGreaterThan(0);
    for (const field of await required.all()) await field.fill('Se realizaron las sesiones previstas con las autoridades inscritas.');
    await pcm.getByRole('button', { name: 'Enviar a la coordinación' }).click();
    await pcm.getByText('Reporte enviado').first().waitFor();
    await pcm.getByRole('link', { name: '← Reporte mensual' }).click();
    await expect.poll(() => may.getAttribute('data-status')).toBe('SUBMITTED');
    expect(await may.textContent()).toMatch(/Enviado el \d\d\/\d\d\/\d{4}, \d\d:\d\d por pcm@demo\.gob\.pe/);

    // Its consolidated report is its entity's: PCM's six activities.
    await pcm.getByRole('link', { name: 'Reporte consolidado', exact: true }).click();
    await pcm.getByTestId('report-activities').waitFor();
    expect(
      await pcm
        .getByTestId('report-activities')
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code'))),
    ).toEqual(['1.4', '1.9', '1.10', '1.11', '1.12', '2.1']);
  });

  it('the coordination approves it in the validation queue', async () => {
    coordination = await session.newPersonPage(); // another person at the same time: another browser
    await signIn(coordination, session.url, 'coordinacion@demo.gob.pe');
    await coordination.getByRole('link', { name: 'Validación mensual' }).click();
    const queue = coordination.getByTestId('review-queue');
    await queue.waitFor();
    const row = queue.locator('tr[data-entity="PCM"][data-month="5"]');
    await row.getByRole('link', { name: 'Aprobar mayo de 2024 de PCM' }).click();
    // She approves with the month's content in front of her: PCM's narrative is on the page.
    await coordination.getByText('Se realizaron las sesiones previstas con las autoridades inscritas.').first().waitFor();
    await coordination.getByText(/Las ejecuciones de mayo de las actividades de PCM quedarán bloqueadas/).waitFor();
    await coordination.getByRole('button', { name: 'Confirmar la aprobación' }).click();
    await coordination.getByText('Reporte aprobado').first().waitFor();
    await coordination.getByRole('link', { name: '← Validación mensual' }).click();
    await coordination.getByText('No hay reportes por revisar').waitFor();
    const cell = coordination.getByTestId('submission-grid').locator('td[data-entity="PCM"][data-month="5"]');
    await expect.poll(() => cell.getAttribute('data-status')).toBe('APPROVED');
    // 5 entities with activities in 2024 × 12 months; MEF and Contraloría have none: one note each, nothing pending.
    const grid = coordination.getByTestId('submission-grid');
    expect(await grid.locator('td[data-month]').count()).toBe(60);
    expect(await grid.locator('td[data-status="NO_ACTIVITIES"]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-entity')).sort())).toEqual([
      'CGR',
      'MEF',
    ]);
  });

  it('PCM then gets the Spanish "approved" message when editing an execution of May 2024', async () => {
    // Two people, two tabs: the one acting is brought to the front (background tabs are throttled).
    await pcm.bringToFront();
    await pcm.goto(`${session.url}/actividades/1.4`);
    const button = pcm.getByRole('button', { name: 'Al 30/06/2024' });
    if (await button.isEnabled()) await button.click();
    const table = pcm.getByTestId('executions-table');
    await table.waitFor();
    const may = table.getByRole('row').filter({ hasText: '09/05/2024' });
    await expect.poll(() => may.textContent()).toContain('Mes aprobado');
    expect(await pcm.getByTestId('locked-months').textContent()).toContain('El reporte de mayo está aprobado');
    await may.getByRole('button', { name: /^Editar «/ }).click();
    const dialog = pcm.getByRole('dialog');
    await dialog.getByTestId('locked-month-warning').waitFor();
    await dialog.getByLabel('Lugar').fill('Lima (corrección)');
    await dialog.getByRole('button', { name: 'Guardar cambios' }).click();
    const failure = dialog.getByTestId('save-failure');
    await failure.waitFor();
    const message = (await failure.textContent()) ?? '';
    expect(message).toContain('El reporte de mayo de 2024 de PCM está aprobado: sus ejecuciones no se pueden modificar.');
    expect(message).toMatch(/aprobado.*no se pueden modificar/);
    // Not mistaken for someone else's edit: what the person typed stays.
    expect(await dialog.getByTestId('conflict-alert').count()).toBe(0);
    expect(await dialog.getByLabel('Lugar').inputValue()).toBe('Lima (corrección)');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    await pcm.close();
  });

  it('the coordination sees the alerts on its dashboard and the consolidated report, and downloads the Excel export', async () => {
    await coordination.bringToFront();
    await coordination.getByRole('link', { name: 'Panel de coordinación' }).click();
    const button = coordination.getByRole('button', { name: 'Al 30/06/2024' });
    if (await button.isEnabled()) await button.click();
    const alerts = coordination.getByTestId('report-alerts');
    await alerts.getByRole('list', { name: 'Alertas del reporte' }).waitFor();
    await expect.poll(() => alerts.textContent()).toContain('Al 30/06/2024');
    // The dashboard lists exactly the alerts the API reports at that date.
    const { consolidatedReport } = await session.graphql<{ consolidatedReport: { alerts: { message: string }[] } }>(
      coordination,
      '{ consolidatedReport(year: 2024, asOf: "2024-06-30") { alerts { message } } }',
    );
    expect(consolidatedReport.alerts.length).toBeGreaterThan(0);
    // The dashboard shows the first 8 of them, each with the API's own words.
    const shown = await alerts.getByRole('listitem').allTextContents();
    expect(shown).toHaveLength(Math.min(8, consolidatedReport.alerts.length));
    for (const text of shown) expect(consolidatedReport.alerts.some((a) => text.includes(a.message))).toBe(true);

    await coordination.getByRole('link', { name: 'Reporte consolidado', exact: true }).click();
    const activities = coordination.getByTestId('report-activities');
    await activities.waitFor();
    expect(await activities.locator('tbody tr').count()).toBe(19);
    expect(await activities.locator('tr[data-code="1.4"]').textContent()).toContain('PCM');
    await coordination.getByRole('tab', { name: /^Alertas \(\d+\)$/ }).click();
    await coordination.getByTestId('report-alerts').waitFor();
    await coordination.getByRole('tab', { name: 'Actividades' }).click();

    const [download] = await Promise.all([coordination.waitForEvent('download'), coordination.getByTestId('export-xlsx').click()]);
    expect(download.suggestedFilename()).toBe('reporte-consolidado-2024-al-2024-06-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Actividades',
      'Por objetivo',
      'Por entidad',
      'Por objetivo DS',
      'Por cargo',
      'Por departamento',
      'Alertas',
    ]);
    const sheet = workbook.getWorksheet('Actividades')!;
    // A title row says what the book is; the header follows.
    expect(sheet.getRow(1).getCell(1).value).toMatch(/^Plan de trabajo 2024: .*Reporte consolidado al 30\/06\/2024/);
    expect(sheet.getRow(2).getCell(1).value).toBe('Código');
    const codes = sheet.getColumn(1).values.slice(3);
    expect(codes).toHaveLength(19);
    expect(codes).toContain('1.4');
    const row14 = sheet.getRow(codes.indexOf('1.4') + 3);
    expect(row14.getCell(4).value).toBe('PCM');
    expect(typeof row14.getCell(6).value).toBe('number');

    // One view as CSV for Excel in Peru: a BOM so that it reads the accents, «;» between fields.
    await coordination.getByRole('tab', { name: 'Por entidad' }).click();
    const [csv] = await Promise.all([coordination.waitForEvent('download'), coordination.getByRole('button', { name: 'Descargar CSV: Por entidad' }).click()]);
    expect(csv.suggestedFilename()).toBe('reporte-consolidado-2024-al-2024-06-30-entidades.csv');
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1).split('\r\n')[0]).toMatch(/^Entidad;Actividades;/);
    expect(text).toMatch(/\r\nSERVIR;1;/);

    // A refused download shows the API's Spanish message, not a technical one.
    await coordination.route('**/api/exports/**', (route) =>
      route.continue({
        url: route
          .request()
          .url()
          .replace(/asOf=[^&]+/, 'asOf=2024-02-30'),
      }),
    );
    await coordination.getByTestId('export-xlsx').click();
    const refusal = coordination.getByRole('alert').filter({ hasText: 'No se pudo descargar el reporte' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('La fecha de corte debe tener el formato AAAA-MM-DD y ser una fecha válida.');
    await coordination.unroute('**/api/exports/**');
  });

  it('the coordination finds the approval in the audit trail', async () => {
    await coordination.getByRole('link', { name: 'Auditoría' }).click();
    await coordination.getByTestId('audit-list').waitFor();
    await coordination.getByRole('combobox', { name: 'Acción' }).click();
    await coordination.getByRole('option', { name: 'Aprobó el reporte mensual' }).click();
    const entry = coordination.locator('[data-testid="audit-entry"][data-action="month.approve"]').first();
    await entry.waitFor();
    await expect.poll(() => coordination.locator('[data-testid="audit-entry"]').count()).toBe(1);
    const text = (await entry.textContent()) ?? '';
    expect(text).toContain('Aprobó el reporte mensual');
    expect(text).toContain('Reporte mensual: mayo de 2024 de PCM');
    expect(text).toContain('coordinacion@demo.gob.pe');
    expect(text).toMatch(/EstadoEnviadoAprobado/);
    await entry.getByText('Ver los valores registrados (JSON)').click();
    expect(await entry.getByTestId('audit-after').textContent()).toContain('"status": "APPROVED"');
    await coordination.close();
  });
});
