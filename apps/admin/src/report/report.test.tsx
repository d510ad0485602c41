import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { ReactElement } from 'react';
import { describe, expect, it } from 'vitest';
import { formatPercent } from '../lib/format';
import { renderWithTheme } from '../test/render';
import { AlertList } from './AlertList';
import { exportUrl } from './ExportButtons';
import { strategyObjectiveLabel } from './labels';
import { activityState, ReachTable, ReportActivityTable, ReportGroupTable, shortMonths, type ReportActivityRow } from './ReportTables';

const inRouter = (ui: ReactElement) => renderWithTheme(<MemoryRouter>{ui}</MemoryRouter>);

const row = (over: Partial<ReportActivityRow>): ReportActivityRow => ({
  code: '1.4',
  name: 'Fortalecer capacidades en gestión pública',
  entities: ['PCM'],
  originalTargetValue: 300,
  targetValue: 300,
  targetUnit: 'COUNT',
  achieved: 120,
  percentOfTarget: 40,
  expectedPercent: 50,
  met: false,
  behind: true,
  executions: 3,
  executionsWithEvidence: 2,
  plannedMonths: [4, 5, 6, 7],
  executedMonths: [4, 5],
  delayedMonths: [6],
  ...over,
});

describe('ReportActivityTable', () => {
  it('shows target, achieved, % of target against % expected, months and the behind flag', () => {
    inRouter(
      <ReportActivityTable
        rows={[
          row({}),
          row({
            code: '1.8',
            name: 'Curso de SERVIR',
            entities: ['SERVIR'],
            originalTargetValue: 60,
            targetValue: 50,
            targetUnit: 'PERCENT',
            achieved: 75,
            percentOfTarget: 125,
            expectedPercent: 100,
            met: true,
            behind: false,
            executions: 1,
            plannedMonths: [3],
            executedMonths: [3],
            delayedMonths: [],
          }),
          row({ code: '1.5', entities: ['MIMP', 'OSCE'], behind: false, delayedMonths: [], percentOfTarget: 60, expectedPercent: 50 }),
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Avance de las actividades' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual([
      'Actividad',
      'Meta programada',
      'Meta reprogramada',
      'Logro',
      '% de la meta',
      '% esperado',
      'Estado',
      'Meses programados',
      'Meses ejecutados',
      'Meses retrasados',
    ]);
    const cells = within(rows[1]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[0]).toContain('1.4');
    expect(cells[0]).toContain('PCM · 3 ejecuciones (2 con medios de verificación)');
    // Not reprogrammed: the programmed target only.
    expect(cells.slice(1, 6)).toEqual(['300', '—', '120', formatPercent(40), formatPercent(50)]);
    expect(cells.slice(7)).toEqual(['abr, may, jun, jul', 'abr, may', 'jun']);
    expect(cells[6]).toContain('Por debajo de lo esperado');
    expect(cells[6]).toContain('1 mes retrasado');
    expect(rows[1]).toHaveAttribute('data-behind', 'true');
    // A percentage target is shown as a percentage; a reprogrammed one next to the programmed; a met target says so.
    const servir = within(rows[2]!)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(servir.slice(1, 4)).toEqual([formatPercent(60), formatPercent(50), formatPercent(75)]);
    expect(within(rows[2]!).getAllByRole('cell')[2]).toHaveAttribute('data-reprogrammed', 'true');
    expect(servir[6]).toBe('Meta cumplida');
    expect(servir[9]).toBe('—');
    expect(within(rows[3]!).getAllByRole('cell')[0]).toHaveTextContent('MIMP – OSCE');
    expect(within(rows[3]!).getAllByRole('cell')[6]).toHaveTextContent('Al día');
    expect(within(rows[1]!).getByRole('link', { name: '1.4' })).toHaveAttribute('href', '/actividades/1.4');
  });

  it('names states in words and months by their Spanish abbreviations', () => {
    expect(activityState({ met: true, behind: false, delayedMonths: [2, 3] }).map((s) => s.label)).toEqual(['Meta cumplida', '2 meses retrasados']);
    expect(shortMonths([9, 12])).toBe('set, dic');
    expect(shortMonths([])).toBe('—');
  });
});

describe('group and reach tables', () => {
  it('lists groups with their averages and counts', () => {
    renderWithTheme(
      <ReportGroupTable
        rows={[
          {
            key: 'Obj1',
            label: strategyObjectiveLabel('Obj1'),
            activities: 12,
            averagePercentOfTarget: 45.25,
            targetsMet: 2,
            withDelays: 5,
            behind: 4,
            executions: 30,
            executionsWithEvidence: 21,
          },
        ]}
        heading="Objetivo de la estrategia"
        label="Avance por objetivo de la estrategia"
      />,
    );
    const cells = within(screen.getByRole('table', { name: 'Avance por objetivo de la estrategia' }))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual(['Objetivo 1 de la estrategia (DS)', '12', formatPercent(45.25), '2', '5', '4', '21 de 30']);
  });

  it('compares reach with the register and adds a total', () => {
    renderWithTheme(
      <ReachTable
        rows={[
          { key: '15', label: 'Lima', reached: 50, inRegister: 200 },
          { key: '08', label: 'Cusco', reached: 0, inRegister: 0 },
        ]}
        heading="Departamento"
        label="Por departamento"
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Por departamento' })).getAllByRole('row');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Lima', '50', '200', formatPercent(25)]);
    expect(within(rows[2]!).getAllByRole('cell').at(-1)).toHaveTextContent('—');
    expect(rows.at(-1)).toHaveTextContent(`Total50200${formatPercent(25)}`);
  });
});

