import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { OFFICE_DEFINITIONS } from '@gj/domain';
import type { Office } from '../gql/graphql';
import { renderWithTheme } from '../test/render';
import { OfficeSelect } from './OfficeSelect';

function Harness({ onChange }: { onChange: (office: Office | null) => void }) {
  const [office, setOffice] = useState<Office | null>(null);
  return (
    <OfficeSelect
      value={office}
      onChange={(o) => {
        setOffice(o);
        onChange(o);
      }}
    />
  );
}

describe('OfficeSelect', () => {
  it('offers every office of the domain, in its order, and hands back the office chosen', async () => {
    const onChange = vi.fn();
    renderWithTheme(<Harness onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Cargo' });
    expect(select).toHaveAttribute('placeholder', 'Todos');
    await userEvent.click(select);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(OFFICE_DEFINITIONS.map((d) => d.label));

    const mayor = OFFICE_DEFINITIONS.find((d) => d.office === 'ALCALDESA_DISTRITAL')!;
    await userEvent.click(screen.getByRole('option', { name: mayor.label }));
    expect(onChange).toHaveBeenLastCalledWith('ALCALDESA_DISTRITAL');
    expect(select).toHaveValue(mayor.label);
  });
});
