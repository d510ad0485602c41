import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { PlanSection, type PlanView } from './PlanSection';

const activity: PlanView = {
  code: '1.4',
  year: 2025,
  objective: { code: '1', name: 'Empoderar a las mujeres autoridades.' },
  responsibleUnits: [{ code: 'SD', name: 'Secretaría de Descentralización', isWholeEntity: false, entity: { code: 'PCM', shortName: 'PCM' } }],
  target: { value: 40, unit: 'COUNT', description: '50 mujeres autoridades capacitadas.', composition: [] },
  originalTarget: { value: 50, unit: 'COUNT' },
  reprogrammings: [
    {
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
    },
  ],
  indicator: 'N° de mujeres autoridades capacitadas.',
  strategyObjectives: ['Obj1'],
  plannedMonths: [5, 6, 7, 8],
  schedule: [],
  flags: [],
  footnotes: [],
  interpretation: null,
};

describe('PlanSection', () => {
  it('shows the programmed and the reprogrammed target side by side, and the history', () => {
    renderWithTheme(<PlanSection activity={activity} />);
    expect(screen.getByTestId('reprogrammed-target')).toHaveTextContent('Programada: 50Reprogramada: 40');
    const history = screen.getByRole('region', { name: 'Historial de reprogramaciones' });
    expect(history).toHaveTextContent('Vigente desde el 01/07/2025');
    expect(within(history).getByText('Resolución Ministerial N° 045-2025-MIMP')).toBeInTheDocument();
  });

  it('shows one target when it was never reprogrammed', () => {
    renderWithTheme(<PlanSection activity={{ ...activity, target: { ...activity.target, value: 50 }, reprogrammings: [] }} />);
    expect(screen.queryByTestId('reprogrammed-target')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Historial de reprogramaciones' })).toBeNull();
  });
});
