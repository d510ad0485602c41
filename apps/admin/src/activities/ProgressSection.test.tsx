import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { ProgressSection, type ProgressSectionView } from './ProgressSection';

const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, planned: false, executions: 0, status: 'NOT_PLANNED' }));
const part = (key: string, label: string, target: number, achieved: number) => ({ key, label, target, achieved, counted: Math.min(achieved, target) });

const composition: ProgressSectionView = {
  year: 2024,
  target: { unit: 'COUNT', counted: 'AUTHORITIES', value: 200 },
  schedule: [],
  months,
  progress: {
    achieved: 200,
    target: 200,
    percentOfTarget: 80,
    remaining: 40,
    met: false,
    counted: 160,
    warnings: [],
    byOffice: [],
    byDepartment: [],
    parts: [
      part('GOBERNADORAS', 'Gobernadoras', 2, 2),
      part('VICEGOBERNADORAS', 'Vicegobernadoras', 10, 10),
      part('ALCALDESAS', 'Alcaldesas provinciales y distritales', 48, 48),
      part('REGIDORAS', 'Regidoras provinciales y distritales', 100, 140),
      part('CONSEJERAS', 'Consejeras regionales', 40, 0),
    ],
  },
};

describe('ProgressSection', () => {
  it('says what counts when a part of the composition is over its own target, not "200 de 200"', () => {
    renderWithTheme(<ProgressSection activity={composition} asOf="2024-12-31" />);
    const summary = screen.getByTestId('target-progress');
    expect(summary).toHaveTextContent(
      '160 de 200 mujeres autoridades cuentan para la meta (200 en total; lo que excede la meta de una parte no cubre a otra); faltan 40 (Consejeras regionales: 40)',
    );
    expect(summary).not.toHaveTextContent(/200 de 200 mujeres autoridades;/);
    const parts = screen.getByTestId('composition-progress');
    expect(within(parts).getByText('140 de 100 (cuentan 100)')).toBeInTheDocument();
    expect(within(parts).getByRole('progressbar', { name: 'Consejeras regionales: 0 de 40' })).toBeInTheDocument();
    expect(screen.queryByTestId('progress-warning')).toBeNull();
  });

  it('shows the figures that need checking', () => {
    const warning = 'Se cuentan 115 mujeres alcanzadas del grupo «Mujeres autoridades que lideran gobiernos regionales y locales», pero el grupo tiene 110.';
    renderWithTheme(
      <ProgressSection
        activity={{
          ...composition,
          target: { unit: 'PERCENT', counted: 'AUTHORITIES', value: 60 },
          progress: {
            ...composition.progress,
            achieved: 100,
            target: 60,
            percentOfTarget: 166.7,
            remaining: 0,
            met: true,
            counted: null,
            numerator: 110,
            denominator: 110,
            required: 66,
            missing: 0,
            warnings: [warning],
            parts: [],
          },
        }}
        asOf="2024-12-31"
      />,
    );
    const alert = screen.getByTestId('progress-warning');
    expect(alert).toHaveTextContent('Datos por revisar');
    expect(alert).toHaveTextContent(warning);
  });
});
