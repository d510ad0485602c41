import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { AccountForm } from './AccountForm';
import { estimatePassword } from '@gj/domain/password-policy';
import { passwordRules, toAccountInput, validateAccount as validateWith, EMPTY_ACCOUNT, type AccountFormValues } from './accountForm';

const validateAccount = (values: AccountFormValues, codes: readonly string[]) => validateWith(values, codes, estimatePassword);

/** The API's entities: the seven of 2024 and one the coordination added. */
const ENTITIES = [
  { code: 'MIMP', name: 'Ministerio de la Mujer y Poblaciones Vulnerables', shortName: 'MIMP' },
  { code: 'PCM', name: 'Presidencia del Consejo de Ministros', shortName: 'PCM' },
  { code: 'SERVIR', name: 'Autoridad Nacional del Servicio Civil', shortName: 'SERVIR' },
  { code: 'JNE', name: 'Jurado Nacional de Elecciones', shortName: 'JNE' },
];
const CODES = ENTITIES.map((e) => e.code);

async function pick(label: RegExp, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: label }));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

describe('account form rules', () => {
  it('checks e-mail, role, entity and the password policy of the domain', () => {
    expect(validateAccount(EMPTY_ACCOUNT, CODES)).toEqual({
      email: 'Escriba un correo electrónico válido, p. ej. nombre@entidad.gob.pe.',
      role: 'Elija el rol.',
      password: 'Escriba una contraseña de 12 caracteres o más.',
    });
    const base = {
      ...EMPTY_ACCOUNT,
      email: 'Ana.Quispe@PCM.gob.pe',
      role: 'FOCAL_POINT' as const,
      password: 'una frase larga y segura',
      confirmation: 'una frase larga y segura',
    };
    expect(validateAccount(base, CODES)).toEqual({ entityCode: 'Un punto focal debe estar vinculado a una entidad.' });
    expect(validateAccount({ ...base, entityCode: 'PCM', password: 'corta', confirmation: 'corta' }, CODES)).toEqual({
      password: 'La contraseña debe tener al menos 12 caracteres.',
    });
    expect(
      validateAccount({ ...base, entityCode: 'PCM', password: 'ana.quispe-tortuga-lapiz', confirmation: 'ana.quispe-tortuga-lapiz' }, CODES).password,
    ).toBe('La contraseña no puede contener el nombre de la cuenta.');
    for (const common of ['Password1234', 'GobernandoJuntas2024', 'qwerty123456', 'contraseña2024']) {
      expect(validateAccount({ ...base, entityCode: 'PCM', password: common, confirmation: common }, CODES).password, common).toMatch(
        /^La contraseña es demasiado común o fácil de adivinar/,
      );
    }
    expect(validateAccount({ ...base, entityCode: 'PCM', confirmation: 'otra cosa' }, CODES)).toEqual({ confirmation: 'Las contraseñas no coinciden.' });
    expect(validateAccount({ ...base, entityCode: 'PCM' }, CODES)).toEqual({});
    expect(toAccountInput({ ...base, entityCode: 'PCM' })).toEqual({
      email: 'ana.quispe@pcm.gob.pe',
      role: 'FOCAL_POINT',
      password: 'una frase larga y segura',
      entityCode: 'PCM',
    });
    // The coordination belongs to MIMP; an integrator may read every entity.
    expect(toAccountInput({ ...base, role: 'COORDINATOR', entityCode: 'PCM' }).entityCode).toBe('MIMP');
    expect(validateAccount({ ...base, role: 'INTEGRATOR' }, CODES)).toEqual({});
    // An entity the API does not have is refused; one the coordination added is accepted.
    expect(validateAccount({ ...base, entityCode: 'ONPE' }, CODES)).toEqual({ entityCode: 'Elija una entidad de la lista.' });
    expect(validateAccount({ ...base, entityCode: 'JNE' }, CODES)).toEqual({});
  });

  it('lists the password rules and which are met', () => {
    expect(passwordRules('', 'ana@pcm.gob.pe', estimatePassword).map((r) => r.ok)).toEqual([false, false, false]);
    expect(passwordRules('una frase larga y segura', 'ana@pcm.gob.pe', estimatePassword).map((r) => r.ok)).toEqual([true, true, true]);
    expect(passwordRules('anaquispe-tortuga-lapiz-nube', 'anaquispe@pcm.gob.pe', estimatePassword).map((r) => r.ok)).toEqual([true, true, false]);
    expect(passwordRules('qwerty123456', 'ana@pcm.gob.pe', estimatePassword).map((r) => r.ok)).toEqual([true, false, true]);
    // While the estimator loads, "not common" is not claimed yet.
    expect(passwordRules('una frase larga y segura', 'ana@pcm.gob.pe', null).map((r) => r.ok)).toEqual([true, false, true]);
  });
});

