import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { renderSignedIn } from '../test/signedIn';
import { ACTIVITY_1_4, PLAN_2025, UNITS } from './fixtures';
import { PlanEditorQuery } from './operations';
import PlanEditorPage from './PlanEditorPage';
import { PlanHeaderForm } from './PlanHeaderForm';
import { citedFootnotes, headerValues } from './planHeaderForm';

const ACTIVITY_2_1 = {
  ...ACTIVITY_1_4,
  code: '2.1',
  name: 'Asistencia técnica y acompañamiento',
  objective: { __typename: 'Objective', code: '2', name: 'Contribuir al fortalecimiento de la gestión.' },
  footnotes: [{ __typename: 'Footnote', number: 7, text: 'Gobiernos liderados por mujeres.' }],
  plannedMonths: [4, 5, 10, 12],
} as unknown as typeof ACTIVITY_1_4;

function renderEditor(status: 'DRAFT' | 'IN_FORCE' | 'CLOSED', activities = [ACTIVITY_1_4, ACTIVITY_2_1]) {
  const plan = { ...PLAN_2025, status, publishedAt: status === 'DRAFT' ? null : '2025-01-20T15:00:00.000Z' };
  const editor = { request: { query: PlanEditorQuery, variables: { year: 2025 } }, result: { data: { plan, activities, units: UNITS } } };
  return renderSignedIn(
    <Routes>
      <Route path="/planes/:year" element={<PlanEditorPage />} />
    </Routes>,
    { mocks: [editor, editor], path: '/planes/2025' },
  );
}

const buttonsOf = (code: string) =>
  within(screen.getByTestId('plan-activities').querySelector<HTMLElement>(`tr[data-code="${code}"]`)!)
    .queryAllByRole('button')
    .map((b) => b.textContent);

