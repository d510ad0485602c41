import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { CreatedKeyDialog } from './CreatedKeyDialog';

const KEY = 'gj_Ab12Cd34Ef56_' + 'x'.repeat(43);

describe('CreatedKeyDialog', () => {
  it('shows the key once, with a warning and a copy button, and closes only once saved', async () => {
    const onClose = vi.fn();
    renderWithTheme(<CreatedKeyDialog created={{ key: KEY, name: 'Tablero de la SGP', entityLabel: 'PCM' }} onClose={onClose} />);
    const dialog = screen.getByRole('dialog');
    expect(dialog).toHaveTextContent('Clave creada: cópiela ahora');
    expect(screen.getByRole('alert')).toHaveTextContent('Esta es la única vez que se muestra la clave');
    expect(screen.getByRole('alert')).toHaveTextContent('no podrá verla de nuevo');
    expect(screen.getByTestId('created-key')).toHaveTextContent(KEY);
    expect(dialog).toHaveTextContent('«Tablero de la SGP» · solo lectura · datos de PCM');
    expect(screen.getByRole('button', { name: 'Copiar la clave' })).toBeInTheDocument();
    // No close button, no Escape: the person confirms first.
    expect(screen.queryByRole('button', { name: 'Cerrar' })).toBeDisabled();
    await userEvent.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Guardé la clave en un lugar seguro' }));
    await userEvent.click(screen.getByRole('button', { name: 'Cerrar' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says when a key reads every entity, and renders nothing without a key', () => {
    const { rerender } = renderWithTheme(<CreatedKeyDialog created={{ key: KEY, name: 'Sistema del MEF', entityLabel: null }} onClose={() => {}} />);
    expect(screen.getByRole('dialog')).toHaveTextContent('datos de todas las entidades');
    rerender(<CreatedKeyDialog created={null} onClose={() => {}} />);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText(KEY)).toBeNull();
  });
});
