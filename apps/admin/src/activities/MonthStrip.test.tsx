import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MONTH_STATUS_LABELS } from '@gj/domain';
import { renderWithTheme } from '../test/render';
import { alternativeMonths, MonthStatusLegend, MonthStrip, monthCellLabel } from './MonthStrip';

const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, planned: false, executions: 0, status: 'NOT_PLANNED' }));
months[3] = { month: 4, planned: true, executions: 2, status: 'DONE' };
months[4] = { month: 5, planned: true, executions: 0, status: 'DELAYED' };
months[5] = { month: 6, planned: true, executions: 0, status: 'IN_PROGRESS' };
months[8] = { month: 9, planned: true, executions: 0, status: 'UPCOMING' };
months[1] = { month: 2, planned: false, executions: 1, status: 'UNPLANNED' };

describe('MonthStrip', () => {
  it('renders the twelve months in order, each saying its status in Spanish', () => {
    renderWithTheme(<MonthStrip months={[...months].reverse()} year={2024} />);
    const strip = screen.getByRole('list', { name: 'Cronograma 2024' });
    const cells = within(strip).getAllByRole('listitem');
    expect(cells).toHaveLength(12);
    expect(cells[0]).toHaveTextContent('Enero: No programado');
    expect(cells[1]).toHaveTextContent('Febrero: Ejecutado sin programar (1 ejecución)');
    expect(cells[3]).toHaveTextContent('Abril: Ejecutado (2 ejecuciones)');
    expect(cells[4]).toHaveTextContent('Mayo: Retrasado');
    expect(cells[5]).toHaveTextContent('Junio: En curso');
    expect(cells[8]).toHaveTextContent('Setiembre: Próximo');
    expect(cells[8]).toHaveAttribute('data-status', 'UPCOMING');
    // The plan's own column initials.
    expect(cells.map((c) => c.textContent?.charAt(0)).join('')).toBe('EFMAMJJASOND');
  });

  it('marks the other month of an ambiguous (merged-column) mark', () => {
    const schedule = [{ candidates: [8, 9], reading: [9], ambiguous: true }];
    expect([...alternativeMonths(schedule)]).toEqual([8]);
    renderWithTheme(<MonthStrip months={months} schedule={schedule} year={2024} />);
    const august = screen.getAllByRole('listitem')[7]!;
    expect(august).toHaveTextContent('Agosto: No programado. Mes alternativo de una marca ambigua del plan');
    expect(august.getAttribute('style')).toContain('dashed');
  });

  it('labels cells with the domain status labels', () => {
    expect(monthCellLabel({ month: 11, planned: true, executions: 0, status: 'DELAYED' }, false)).toBe(`Noviembre: ${MONTH_STATUS_LABELS.DELAYED}`);
  });

  it('has a legend with every status', () => {
    renderWithTheme(<MonthStatusLegend withAlternative />);
    const legend = screen.getByRole('list', { name: 'Leyenda del cronograma' });
    for (const label of Object.values(MONTH_STATUS_LABELS)) expect(legend).toHaveTextContent(label);
    expect(legend).toHaveTextContent('Mes alternativo');
  });
});