describe('PlanEditorPage', () => {
  it('edits a draft: its activities with their months, rule and actions', async () => {
    renderEditor('DRAFT');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan de Trabajo 2025' })).toBeInTheDocument();
    expect(screen.getByTestId('plan-status-note')).toHaveTextContent('Solo la coordinación lo ve.');
    expect(screen.getByRole('button', { name: 'Publicar' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nueva actividad' })).toBeEnabled();
    const row = screen.getByTestId('plan-activities').querySelector<HTMLElement>('tr[data-code="1.4"]')!;
    expect(within(row).getByRole('img', { name: 'Meses programados: mayo, junio, julio y agosto' })).toBeInTheDocument();
    expect(row).toHaveTextContent('SD (PCM)');
    expect(row).toHaveTextContent('Autoridades distintas (según 2024)');
    expect(buttonsOf('1.4')).toEqual(['Editar', 'Quitar']);

    await userEvent.click(screen.getByRole('button', { name: 'Quitar la actividad 1.4' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('¿Quitar la actividad 1.4?');
    expect(dialog).toHaveTextContent('deja de estar en el borrador del plan 2025');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancelar' }));

    await userEvent.click(screen.getByRole('button', { name: 'Editar la actividad 2.1' }));
    const form = await screen.findByRole('dialog');
    expect(within(form).getByRole('form', { name: 'Actividad 2.1' })).toBeInTheDocument();
    expect(within(form).getByTestId('rule-notice')).toHaveTextContent('se muestra la de la actividad 2.1 del plan 2024');
  });

  it('is read-only once published: each activity is reprogrammed instead', async () => {
    renderEditor('IN_FORCE');
    await screen.findByTestId('plan-activities');
    expect(screen.getByTestId('plan-status-note')).toHaveTextContent('Vigente: solo se reprograma');
    expect(screen.queryByRole('button', { name: 'Nueva actividad' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Publicar' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Cerrar el plan' })).toBeInTheDocument();
    expect(buttonsOf('1.4')).toEqual(['Reprogramar']);
    await userEvent.click(screen.getByRole('tab', { name: 'Encabezado y objetivos' }));
    expect(screen.queryByRole('button', { name: 'Guardar encabezado' })).toBeNull();
    expect(screen.getByText(/Contribuir al fortalecimiento de la gestión/)).toBeInTheDocument();
  });

  it('shows the programmed target of a reprogrammed activity, and only a history once closed', async () => {
    const reprogrammed = {
      ...ACTIVITY_1_4,
      target: { ...ACTIVITY_1_4.target, value: 40 },
      reprogrammings: [{ __typename: 'Reprogramming', effectiveDate: '2025-07-01' }],
    };
    renderEditor('CLOSED', [reprogrammed as typeof ACTIVITY_1_4, ACTIVITY_2_1]);
    await screen.findByTestId('plan-activities');
    const target = screen.getByTestId('plan-activities').querySelector<HTMLElement>('tr[data-code="1.4"] [data-testid="target-cell"]')!;
    expect(target).toHaveTextContent('40Mujeres autoridadesProgramada: 50Reprogramada');
    expect(buttonsOf('1.4')).toEqual(['Historial']);
    expect(buttonsOf('2.1')).toEqual([]);
    expect(screen.getByTestId('plan-status-note')).toHaveTextContent('Cerrado: solo lectura');
  });

  it('answers «no existe» for a year that is not one', () => {
    renderSignedIn(
      <Routes>
        <Route path="/planes/:year" element={<PlanEditorPage />} />
      </Routes>,
      { path: '/planes/dos-mil' },
    );
    expect(screen.getByTestId('not-found')).toHaveTextContent('el plan «dos-mil»');
  });
});

describe('PlanHeaderForm', () => {
  it('checks the header with the domain, warns of the notes it cannot read, and saves it whole', async () => {
    const onSubmit = vi.fn(async () => undefined);
    renderWithTheme(<PlanHeaderForm year={2025} initial={headerValues(PLAN_2025, citedFootnotes([ACTIVITY_1_4, ACTIVITY_2_1]))} onSubmit={onSubmit} />);
    expect(screen.getByTestId('footnote-gaps')).toHaveTextContent('(nota 1, nota 2, nota 3, nota 5, nota 6)');
    expect(screen.getByRole('textbox', { name: 'Nota 4' })).toHaveValue('Curso virtual de 40 horas.');
    const title = screen.getByRole('textbox', { name: /^Título/ });
    await userEvent.clear(title);
    await userEvent.click(screen.getByRole('button', { name: 'Agregar objetivo' }));
    await userEvent.clear(screen.getByRole('textbox', { name: 'Número del objetivo 3' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Número del objetivo 3' }), '2');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar encabezado' }));
    expect(
      within(screen.getByTestId('header-problems'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Título: está vacío.', 'Objetivo específico n.° 3: Objetivo específico: está vacío.']);
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.type(title, 'Plan de Trabajo 2025');
    await userEvent.click(screen.getByRole('button', { name: 'Quitar el objetivo n.° 2' }));
    await userEvent.click(screen.getByRole('button', { name: 'Guardar encabezado' }));
    expect(
      within(screen.getByTestId('header-problems'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Objetivo específico n.° 2: Objetivo específico: está vacío.']);
    await userEvent.type(screen.getByRole('textbox', { name: 'Objetivo específico 2' }), 'Prevenir el acoso político.');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar encabezado' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      title: 'Plan de Trabajo 2025',
      legalBasis: 'Decreto Supremo N° 004-2023-MIMP',
      generalObjective: 'Establecer las actividades para implementar la Estrategia.',
      objectives: [
        { code: '1', name: 'Empoderar a las mujeres autoridades.', footnotes: [] },
        { code: '2', name: 'Prevenir el acoso político.', footnotes: [] },
      ],
      footnotes: [
        { number: 4, text: 'Curso virtual de 40 horas.' },
        { number: 7, text: 'Gobiernos liderados por mujeres.' },
      ],
    });
  });
});
