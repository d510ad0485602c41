import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { MonthToggles, PlannedMonths } from './MonthToggles';

function Toggles() {
  const [months, setMonths] = useState([5, 6]);
  return (
    <>
      <MonthToggles label="Meses programados" value={months} onChange={setMonths} />
      <PlannedMonths months={months} />
    </>
  );
}

describe('the 12-month strip', () => {
  it('toggles months (Ene … Dic), each saying whether it is programmed', async () => {
    renderWithTheme(<Toggles />);
    const strip = within(screen.getByRole('group', { name: 'Meses programados' }));
    expect(strip.getAllByRole('button', { pressed: true }).map((b) => b.textContent)).toEqual(['May', 'Jun']);
    await userEvent.click(strip.getByRole('button', { name: 'Setiembre' }));
    await userEvent.click(strip.getByRole('button', { name: 'Mayo' }));
    expect(strip.getAllByRole('button', { pressed: true }).map((b) => b.textContent)).toEqual(['Jun', 'Set']);
    // The compact strip of a table says the same in words.
    expect(screen.getByRole('img', { name: 'Meses programados: junio y setiembre' })).toHaveAttribute('data-months', '6,9');
  });

  it('says when nothing is programmed', () => {
    renderWithTheme(<PlannedMonths months={[]} />);
    expect(screen.getByRole('img', { name: 'Sin meses programados' })).toBeInTheDocument();
  });
});
