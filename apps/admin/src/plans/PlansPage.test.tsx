import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { PlanFieldsFragment } from '../gql/graphql';
import { renderSignedIn } from '../test/signedIn';
import { PLAN_2025 } from './fixtures';
import { PlansQuery, PublishPlanMutation } from './operations';
import PlansPage, { defaultCopySource, nextPlanYear } from './PlansPage';

const plan = (year: number, status: PlanFieldsFragment['status'], extra: Partial<PlanFieldsFragment> = {}): PlanFieldsFragment => ({
  ...PLAN_2025,
  year,
  status,
  title: `Plan de Trabajo de la Estrategia Multisectorial Gobernando Juntas - ${year}`,
  ...extra,
});

const PLANS = [
  plan(2023, 'CLOSED', { publishedAt: '2023-01-10T15:00:00.000Z', closedAt: '2024-01-05T15:00:00.000Z' }),
  plan(2024, 'IN_FORCE', { publishedAt: '2024-01-15T15:00:00.000Z' }),
  plan(2025, 'DRAFT'),
];

const plansMock = { request: { query: PlansQuery }, result: { data: { plans: PLANS } } };

function renderPage(mocks: MockedResponse[] = []) {
  return renderSignedIn(<PlansPage />, { mocks: [plansMock, ...mocks] });
}

const rowOf = (year: number) => screen.getByTestId('plans-table').querySelector<HTMLElement>(`tr[data-year="${year}"]`)!;

describe('PlansPage', () => {
  it('lists each plan-year with its status and the actions its status allows', async () => {
    renderPage();
    await screen.findByTestId('plans-table');
    const actions = (year: number) => [...rowOf(year).querySelectorAll('td:last-child a, td:last-child button')].map((b) => b.textContent);
    expect(within(rowOf(2023)).getByText('Cerrado').closest('[data-status]')).toHaveAttribute('data-status', 'CLOSED');
    expect(actions(2023)).toEqual(['Abrir', 'Descargar Excel']);
    expect(within(rowOf(2024)).getByText('Vigente')).toBeInTheDocument();
    expect(rowOf(2024)).toHaveTextContent('15/01/2024, 10:00');
    expect(actions(2024)).toEqual(['Abrir', 'Descargar Excel', 'Cerrar']);
    expect(within(rowOf(2025)).getByText('Borrador')).toBeInTheDocument();
    expect(actions(2025)).toEqual(['Editar', 'Descargar Excel', 'Importar', 'Publicar']);
    expect(within(rowOf(2025)).getByRole('link', { name: 'Editar el plan 2025' })).toHaveAttribute('href', '/planes/2025');
  });

  it('shows every problem the API lists when it refuses to publish', async () => {
    const refusal = {
      request: { query: PublishPlanMutation, variables: { year: 2025 } },
      result: {
        errors: [
          new GraphQLError('El plan 2025 no se puede publicar todavía: hay 2 problemas.', {
            extensions: {
              code: 'BAD_USER_INPUT',
              problems: [
                'Actividad 1.4: no tiene ningún mes programado.',
                'Actividad 2.1: la unidad responsable "DNEF" no existe en el catálogo de entidades.',
              ],
            },
          }),
        ],
      },
    };
    renderPage([refusal]);
    await screen.findByTestId('plans-table');
    await userEvent.click(screen.getByRole('button', { name: 'Publicar el plan 2025' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('¿Publicar el plan 2025?');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publicar' }));
    const problems = await within(dialog).findByTestId('problems');
    expect(problems).toHaveTextContent('El plan no se puede publicar todavía');
    expect(problems).toHaveTextContent('El plan 2025 no se puede publicar todavía: hay 2 problemas.');
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Actividad 1.4: no tiene ningún mes programado.', 'Actividad 2.1: la unidad responsable "DNEF" no existe en el catálogo de entidades.']);
    // The dialog stays open to try again once fixed.
    expect(within(dialog).getByRole('button', { name: 'Publicar' })).toBeEnabled();
  });

  it('explains that closing makes the plan read-only', async () => {
    renderPage();
    await screen.findByTestId('plans-table');
    await userEvent.click(screen.getByRole('button', { name: 'Cerrar el plan 2024' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('¿Cerrar el plan 2024?');
    expect(dialog).toHaveTextContent('quedará de solo lectura');
    expect(dialog).toHaveTextContent('No se puede deshacer.');
    expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toHaveFocus();
  });

  it('proposes the next year, copied from the latest published one, and refuses a year that exists', async () => {
    renderPage();
    await screen.findByTestId('plans-table');
    await userEvent.click(screen.getByRole('button', { name: 'Nuevo plan' }));
    const dialog = await screen.findByRole('dialog');
    const year = within(dialog).getByRole('textbox', { name: /^Año/ });
    expect(year).toHaveValue('2026');
    expect(within(dialog).getByRole('combobox', { name: /^Copiar de/ })).toHaveValue('Plan 2024');
    await userEvent.clear(year);
    await userEvent.type(year, '2024');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Crear plan' }));
    await waitFor(() => expect(dialog).toHaveTextContent('Ya existe el plan 2024: ábralo desde la lista.'));
    expect(nextPlanYear([])).toBe(new Date().getFullYear());
    // A draft may be unfinished: the latest published plan is the one copied by default.
    expect(
      defaultCopySource([
        { year: 2024, status: 'CLOSED' },
        { year: 2025, status: 'IN_FORCE' },
        { year: 2026, status: 'DRAFT' },
      ]),
    ).toBe('2025');
    expect(defaultCopySource([{ year: 2026, status: 'DRAFT' }])).toBe('2026');
    expect(defaultCopySource([])).toBeNull();
  });

  it('imports a spreadsheet only as an XLSX, into a year that is not published', async () => {
    renderPage();
    await screen.findByTestId('plans-table');
    await userEvent.click(screen.getByRole('button', { name: 'Importar hoja' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.querySelector('input[type="file"]')).toHaveAttribute('accept', '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(dialog).toHaveTextContent('Crea el borrador 2026.');
    const year = within(dialog).getByRole('textbox', { name: /^Año del plan/ });
    await userEvent.clear(year);
    await userEvent.type(year, '2024');
    expect(dialog).toHaveTextContent('El plan 2024 ya está publicado');
    expect(within(dialog).queryByRole('button', { name: 'Importar' })).toBeNull();
  });
});
