import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { signIn } from './harness.mjs';
import { useBrowserSession } from './session';

const session = useBrowserSession();
const { newPage, graphql } = session;

/** The activity's row in the plan editor's table. */
const row = (page: Page, code: string) => page.getByTestId('plan-activities').locator('tr', { has: page.getByRole('cell', { name: code, exact: true }) });

async function chooseYear(page: Page, year: number) {
  await page.getByTestId('plan-year').click();
  await page.getByRole('option', { name: new RegExp(`^${year} — `) }).click();
}

describe('plan-years in the web app', () => {
  it('the coordination copies 2024 into a 2025 draft, edits an activity, publishes it and reprograms it; PCM then works on 2025', async () => {
    const page = await newPage();
    await signIn(page, session.url, 'coordinacion@demo.gob.pe');
    await page.getByRole('link', { name: 'Planes de trabajo' }).click();
    await page.getByTestId('plans-table').waitFor();

    // An empty draft cannot be published: every problem is listed, nothing changes.
    await page.getByRole('button', { name: 'Nuevo plan' }).click();
    await page.getByRole('dialog').getByLabel('Año').fill('2026');
    await page.getByRole('dialog').getByRole('combobox', { name: 'Copiar de' }).click();
    await page.getByRole('option', { name: 'No copiar: plan vacío' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Crear plan' }).click();
    await page.getByRole('heading', { name: 'Plan de Trabajo 2026' }).waitFor();
    await page.getByRole('button', { name: 'Publicar', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publicar' }).click();
    const problems = page.getByRole('dialog').getByTestId('problems');
    await problems.waitFor();
    expect(await problems.getByRole('listitem').count()).toBeGreaterThan(0);
    expect(await problems.textContent()).toMatch(/objetivo|actividad/i);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancelar' }).click();
    expect(await page.getByTestId('plan-status-note').textContent()).toContain('Borrador');

    // 2025, copied from 2024.
    await page.getByRole('link', { name: 'Planes de trabajo' }).first().click();
    await page.getByRole('button', { name: 'Nuevo plan' }).click();
    const create = page.getByRole('dialog');
    await create.getByLabel('Año').fill('2025');
    // The latest plan is offered as the one to copy.
    expect(await create.getByRole('combobox', { name: 'Copiar de' }).inputValue()).toBe('Plan 2024');
    await create.getByRole('button', { name: 'Crear plan' }).click();
    await page.getByRole('heading', { name: 'Plan de Trabajo 2025' }).waitFor();
    await page.getByRole('tab', { name: 'Actividades (19)' }).waitFor();

    // Edit 1.4 (PCM's): a new target, saved in the draft.
    await page.getByRole('button', { name: 'Editar la actividad 1.4' }).click();
    const form = page.getByRole('form', { name: 'Actividad 1.4' });
    await form.getByRole('textbox', { name: 'Meta', exact: true }).fill('40');
    await form.getByRole('button', { name: 'Guardar actividad' }).click();
    await form.waitFor({ state: 'detached' });
    const { activity: edited } = await graphql<{ activity: { target: { value: number } } }>(
      page,
      'query { activity(year: 2025, code: "1.4") { target { value } } }',
    );
    expect(edited.target.value).toBe(40);

    // A focal point does not see a draft.
    const pcm = await session.newPersonPage(); // another person at the same time: another browser
    await signIn(pcm, session.url, 'pcm@demo.gob.pe');
    const { planYears: before } = await graphql<{ planYears: number[] }>(pcm, 'query { planYears }');
    expect(before).not.toContain(2025);

    await page.getByRole('button', { name: 'Publicar', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publicar' }).click();
    await page.getByText('Vigente: solo se reprograma').waitFor();

    // Reprogrammed from July, with its document; the history keeps it.
    await page.getByRole('button', { name: 'Reprogramar la actividad 1.4' }).click();
    const reprogram = page.getByRole('form', { name: 'Reprogramar la actividad 1.4' });
    await reprogram.getByRole('textbox', { name: 'Nueva meta' }).fill('25');
    await reprogram.getByLabel('Motivo').fill('Reducción presupuestal aprobada en la reunión de la estrategia.');
    await reprogram.getByLabel('Documento que la aprueba').fill('Acta N.° 3-2025-GJ');
    await reprogram.getByLabel('Vigente desde').fill('01/07/2025');
    await reprogram.getByRole('button', { name: 'Reprogramar' }).click();
    await page.getByText('Actividad 1.4 reprogramada').waitFor();
    await reprogram.waitFor({ state: 'detached' });
    expect((await row(page, '1.4').getByTestId('target-cell').textContent())?.replace(/\s+/g, ' ')).toMatch(/25.*Programada: 40/);
    await page.getByRole('button', { name: 'Reprogramar la actividad 1.4' }).click();
    await page.getByTestId('reprogramming-history').getByText('Acta N.° 3-2025-GJ').waitFor();
    await page.keyboard.press('Escape');

    // PCM now sees 2025 in force, its activity with the programmed and the reprogrammed target.
    await pcm.reload();
    await pcm.getByTestId('viewer-email').waitFor();
    await chooseYear(pcm, 2025);
    expect(await pcm.getByTestId('plan-year').inputValue()).toBe('2025 — Vigente');
    await pcm.locator('[data-testid="activity-card"][data-code="1.4"]').getByRole('link').click();
    const targets = pcm.getByTestId('reprogrammed-target');
    await targets.waitFor();
    expect((await targets.textContent())?.replace(/\s+/g, ' ')).toMatch(/Programada: 40.*Reprogramada: 25/);
    // The draft 2026 is not among its years.
    await pcm.getByTestId('plan-year').click();
    expect(await pcm.getByRole('option').allTextContents()).not.toContain('2026 — Borrador');
    await pcm.close();
    await page.close();
  });
});
