import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { UNITS } from '../plans/fixtures';
import { renderSignedIn } from '../test/signedIn';
import EntitiesPage, { entityProblems, unitProblems } from './EntitiesPage';
import { CreateEntityMutation, EntitiesQuery } from './operations';

const entity = (code: string, shortName: string, name: string) => ({ __typename: 'Entity', code, shortName, name });
const ENTITIES = [
  entity('MIMP', 'MIMP', 'Ministerio de la Mujer y Poblaciones Vulnerables'),
  entity('PCM', 'PCM', 'Presidencia del Consejo de Ministros'),
  entity('CGR', 'Contraloría', 'Contraloría General de la República'),
];
const JNE = entity('JNE', 'JNE', 'Jurado Nacional de Elecciones');
const JNE_UNIT = { __typename: 'Unit', code: 'JNE', name: JNE.name, isWholeEntity: true, entity: JNE };

const listed = (entities: unknown[], units: unknown[]) => ({ request: { query: EntitiesQuery }, result: { data: { entities, units } } });

describe('EntitiesPage', () => {
  it('lists each entity with its units, and says when it acts as a whole', async () => {
    renderSignedIn(<EntitiesPage />, { mocks: [listed(ENTITIES, UNITS)] });
    const pcm = await screen.findByRole('region', { name: /^PCM/ });
    expect(
      within(within(pcm).getByRole('table', { name: 'Unidades de PCM' }))
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['CódigoUnidad orgánica', 'SDSecretaría de Descentralización', 'SGPSecretaría de Gestión Pública']);
    // MIMP acting as a whole is not one of its units.
    expect(within(screen.getByRole('region', { name: /^MIMP/ })).getAllByRole('row')).toHaveLength(2);
    expect(screen.getByRole('region', { name: /^Contraloría/ })).toHaveTextContent('Sin unidades orgánicas: en los planes responde la entidad.');
    expect(screen.getByText(/^3 entidades, 3 unidades orgánicas/)).toBeInTheDocument();
  });

  it('adds an entity once its code and name are right', async () => {
    const create = {
      request: { query: CreateEntityMutation, variables: { code: 'JNE', name: 'Jurado Nacional de Elecciones', shortName: null } },
      result: { data: { createEntity: JNE } },
    };
    renderSignedIn(<EntitiesPage />, { mocks: [listed(ENTITIES, UNITS), create, listed([...ENTITIES, JNE], [...UNITS, JNE_UNIT])] });
    await screen.findByRole('region', { name: /^PCM/ });
    await userEvent.click(screen.getByRole('button', { name: 'Agregar entidad' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Código/ }), 'j');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Agregar entidad' }));
    expect(dialog).toHaveTextContent('De 2 a 16 letras mayúsculas o dígitos, empezando por una letra (p. ej. JNE).');
    expect(dialog).toHaveTextContent('Escriba la denominación oficial (de 3 a 200 caracteres).');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Código/ }), 'ne');
    expect(within(dialog).getByRole('textbox', { name: /^Código/ })).toHaveValue('JNE');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /^Denominación oficial/ }), 'Jurado Nacional de Elecciones');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Agregar entidad' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await screen.findByRole('region', { name: /^JNE/ })).toHaveTextContent('Sin unidades orgánicas');
  });

  it('checks codes and names as the API does', () => {
    expect(entityProblems('JNE', 'Jurado Nacional de Elecciones', '')).toEqual({});
    expect(entityProblems('1X', 'JN', 'x'.repeat(61))).toEqual({
      code: 'De 2 a 16 letras mayúsculas o dígitos, empezando por una letra (p. ej. JNE).',
      name: 'Escriba la denominación oficial (de 3 a 200 caracteres).',
      shortName: 'Hasta 60 caracteres.',
    });
    expect(unitProblems('MEF', 'dnef', 'Dirección Nacional de Endeudamiento')).toEqual({});
    expect(unitProblems(null, 'D', '')).toEqual({
      entityCode: 'Elija la entidad.',
      code: 'De 2 a 16 letras mayúsculas, dígitos o guiones (p. ej. DNEF).',
      name: 'Escriba el nombre de la unidad (de 3 a 300 caracteres).',
    });
  });
});
