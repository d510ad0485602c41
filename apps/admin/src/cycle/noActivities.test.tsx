import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import type { Submission } from './status';
import { SubmissionGrid } from './SubmissionGrid';

describe('an entity without activities in the plan', () => {
  it('has no months to send in the coordination’s grid, only a note', () => {
    const all: Submission[] = [
      ['PCM', true],
      ['MEF', false],
    ].flatMap(([e, hasActivities]) =>
      Array.from({ length: 12 }, (_, i) => ({ entityCode: e as string, year: 2024, month: i + 1, status: 'DRAFT', hasActivities: hasActivities as boolean })),
    );
    const entities = [
      { code: 'PCM', name: 'Presidencia del Consejo de Ministros', shortName: 'PCM' },
      { code: 'MEF', name: 'Ministerio de Economía y Finanzas', shortName: 'MEF' },
    ];
    renderWithTheme(<SubmissionGrid year={2024} entities={entities} submissions={all} onSelect={() => {}} />);
    expect(screen.getByText('Sin actividades en el plan 2024: no envía reportes mensuales.').closest('td')).toHaveAttribute('data-entity', 'MEF');
    expect(screen.queryByRole('button', { name: /^MEF, / })).toBeNull();
    expect(screen.getAllByRole('button', { name: /^PCM, / })).toHaveLength(12);
  });
});
