import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { TargetProgress } from './TargetProgress';

const count = { achieved: 30, target: 50, percentOfTarget: 60, remaining: 20, met: false };

describe('TargetProgress', () => {
  it('fills the bar to the % of target and says it for assistive technology', () => {
    renderWithTheme(<TargetProgress progress={count} target={{ unit: 'COUNT', counted: 'AUTHORITIES', value: 50 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Avance respecto de la meta' });
    expect(bar).toHaveAttribute('aria-valuenow', '60');
    expect(bar.getAttribute('aria-valuetext')).toMatch(/^60\s?% de la meta\. 30 de 50 mujeres autoridades; faltan 20$/);
    expect(screen.getByTestId('percent-of-target').textContent).toMatch(/^60\s?%$/);
  });

  it('caps the bar at 100 % but shows the real percentage', () => {
    renderWithTheme(
      <TargetProgress
        progress={{ achieved: 6, target: 5, percentOfTarget: 120, remaining: 0, met: true }}
        target={{ unit: 'COUNT', counted: 'ACTIONS', value: 5 }}
      />,
    );
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByTestId('percent-of-target').textContent).toMatch(/^120\s?%$/);
    expect(screen.getByText('6 de 5 acciones: meta cumplida')).toBeInTheDocument();
  });
});
