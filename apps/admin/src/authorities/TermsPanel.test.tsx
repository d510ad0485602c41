import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFICE_DEFINITIONS } from '@gj/domain';
import { renderSignedIn } from '../test/signedIn';
import { SetCensusMutation, TermsQuery } from './operations';
import { TermsPanel } from './TermsPanel';
import { termOptions } from './terms';

const COUNTS_2023 = OFFICE_DEFINITIONS.map((d, i) => ({ __typename: 'CensusCount', office: d.office, label: d.label, women: 10 + i, seats: null }));
const TERM_2023 = {
  __typename: 'Term',
  start: 2023,
  end: 2026,
  label: '2023–2026',
  authorities: 5372,
  planYears: [2024],
  census: { __typename: 'Census', source: 'JNE, elecciones 2022', leadingAuthorities: 110, counts: COUNTS_2023 },
};
const listed = (terms: unknown[]) => ({ request: { query: TermsQuery }, result: { data: { terms } } });

describe('terms of office', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('offers the known terms, the one in office and the next, saying which is which', () => {
    expect(termOptions([], '2026-12-02')).toEqual([
      { value: '2023', label: '2023–2026 (en funciones)' },
      { value: '2027', label: '2027–2030 (siguiente)' },
    ]);
    expect(termOptions([{ start: 2019, end: 2022 }], '2027-01-01').map((o) => o.label)).toEqual([
      '2019–2022',
      '2027–2030 (en funciones)',
      '2031–2034 (siguiente)',
    ]);
  });

  it('lists each term with its register, plans and census, and takes the next term’s census only when complete', async () => {
    // The term in office and the next depend on the date: December 2026, before the new term.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T15:00:00Z'));
    const counts = OFFICE_DEFINITIONS.map((d, i) => ({ office: d.office, women: 3 + i, seats: d.office === 'GOBERNADORA' ? 25 : null }));
    const save = {
      request: { query: SetCensusMutation, variables: { termStart: 2027, source: 'Oficio N.° 10-2026-JNE', counts } },
      result: { data: { setCensus: { __typename: 'Census', source: 'Oficio N.° 10-2026-JNE', leadingAuthorities: 12 } } },
    };
    const term2027 = {
      ...TERM_2023,
      start: 2027,
      end: 2030,
      label: '2027–2030',
      authorities: 0,
      planYears: [],
      census: { ...save.result.data.setCensus, counts: [] },
    };
    renderSignedIn(<TermsPanel />, { mocks: [listed([TERM_2023]), save, listed([TERM_2023, term2027])] });
    const table = await screen.findByRole('table', { name: 'Periodos de gobierno' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('5,372 autoridades');
    expect(rows[0]).toHaveTextContent('110 mujeres lideran gobiernos regionales y locales');
    expect(rows[1]).toHaveTextContent('Sin registro');
    expect(rows[1]).toHaveTextContent('Sin censo');

    await userEvent.click(screen.getByRole('button', { name: /censo del periodo 2027–2030$/ }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Guardar censo' }));
    const problems = within(dialog).getByTestId('census-problems');
    expect(problems).toHaveTextContent('Indique la fuente del censo');
    expect(problems).toHaveTextContent('Gobernadoras regionales: el número de mujeres debe ser un entero desde 0.');

    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Fuente/ }), 'Oficio N.° 10-2026-JNE');
    for (const c of counts) {
      const label = OFFICE_DEFINITIONS.find((d) => d.office === c.office)!.pluralLabel;
      await userEvent.type(within(dialog).getByRole('textbox', { name: `${label}: mujeres` }), String(c.women));
    }
    // More women than seats is refused before sending.
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Gobernadoras regionales: cargos en total' }), '2');
    expect(within(dialog).getByTestId('census-problems')).toHaveTextContent('Gobernadoras regionales: hay más mujeres (3) que cargos (2).');
    await userEvent.type(within(dialog).getByRole('textbox', { name: 'Gobernadoras regionales: cargos en total' }), '5');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Guardar censo' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() =>
      expect(within(screen.getByRole('table', { name: 'Periodos de gobierno' })).getAllByRole('row')[2]).toHaveTextContent('Fuente: Oficio N.° 10-2026-JNE'),
    );
  });
});
