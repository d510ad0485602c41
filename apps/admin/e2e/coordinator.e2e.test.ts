import { describe, expect, it } from 'vitest';
import { signIn } from './harness.mjs';
import { useBrowserSession } from './session';

const session = useBrowserSession();
const { newPage, graphql } = session;

describe('the coordination', () => {
  it('lands on the dashboard and sees its charts', async () => {
    const page = await newPage();
    await signIn(page, session.url, 'coordinacion@demo.gob.pe');
    await expect.poll(() => page.url()).toMatch(/\/panel$/);
    await page.getByRole('button', { name: 'Al 30/06/2024' }).click();
    await page.getByRole('heading', { name: 'Panel de coordinación' }).waitFor();

    const perActivity = page.getByTestId('chart-activities');
    await perActivity.locator('[data-bar-fill]').first().waitFor();
    // 19 activities, one row each; those at 0 % draw no bar; the target line crosses every row at the same place.
    expect(await perActivity.locator('[data-bar]').count()).toBe(19);
    expect(await perActivity.locator('[data-bar-fill]').count()).toBeGreaterThanOrEqual(15);
    const lines = await perActivity.locator('[data-reference-line]').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.left));
    expect(lines).toHaveLength(19);
    expect(new Set(lines).size).toBe(1);
    expect(await perActivity.textContent()).toContain('Meta (100 %)');

    await page.getByTestId('chart-objectives').locator('[data-bar-fill]').first().waitFor();
    expect(await page.getByTestId('chart-objectives').locator('[data-bar-fill]').count()).toBe(3);
    await page.getByTestId('chart-entities').locator('[data-bar-fill]').first().waitFor();
    expect(await page.getByTestId('chart-departments').locator('[data-bar-fill]').count()).toBeGreaterThanOrEqual(20);
    // The January–December heatmap: one cell per activity and month.
    expect(await page.getByTestId('chart-schedule').locator('svg rect[data-empty], svg rect').count()).toBeGreaterThanOrEqual(19 * 12);
    // Each chart's numbers are also available as a table.
    await page.getByTestId('chart-schedule').getByText('Ver los datos en una tabla').click();
    expect(await page.getByTestId('chart-schedule').getByRole('row').count()).toBe(20);
    await page.close();
  });

  it('browses the register page by page and reviews an imported possible duplicate', async () => {
    const page = await newPage();
    await signIn(page, session.url, 'coordinacion@demo.gob.pe');
    await page.getByRole('link', { name: 'Registro de mujeres autoridades' }).click();
    const table = page.getByTestId('register-table');
    await table.waitFor();
    expect(await table.getByRole('row').count()).toBe(26);
    await expect.poll(() => page.getByText(/^Mostrando 1–25 de /).textContent()).toMatch(/de 5.?372$/);
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByText(/^Mostrando 26–50 de /).waitFor();
    await page.getByRole('button', { name: 'Anterior' }).click();
    await page.getByText(/^Mostrando 1–25 de /).waitFor();

    // A file with one bad row is refused whole, and the failing rows are listed.
    const { authority } = await graphql<{ authority: { givenNames: string; familyNames: string; office: string; government: { ubigeo: string } } }>(
      page,
      'query { authority(id: 17) { givenNames familyNames office government { ubigeo } } }',
    );
    const good = `;${authority.givenNames};${authority.familyNames};${authority.office};${authority.government.ubigeo}`;
    await page.getByRole('tab', { name: 'Importar archivo' }).click();
    const upload = async (content: string) => {
      await page.locator('input[type="file"]').setInputFiles({ name: 'registro.csv', mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
      await page.getByRole('button', { name: 'Importar', exact: true }).click();
    };
    await upload(`dni;nombres;apellidos;cargo;ubigeo\n${good}\n123;Ana;;Alcaldesa distrital;999999\n`);
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    expect(await errors.getByRole('row').count()).toBe(2);
    expect(await errors.getByRole('row').nth(1).textContent()).toMatch(/^3.*DNI/);

    // The corrected file goes in; the row that repeats a name and government is flagged.
    await upload(`dni;nombres;apellidos;cargo;ubigeo\n${good}\n`);
    await page.getByText(/^Se agregaron 1 autoridades y se actualizaron 0 \(periodo 2023–2026\)\.$/).waitFor();
    await page.getByRole('button', { name: 'Revisar 1 posible duplicado' }).click();
    const pair = page.getByTestId('duplicate-pair');
    await pair.getByText('Registro original', { exact: true }).waitFor();
    await pair.getByRole('button', { name: 'Es la misma persona: fusionar' }).click();
    await page.getByText('No hay posibles duplicados por revisar').waitFor();
    await page.close();
  });

  it('is asked for its password when its session is no longer valid, and told on the sign-in page if it signs out', async () => {
    const page = await newPage();
    await signIn(page, session.url, 'coordinacion@demo.gob.pe');
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('gj.session')!);
      localStorage.setItem('gj.session', JSON.stringify({ ...session, token: 'no-es-un-token' }));
    });
    await page.goto(`${session.url}/actividades`);
    const reauth = page.getByRole('dialog', { name: 'Su sesión ha expirado' });
    await reauth.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.getByText('Su sesión ha expirado. Inicie sesión nuevamente.').waitFor();
    expect(page.url()).toMatch(/\/ingresar$/);
    expect(await page.evaluate(() => localStorage.getItem('gj.session'))).toBeNull();
    await page.close();
  });

  it('is told, and gets the current data, when someone else saved the execution first', async () => {
    const page = await newPage();
    await signIn(page, session.url, 'coordinacion@demo.gob.pe');
    await page.goto(`${session.url}/actividades/1.4`);
    const table = page.getByTestId('executions-table');
    await table.waitFor();
    const first = table.getByRole('row').nth(1);
    const title = (await first.getByRole('cell').nth(1).locator('p').first().textContent())!;
    await first.getByRole('button', { name: `Editar «${title}»` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Lugar').fill('Lima (cambio de esta persona)');

    // Meanwhile another person changes the same execution.
    const { activity } = await graphql<{
      activity: { executions: { id: number; title: string; version: number; date: string; kind: string; modality: string }[] };
    }>(page, 'query { activity(code: "1.4") { executions { id title version date kind modality } } }');
    const execution = activity.executions.find((e) => e.title === title)!;
    await graphql(
      page,
      'mutation ($id: Int!, $version: Int!, $input: ExecutionInput!) { updateExecution(id: $id, version: $version, input: $input) { version } }',
      {
        id: execution.id,
        version: execution.version,
        input: { title: execution.title, date: execution.date, kind: execution.kind, modality: execution.modality, place: 'Cusco (cambio de otra persona)' },
      },
    );

    await dialog.getByRole('button', { name: 'Guardar cambios' }).click();
    await dialog.getByTestId('conflict-alert').waitFor();
    expect(await dialog.getByTestId('conflict-alert').textContent()).toContain('Otra persona modificó esta ejecución');
    await expect.poll(() => dialog.getByLabel('Lugar').inputValue()).toBe('Cusco (cambio de otra persona)');
    // Saving again, on the version just loaded, works.
    await dialog.getByLabel('Lugar').fill('Lima (cambio de esta persona)');
    await dialog.getByRole('button', { name: 'Guardar cambios' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => table.textContent()).toContain('Lima (cambio de esta persona)');
    await page.close();
  });
});
