/**
 * A month's report as the strategy lives it, in the browser, with the bell: PCM writes June 2024
 * (narrative, a means of verification) and sends it; the coordination is told under the bell,
 * opens the month from the notice, reads it and returns it with a comment on one activity; PCM
 * is told, sees the comment where it applies, corrects and sends again; the coordination approves
 * and PCM is told.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, tokenOf } from './harness.mjs';
import { useBrowserSession } from './session';

const session = useBrowserSession();

let pcm: Page;
let coordination: Page;

/** The bell's unread count, as its accessible name says it ("Avisos: 2 sin leer"). */
async function unread(page: Page): Promise<number> {
  const name = (await page.getByRole('button', { name: /^Avisos/ }).getAttribute('aria-label')) ?? '';
  return Number(/(\d+) sin leer/.exec(name)?.[1] ?? 0);
}

/** Opens the bell and follows the notice whose title is `title`. */
async function followNotice(page: Page, title: string) {
  await page.reload();
  await expect.poll(() => unread(page), { timeout: 15_000 }).toBeGreaterThan(0);
  await page.getByRole('button', { name: /^Avisos/ }).click();
  await page
    .getByRole('link', { name: new RegExp(title) })
    .first()
    .click();
}

describe('a month’s report with its narrative, files, review and notices', () => {
  it('PCM writes June 2024, attaches an attendance list and sends it', async () => {
    pcm = await session.newPage();
    await signIn(pcm, session.url, 'pcm@demo.gob.pe');
    // The attendance list of one of June's executions, attached through the API as the app does.
    const token = await tokenOf(pcm);
    const report = await session.graphql<{ monthReport: { activities: { activity: { code: string }; executions: { id: number }[] }[] } }>(
      pcm,
      '{ monthReport(entityCode: "PCM", year: 2024, month: 6) { activities { activity { code } executions { id } } } }',
    );
    const executionId = report.monthReport.activities.flatMap((a) => a.executions)[0]!.id;
    const form = new FormData();
    form.append('archivo', new Blob([new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n')]), 'Lista de asistencia junio.pdf');
    const upload = await fetch(`${session.url}/api/executions/${executionId}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    expect(upload.status).toBe(201);

    await pcm.goto(`${session.url}/reporte-mensual/PCM/2024/6`);
    await pcm.locator('[data-activity]').first().waitFor();
    // The file is on the page, and downloads with the session.
    const [download] = await Promise.all([pcm.waitForEvent('download'), pcm.getByRole('button', { name: 'Descargar Lista de asistencia junio.pdf' }).click()]);
    expect(download.suggestedFilename()).toBe('Lista de asistencia junio.pdf');
    // Sending with nothing written lists what each activity needs, and sends nothing.
    await pcm.getByRole('button', { name: 'Enviar a la coordinación' }).click();
    await pcm.getByTestId('save-failure').getByText('Complete el informe antes de enviarlo').waitFor();
    const required = pcm.locator('textarea[required]');
    for (const field of await required.all()) await field.fill('Se cumplió lo programado para junio con las autoridades inscritas.');
    await pcm.getByRole('button', { name: 'Enviar a la coordinación' }).click();
    await pcm.getByText('Reporte enviado').first().waitFor();
  });

  it('the coordination is told under the bell, opens the month and returns it with a comment on 1.4', async () => {
    coordination = await session.newPersonPage();
    await signIn(coordination, session.url, 'coordinacion@demo.gob.pe');
    await followNotice(coordination, 'PCM envió el reporte de junio de 2024');
    await coordination.waitForURL(/\/reporte-mensual\/PCM\/2024\/6$/);
    await coordination.getByText('Se cumplió lo programado para junio con las autoridades inscritas.').first().waitFor();
    await coordination.getByRole('button', { name: 'Devolver', exact: true }).click();
    await coordination.getByRole('textbox', { name: /Comentario sobre la actividad 1\.4/ }).fill('Indique cuántas alcaldesas asistieron.');
    await coordination.getByRole('button', { name: 'Devolver a PCM' }).click();
    await coordination.getByText('Reporte devuelto').first().waitFor();
  });

  it('PCM is told, reads the comment on 1.4, corrects and sends again', async () => {
    await pcm.bringToFront();
    await followNotice(pcm, 'La coordinación devolvió el reporte de junio de 2024');
    await pcm.waitForURL(/\/reporte-mensual\/PCM\/2024\/6$/);
    await pcm.getByTestId('returned-notice').waitFor();
    const card = pcm.locator('[data-activity="1.4"]');
    await card.getByText('Indique cuántas alcaldesas asistieron.').waitFor();
    const achievements = card.getByRole('textbox', { name: /Logros/ });
    if (await achievements.count()) await achievements.fill('Asistieron 6 alcaldesas de 29 autoridades.');
    else await card.getByRole('textbox', { name: /Dificultades/ }).fill('Asistieron 6 alcaldesas de 29 autoridades.');
    await pcm.getByRole('button', { name: 'Enviar de nuevo a la coordinación' }).click();
    await pcm.getByText('Reporte enviado').first().waitFor();
  });

  it('the coordination approves; PCM is told', async () => {
    await coordination.bringToFront();
    await coordination.goto(`${session.url}/validacion`);
    await coordination
      .getByTestId('review-queue')
      .locator('tr[data-entity="PCM"][data-month="6"]')
      .getByRole('link', { name: 'Aprobar junio de 2024 de PCM' })
      .click();
    await coordination.getByText('Asistieron 6 alcaldesas de 29 autoridades.').first().waitFor();
    await coordination.getByRole('button', { name: 'Confirmar la aprobación' }).click();
    await coordination.getByText('Reporte aprobado').first().waitFor();
    // Both versions are kept.
    await coordination.getByRole('button', { name: /^Versión 1/ }).waitFor();

    await pcm.bringToFront();
    await followNotice(pcm, 'La coordinación aprobó el reporte de junio de 2024');
    await pcm.waitForURL(/\/reporte-mensual\/PCM\/2024\/6$/);
    // Approved: nothing left to write.
    expect(await pcm.locator('textarea').count()).toBe(0);
  });
});
