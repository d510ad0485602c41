import { Button, TextInput } from '@mantine/core';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, Link, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { FormModal, UNSAVED_QUESTION, useUnsavedChanges } from './UnsavedChanges';

function NameForm({ onCancel = () => {} }: { onCancel?: () => void }) {
  const [name, setName] = useState('');
  const leave = useUnsavedChanges(name !== '');
  return (
    <form>
      <TextInput label="Nombre" value={name} onChange={(e) => setName(e.currentTarget.value)} />
      <Button onClick={() => leave.cancel(onCancel)}>Cancelar</Button>
      {leave.element}
    </form>
  );
}

describe('useUnsavedChanges', () => {
  it('asks before closing a modal whose form has changes, and only then', async () => {
    const onClose = vi.fn();
    renderWithTheme(
      <FormModal opened onClose={onClose} title="Registrar">
        <NameForm onCancel={onClose} />
      </FormModal>,
    );
    // Nothing typed: it closes at once.
    await userEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(onClose).toHaveBeenCalledTimes(1);

    await userEvent.type(screen.getByLabelText('Nombre'), 'Ana');
    await userEvent.keyboard('{Escape}');
    expect(await screen.findByText(UNSAVED_QUESTION)).toBeInTheDocument();
    expect(onClose).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Seguir editando' }));
    await waitFor(() => expect(screen.queryByText(UNSAVED_QUESTION)).toBeNull());
    expect(screen.getByLabelText('Nombre')).toHaveValue('Ana');

    await userEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Salir sin guardar' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('asks before leaving the page (a link or Back) with changes', async () => {
    const router = createMemoryRouter(
      [
        { path: '/inicio', element: <p>Inicio</p> },
        {
          path: '/ejecucion',
          element: (
            <>
              <Link to="/otra">Ir a otra página</Link>
              <NameForm />
            </>
          ),
        },
        { path: '/otra', element: <p>Otra página</p> },
      ],
      { initialEntries: ['/inicio', '/ejecucion'], initialIndex: 1 },
    );
    renderWithTheme(<RouterProvider router={router} />);
    await userEvent.type(screen.getByLabelText('Nombre'), 'Ana');

    // Back.
    await act(() => router.navigate(-1));
    expect(await screen.findByText(UNSAVED_QUESTION)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Seguir editando' }));
    expect(router.state.location.pathname).toBe('/ejecucion');
    expect(screen.getByLabelText('Nombre')).toHaveValue('Ana');

    // A link, then leaving for good.
    await userEvent.click(screen.getByRole('link', { name: 'Ir a otra página' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Salir sin guardar' }));
    expect(await screen.findByText('Otra página')).toBeInTheDocument();
  });

  it('asks the browser before closing or reloading the tab with changes', async () => {
    renderWithTheme(<NameForm />);
    const clean = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(clean);
    expect(clean.defaultPrevented).toBe(false);

    await userEvent.type(screen.getByLabelText('Nombre'), 'Ana');
    const dirty = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(dirty);
    expect(dirty.defaultPrevented).toBe(true);
  });
});
