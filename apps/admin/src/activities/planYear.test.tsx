import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PlanYearsQuery } from '../plans/operations';
import { PCM_FOCAL_POINT, renderSignedIn } from '../test/signedIn';
import { todayInLima } from './cutoff';
import { PlanPeriodControls } from './CutoffControl';
import { dateWithinYear, planLabel, PlanYearProvider, shownYear, usePlanPeriod } from './planYear';

/** What a focal point is answered: the published years only (the coordination's 2026 draft is not there). */
const yearsMock = {
  request: { query: PlanYearsQuery },
  result: {
    data: {
      planYears: [2024, 2025],
      plans: [
        { __typename: 'Plan', year: 2024, status: 'CLOSED' },
        { __typename: 'Plan', year: 2025, status: 'IN_FORCE' },
      ],
      defaultPlan: { __typename: 'Plan', year: 2025 },
    },
  },
};

function Shown() {
  const { label, year, asOf } = usePlanPeriod();
  return (
    <p data-testid="shown">
      {label} · {year} · {asOf}
    </p>
  );
}

function renderYears(asOf = '2025-06-30') {
  return renderSignedIn(
    <PlanYearProvider>
      <Shown />
      <PlanPeriodControls />
    </PlanYearProvider>,
    { mocks: [yearsMock], viewer: PCM_FOCAL_POINT, asOf },
  );
}

describe('the plan-year shown', () => {
  it('is the API’s default until one is chosen, among the years the person may see', async () => {
    renderYears();
    expect(await screen.findByTestId('shown')).toHaveTextContent('Plan de Trabajo 2025 — Vigente · 2025 · 2025-06-30');
    const select = screen.getByRole('combobox', { name: /^Plan de trabajo/ });
    expect(select).toHaveValue('2025 — Vigente');
    await userEvent.click(select);
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['2024 — Cerrado', '2025 — Vigente']);
    await userEvent.click(screen.getByRole('option', { name: '2024 — Cerrado' }));
    // The cut-off date moves into the chosen year; the choice lasts for the tab.
    const asOf = dateWithinYear(todayInLima(), 2024);
    expect(screen.getByTestId('shown')).toHaveTextContent(`Plan de Trabajo 2024 — Cerrado · 2024 · ${asOf}`);
    expect(sessionStorage.getItem('gj.planYear')).toBe('2024');
    // The demo data's shortcut belongs to 2024.
    expect(within(screen.getByTestId('shown').parentElement!).getByRole('button', { name: 'Al 30/06/2024' })).toBeInTheDocument();
  });

  it('falls back to the default when the stored year is one the person may not see', async () => {
    sessionStorage.setItem('gj.planYear', '2026');
    renderYears('2027-03-01');
    expect(await screen.findByTestId('shown')).toHaveTextContent('Plan de Trabajo 2025 — Vigente · 2025 · 2025-12-31');
    expect(screen.queryByRole('button', { name: 'Al 30/06/2024' })).toBeNull();
  });

  it('«Hoy» goes to today in the plan’s year, or to its last day once the year is over', async () => {
    renderYears('2025-01-15');
    expect(await screen.findByTestId('shown')).toHaveTextContent('· 2025 · 2025-01-15');
    const hoy = screen.getByRole('button', { name: 'Hoy' });
    expect(hoy).toBeEnabled();
    await userEvent.click(hoy);
    // Today when it falls in 2025 (its month for the month panels); 31/12/2025 after it.
    expect(screen.getByTestId('shown')).toHaveTextContent(`· 2025 · ${dateWithinYear(todayInLima(), 2025)}`);
    expect(screen.getByRole('button', { name: 'Hoy' })).toBeDisabled();
  });

  it('keeps dates inside the year and names the plan with its status', () => {
    expect(dateWithinYear('2026-12-01', 2025)).toBe('2025-12-31');
    expect(dateWithinYear('2024-06-30', 2025)).toBe('2025-01-01');
    expect(dateWithinYear('2025-06-30', 2025)).toBe('2025-06-30');
    expect(shownYear(2024, [2024, 2025], 2025, '2026-12-01')).toBe(2024);
    expect(shownYear(2026, [2024, 2025], 2025, '2026-12-01')).toBe(2025);
    expect(shownYear(null, [], null, '2026-12-01')).toBe(2026);
    expect(planLabel(2025, 'DRAFT')).toBe('Plan de Trabajo 2025 — Borrador');
    expect(planLabel(2027, null)).toBe('Plan de Trabajo 2027');
  });
});