describe('AccountForm', () => {
  it('shows the errors in Spanish and sends nothing until they are fixed', async () => {
    const onSubmit = vi.fn();
    renderWithTheme(<AccountForm entities={ENTITIES} onSubmit={onSubmit} onCancel={() => {}} />);
    const rules = screen.getByRole('list', { name: 'Reglas de la contraseña' });
    expect(
      within(rules)
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([
      '○ Al menos 12 caracteres (no cumple)',
      '○ No es una contraseña común (no cumple)',
      '○ No contiene el nombre de la cuenta (lo que va antes de @) (no cumple)',
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));
    // Checked once the password estimator has loaded.
    expect(await screen.findByText('Escriba un correo electrónico válido, p. ej. nombre@entidad.gob.pe.')).toBeInTheDocument();
    expect(screen.getByText('Elija el rol.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    await userEvent.type(screen.getByRole('textbox', { name: /Correo institucional/ }), 'rosa@servir.gob.pe');
    await pick(/^Rol/, 'Punto focal');
    await userEvent.type(screen.getByLabelText(/^Contraseña inicial/), 'rosa-servir-2024');
    expect(within(rules).getAllByRole('listitem')[2]).toHaveAttribute('data-ok', 'false');
    await userEvent.type(screen.getByLabelText(/^Repita la contraseña/), 'rosa-servir-2024');
    await userEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));
    expect(await screen.findByText('Un punto focal debe estar vinculado a una entidad.')).toBeInTheDocument();
    expect(screen.getByText('La contraseña no puede contener el nombre de la cuenta.')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();

    // The list is the API's: an entity added by the coordination (JNE) is there too.
    await userEvent.click(screen.getByRole('combobox', { name: /^Entidad/ }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual([
      'MIMP — Ministerio de la Mujer y Poblaciones Vulnerables',
      'PCM — Presidencia del Consejo de Ministros',
      'SERVIR — Autoridad Nacional del Servicio Civil',
      'JNE — Jurado Nacional de Elecciones',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'SERVIR — Autoridad Nacional del Servicio Civil' }));
    await userEvent.clear(screen.getByLabelText(/^Contraseña inicial/));
    await userEvent.type(screen.getByLabelText(/^Contraseña inicial/), 'capacitación del servicio civil');
    await userEvent.clear(screen.getByLabelText(/^Repita la contraseña/));
    await userEvent.type(screen.getByLabelText(/^Repita la contraseña/), 'capacitación del servicio civil');
    expect(
      within(rules)
        .getAllByRole('listitem')
        .map((i) => i.getAttribute('data-ok')),
    ).toEqual(['true', 'true', 'true']);
    await userEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));
    await waitFor(() =>
      expect(onSubmit).toHaveBeenCalledWith({
        email: 'rosa@servir.gob.pe',
        role: 'FOCAL_POINT',
        password: 'capacitación del servicio civil',
        entityCode: 'SERVIR',
      }),
    );
  });

  it('shows the API’s refusal', () => {
    renderWithTheme(<AccountForm entities={ENTITIES} onSubmit={() => {}} onCancel={() => {}} failure="Ya existe una cuenta con el correo pcm@demo.gob.pe." />);
    expect(screen.getByRole('alert')).toHaveTextContent('No se pudo crear la cuentaYa existe una cuenta con el correo pcm@demo.gob.pe.');
  });
});
