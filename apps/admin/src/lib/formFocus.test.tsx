import { Button, TextInput } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormFooter } from '../components/FormFooter';
import { renderWithTheme } from '../test/render';
import { useFocusFirstInvalid } from './formFocus';

/** A form as the app writes them: field errors, or problem sentences, or the API's refusal. */
function Probe({ mode }: { mode: 'fields' | 'problems' | 'refusal' }) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const { formRef, showInvalid } = useFocusFirstInvalid();
  function submit(event: FormEvent) {
    event.preventDefault();
    if (mode === 'fields') {
      setErrors({ place: 'Escriba el lugar', title: 'Escriba el título' });
      showInvalid();
    } else if (mode === 'problems') {
      setFailure('Corrija');
      showInvalid(['Documento que la aprueba: escríbalo.', 'Otra cosa sin campo.']);
    } else {
      setFailure('El mes está aprobado.');
      showInvalid();
    }
  }
  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <TextInput label="Título" error={errors.title} />
      <TextInput label="Motivo" />
      <TextInput label="Documento que la aprueba" required />
      <TextInput label="Lugar" error={errors.place} />
      <FormFooter failure={failure ? { title: 'No se pudo guardar', message: failure } : null}>
        <Button type="submit">Guardar</Button>
      </FormFooter>
    </form>
  );
}

describe('useFocusFirstInvalid', () => {
  afterEach(() => vi.restoreAllMocks());

  it('focuses and scrolls to the first invalid field, in the order of the form', async () => {
    const scroll = vi.spyOn(window.HTMLElement.prototype, 'scrollIntoView');
    renderWithTheme(<Probe mode="fields" />);
    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(screen.getByLabelText('Título')).toHaveFocus();
    expect(scroll).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
  });

  it('focuses the field a problem names by its label', async () => {
    renderWithTheme(<Probe mode="problems" />);
    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(screen.getByLabelText(/Documento que la aprueba/)).toHaveFocus();
  });

  it('shows the refusal next to the button and gives it the focus when no field is named', async () => {
    renderWithTheme(<Probe mode="refusal" />);
    await userEvent.click(screen.getByRole('button', { name: 'Guardar' }));
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('No se pudo guardarEl mes está aprobado.');
    expect(alert).toHaveFocus();
    // Right above the buttons, inside the sticky footer.
    expect(alert.closest('[data-form-footer]')).toContainElement(screen.getByRole('button', { name: 'Guardar' }));
  });
});
