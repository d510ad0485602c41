import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { ActivityForm, withoutActivityPrefix } from './ActivityForm';
import { ACTIVITY_1_4, PLAN_2025, UNITS } from './fixtures';
import { activityValues, emptyActivity, knownRule } from './planActivityForm';

const context = { plan: PLAN_2025, unitCodes: new Set(UNITS.map((u) => u.code)), otherCodes: ['1.1', '1.4'] };

function renderForm(props: Partial<Parameters<typeof ActivityForm>[0]> = {}) {
  const onSubmit = vi.fn(async () => undefined);
  renderWithTheme(
    <ActivityForm
      initial={activityValues(ACTIVITY_1_4, knownRule(2025, '1.4')!.rule)}
      isNew={false}
      units={UNITS}
      context={context}
      knownFootnotes={[{ number: 4, text: 'Curso virtual.' }]}
      onSubmit={onSubmit}
      onCancel={() => {}}
      {...props}
    />,
  );
  return { onSubmit };
}

const listItems = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('listitem')
    .map((li) => li.textContent);

describe('ActivityForm', () => {
  it('shows every field of the activity, the months as 12 toggles and the rule with its parameters', async () => {
    renderForm({ ruleNotice: 'Se muestra la regla de la actividad 1.4 del plan 2024. Verifíquela antes de guardar.' });
    expect(screen.getByRole('form', { name: 'Actividad 1.4' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Código/ })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: /^Nombre de la actividad/ })).toHaveValue('Capacitación en Gestión Pública Municipal');
    expect(screen.getByRole('textbox', { name: /^Meta/ })).toHaveValue('50');
    const months = within(screen.getByRole('group', { name: 'Meses programados' }));
    expect(months.getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Ene',
      'Feb',
      'Mar',
      'Abr',
      'May',
      'Jun',
      'Jul',
      'Ago',
      'Set',
      'Oct',
      'Nov',
      'Dic',
    ]);
    expect(months.getAllByRole('button', { pressed: true }).map((b) => b.getAttribute('aria-label'))).toEqual(['Mayo', 'Junio', 'Julio', 'Agosto']);
    expect(screen.getByRole('checkbox', { name: 'Obj1' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Obj2' })).not.toBeChecked();
    expect(screen.getByRole('textbox', { name: /^Notas al pie/ })).toHaveValue('4');
    expect(screen.getByTestId('rule-notice')).toHaveTextContent('Verifíquela antes de guardar.');
    expect(screen.getByTestId('rule-help')).toHaveTextContent('Cuenta cada mujer autoridad una sola vez');
    expect(screen.getByRole('combobox', { name: /^Resultado que cuenta/ })).toHaveValue('Culminó');
    // Nothing is missing: no problems listed.
    expect(screen.queryByTestId('activity-publish-problems')).toBeNull();

    // A percentage target offers only the rules that yield a percentage, and says the current one does not fit.
    await userEvent.click(screen.getByRole('radio', { name: 'Porcentaje' }));
    expect(screen.getByText('La regla no sirve para esta meta').closest('[role="alert"]')).toHaveTextContent(
      'La regla «Número de mujeres autoridades distintas con un resultado (cada una cuenta una vez)» no mide una meta en porcentaje',
    );
    await userEvent.click(screen.getByRole('combobox', { name: /^Regla de cálculo del avance/ }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      'Porcentaje (A/B)×100: A con un resultado (p. ej. aprobó) entre B con otro (p. ej. inscrita)',
      'Porcentaje de un grupo fijo alcanzado (p. ej. el 60 % de las autoridades que lideran gobiernos)',
    ]);
    await userEvent.click(screen.getByRole('option', { name: /^Porcentaje \(A\/B\)/ }));
    expect(screen.getByRole('combobox', { name: /^A \(numerador\)/ })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^B \(denominador\)/ })).toBeInTheDocument();
  });

  it('lists what publishing will need while it can still be saved, and sends the edited activity', async () => {
    const { onSubmit } = renderForm();
    const months = within(screen.getByRole('group', { name: 'Meses programados' }));
    for (const m of ['Mayo', 'Junio', 'Julio', 'Agosto']) await userEvent.click(months.getByRole('button', { name: m }));
    expect(listItems('activity-publish-problems')).toEqual(['No tiene ningún mes programado.']);
    await userEvent.click(months.getByRole('button', { name: 'Marzo' }));
    await userEvent.click(months.getByRole('button', { name: 'Diciembre' }));
    expect(screen.queryByTestId('activity-publish-problems')).toBeNull();
    const target = screen.getByRole('textbox', { name: /^Meta/ });
    await userEvent.clear(target);
    await userEvent.type(target, '120');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar actividad' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ code: '1.4', plannedMonths: [3, 12], target: expect.objectContaining({ value: 120 }), responsibleUnits: ['SD'] }),
    );
  });

  it('stops a new activity with what is missing, and shows the API’s refusal in full', async () => {
    const onSubmit = vi.fn(async () => {
      throw new CombinedGraphQLErrors({
        data: null,
        errors: [
          {
            message: 'La actividad tiene datos no válidos.',
            extensions: { code: 'BAD_USER_INPUT', problems: ['Actividad 2.5: la unidad responsable "DNEF" no existe en el catálogo de entidades.'] },
          },
        ],
      });
    });
    renderForm({ initial: emptyActivity('1'), isNew: true, onSubmit });
    expect(screen.getByRole('textbox', { name: /^Código/ })).toHaveValue('1.');
    await userEvent.click(screen.getByRole('button', { name: 'Guardar actividad' }));
    expect(listItems('activity-errors')).toEqual([
      'Regla: elija cómo se calcula el avance.',
      'Código de actividad: debe ser como "1.4".',
      'Nombre de la actividad: está vacío.',
      'Meta: debe ser un número.',
    ]);
    expect(onSubmit).not.toHaveBeenCalled();

    // The code follows the objective while only its prefix is written.
    await userEvent.click(screen.getByRole('combobox', { name: /^Objetivo específico/ }));
    await userEvent.click(await screen.findByRole('option', { name: /^2\. / }));
    const code = screen.getByRole('textbox', { name: /^Código/ });
    expect(code).toHaveValue('2.');
    await userEvent.type(code, '5');
    await userEvent.type(screen.getByRole('textbox', { name: /^Nombre de la actividad/ }), 'Asistencia técnica en finanzas municipales');
    await userEvent.type(screen.getByRole('textbox', { name: /^Meta/ }), '30');
    await userEvent.click(screen.getByRole('combobox', { name: /^Regla de cálculo del avance/ }));
    await userEvent.click(await screen.findByRole('option', { name: /^Número de acciones realizadas/ }));
    expect(screen.getByTestId('rule-help')).toHaveTextContent('Cuenta las ejecuciones de tipo «Acción de difusión». No necesita más datos.');
    expect(screen.queryByTestId('activity-errors')).toBeNull();
    expect(listItems('activity-publish-problems')).toEqual([
      'No tiene unidad responsable.',
      'No tiene el texto de la meta.',
      'No tiene ningún mes programado.',
      'No está alineada a ningún objetivo de la estrategia (columna DS).',
      'Una regla que cuenta acciones necesita una meta que cuente acciones.',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Guardar actividad' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ code: '2.5', objective: '2', rule: { kind: 'ACTION_COUNT' }, plannedMonths: [] }));
    const refusal = await screen.findByTestId('activity-refusal');
    expect(refusal).toHaveTextContent('No se pudo guardar la actividad');
    expect(refusal).toHaveTextContent('La actividad tiene datos no válidos.');
    expect(
      within(refusal)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Actividad 2.5: la unidad responsable "DNEF" no existe en el catálogo de entidades.']);
  });

  it('edits the parts of a composed target and says what they add up to', async () => {
    renderForm({ initial: { ...activityValues(ACTIVITY_1_4, knownRule(2024, '1.9')!.rule), code: '1.9', targetValue: 200 } });
    expect(screen.getByTestId('parts-sum')).toHaveTextContent('Las partes suman 200 de 200');
    expect(screen.getByRole('textbox', { name: 'Parte 1: nombre' })).toHaveValue('Gobernadoras');
    await userEvent.click(screen.getByRole('button', { name: 'Quitar la parte 5' }));
    expect(screen.getByTestId('parts-sum')).toHaveTextContent('Las partes suman 160 de 200');
    expect(listItems('activity-publish-problems')).toEqual(['Las partes de la meta suman 160, no 200.']);
    await userEvent.click(screen.getByRole('button', { name: 'Agregar parte' }));
    expect(screen.getByRole('textbox', { name: 'Parte 5: nombre' })).toHaveValue('');
  });

  it('drops the activity’s own code from its problems', () => {
    expect(withoutActivityPrefix('Actividad 1.4: la unidad responsable "X" no existe.')).toBe('La unidad responsable "X" no existe.');
    expect(withoutActivityPrefix('Regla: elija cómo se calcula el avance.')).toBe('Regla: elija cómo se calcula el avance.');
  });
});