describe('AlertList', () => {
  const alerts = [
    { kind: 'BEHIND', activityCode: '1.10', message: 'Actividad 1.10: avance de 10 % de la meta frente a 50 % esperado según el cronograma.' },
    { kind: 'DELAYED', activityCode: '1.2', message: 'Actividad 1.2: meses programados sin ejecución: abril y mayo.' },
    { kind: 'BEHIND', activityCode: '1.2', message: 'Actividad 1.2: avance de 0 % de la meta frente a 40 % esperado según el cronograma.' },
  ];

  it('lists each alert with its kind in words, in activity order, linking to the activity', () => {
    inRouter(<AlertList alerts={alerts} asOf="2024-06-30" />);
    expect(screen.getByRole('heading', { name: 'Alertas' })).toBeInTheDocument();
    expect(screen.getByText(/Al 30\/06\/2024: 1 por meses retrasados, 2 por avance por debajo de lo esperado/)).toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Alertas del reporte' })).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-kind'))).toEqual(['BEHIND', 'DELAYED', 'BEHIND']);
    expect(items[1]).toHaveTextContent('Meses retrasadosActividad 1.2: meses programados sin ejecución: abril y mayo.');
    expect(items[0]).toHaveTextContent('Por debajo de lo esperado');
    expect(within(items[2]!).getByRole('link', { name: 'Ver la actividad 1.10' })).toHaveAttribute('href', '/actividades/1.10');
  });

  it('shows the first ones on the dashboard, with a link to the rest', () => {
    inRouter(<AlertList alerts={alerts} asOf="2024-06-30" limit={2} moreLink="/reporte?vista=alertas" />);
    expect(within(screen.getByRole('list', { name: 'Alertas del reporte' })).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Ver las 3 alertas en el reporte consolidado' })).toHaveAttribute('href', '/reporte?vista=alertas');
  });

  it('says so when there is nothing to worry about', () => {
    inRouter(<AlertList alerts={[]} asOf="2024-03-31" />);
    expect(screen.getByText(/^Sin alertas/)).toBeInTheDocument();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

describe('export addresses', () => {
  it('asks for the year and cut-off date, and the view for a CSV', () => {
    expect(exportUrl('xlsx', 2024, '2024-06-30')).toBe('/api/exports/consolidated.xlsx?year=2024&asOf=2024-06-30');
    expect(exportUrl('csv', 2024, '2024-06-30', 'objetivos-ds')).toBe('/api/exports/consolidated.csv?year=2024&asOf=2024-06-30&view=objetivos-ds');
  });
});
