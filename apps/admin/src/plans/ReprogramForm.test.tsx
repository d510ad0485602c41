import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ReprogrammingFieldsFragment } from '../gql/graphql';
import { renderWithTheme } from '../test/render';
import { ACTIVITY_1_4, UNITS } from './fixtures';
import { checkReprogram, reprogramValues, toReprogrammingInput } from './reprogramForm';
import { ReprogramForm } from './ReprogramForm';
import { ReprogrammingHistory } from './ReprogrammingHistory';

const inForce = { ...ACTIVITY_1_4, reprogrammings: [{ effectiveDate: '2025-03-01' }] };
const units = new Set(UNITS.map((u) => u.code));

describe('a reprogramming', () => {
  it('sends only what changed, checked with the domain first', () => {
    const values = { ...reprogramValues(inForce), targetValue: 40, reason: 'Recorte presupuestal del segundo semestre.', document: 'RM N° 045-2025-MIMP' };
    expect(checkReprogram({ ...values, effectiveDate: '2025-07-01' }, inForce, 2025, units)).toEqual({ problems: [], summary: 'meta de 50 a 40' });
    expect(toReprogrammingInput({ ...values, effectiveDate: '2025-07-01' }, inForce)).toEqual({
      targetValue: 40,
      plannedMonths: null,
      unitCodes: null,
      reason: 'Recorte presupuestal del segundo semestre.',
      document: 'RM N° 045-2025-MIMP',
      effectiveDate: '2025-07-01',
    });
    // Before the latest change, outside the year, or changing nothing: refused in words.
    expect(checkReprogram({ ...values, effectiveDate: '2025-02-01' }, inForce, 2025, units).problems).toEqual([
      'Fecha de vigencia: no puede ser anterior a la de la última reprogramación (2025-03-01).',
    ]);
    expect(checkReprogram({ ...reprogramValues(inForce), reason: 'corto', document: '', effectiveDate: null }, inForce, 2025, units).problems).toEqual([
      'Motivo: explique el motivo en al menos 10 caracteres.',
      'Documento: indique el documento que aprueba la reprogramación (p. ej. "Resolución Ministerial N° 045-2025-MIMP").',
      'Fecha de vigencia: debe ser una fecha válida (AAAA-MM-DD).',
    ]);
    expect(checkReprogram({ ...values, targetValue: 50, effectiveDate: '2025-07-01' }, inForce, 2025, units).problems).toEqual([
      'La reprogramación no cambia nada: indique una nueva meta, nuevos meses o nuevos responsables.',
    ]);
  });
});

describe('ReprogramForm', () => {
  it('says what it changes, lists every problem before sending, then sends the change', async () => {
    const onSubmit = vi.fn(async () => undefined);
    renderWithTheme(<ReprogramForm activity={inForce} year={2025} units={UNITS} onSubmit={onSubmit} onCancel={() => {}} />);
    expect(screen.getByText('Programación vigente: meta 50; cambie solo lo que reprograma.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reprogramar' }));
    expect(
      within(screen.getByTestId('reprogram-problems'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Motivo: explique el motivo en al menos 10 caracteres.',
      'Documento: indique el documento que aprueba la reprogramación (p. ej. "Resolución Ministerial N° 045-2025-MIMP").',
      'Fecha de vigencia: debe ser una fecha válida (AAAA-MM-DD).',
    ]);
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.click(within(screen.getByRole('group', { name: 'Meses programados' })).getByRole('button', { name: 'Diciembre' }));
    expect(screen.getByTestId('reprogram-summary')).toHaveTextContent('Cambia: meses de [5, 6, 7, 8] a [5, 6, 7, 8, 12].');
    await userEvent.type(screen.getByRole('textbox', { name: /^Motivo/ }), 'Se agrega una edición en diciembre.');
    await userEvent.type(screen.getByRole('textbox', { name: /^Documento que la aprueba/ }), 'Oficio N° 120-2025-MIMP/DVMM');
    await userEvent.type(screen.getByRole('textbox', { name: /^Vigente desde/ }), '01/07/2025');
    await userEvent.tab();
    await userEvent.click(screen.getByRole('button', { name: 'Reprogramar' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit).toHaveBeenCalledWith({
      targetValue: null,
      plannedMonths: [5, 6, 7, 8, 12],
      unitCodes: null,
      reason: 'Se agrega una edición en diciembre.',
      document: 'Oficio N° 120-2025-MIMP/DVMM',
      effectiveDate: '2025-07-01',
    });
  });

  it('does not let a composed target change alone', () => {
    const composed = {
      ...inForce,
      target: { ...inForce.target, value: 200, composition: [{ key: 'GOBERNADORAS', label: 'Gobernadoras', value: 2 }] },
    };
    renderWithTheme(<ReprogramForm activity={composed} year={2025} units={UNITS} onSubmit={vi.fn()} onCancel={() => {}} />);
    expect(screen.getByRole('textbox', { name: 'Nueva meta' })).toBeDisabled();
    expect(screen.getByText('Esta meta es la suma de sus partes: no se reprograma sola.')).toBeInTheDocument();
  });
});

describe('ReprogrammingHistory', () => {
  const change: ReprogrammingFieldsFragment = {
    effectiveDate: '2025-07-01',
    reason: 'Recorte presupuestal del segundo semestre.',
    document: 'Resolución Ministerial N° 045-2025-MIMP',
    summary: 'meta de 50 a 40',
    createdBy: 'coordinacion@demo.gob.pe',
    createdAt: '2025-06-20T15:04:00.000Z',
    plannedMonths: null,
    unitCodes: null,
    target: { value: 40, unit: 'COUNT' },
    previousTarget: { value: 50, unit: 'COUNT' },
  };

  it('lists each change: from when, what, the document, why and who', () => {
    renderWithTheme(<ReprogrammingHistory items={[change]} />);
    const history = screen.getByRole('region', { name: 'Historial de reprogramaciones' });
    expect(within(history).getByRole('heading')).toHaveTextContent('Reprogramaciones (1)');
    expect(history).toHaveTextContent('Vigente desde el 01/07/2025');
    expect(history).toHaveTextContent('Meta de 50 a 40.');
    expect(history).toHaveTextContent('Resolución Ministerial N° 045-2025-MIMP');
    expect(history).toHaveTextContent('Motivo: Recorte presupuestal del segundo semestre.');
    expect(history).toHaveTextContent('Registrada por coordinacion@demo.gob.pe el 20/06/2025, 10:04');
  });

  it('shows nothing without changes', () => {
    renderWithTheme(<ReprogrammingHistory items={[]} />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByText(/Reprogramaciones/)).toBeNull();
  });
});
