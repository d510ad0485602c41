import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MockedProvider } from '@apollo/client/testing/react';
import { notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { DecisionCard, RegisteredAuthorityFacts } from './DecisionCard';
import { AuthorityQuery } from './operations';

/** The API's answer for authority 17 (with the __typename the cache reads). */
const ana = {
  __typename: 'Authority',
  id: 17,
  givenNames: 'Ana María',
  familyNames: 'Quispe Huamán',
  dni: '40123456',
  office: 'ALCALDESA_DISTRITAL',
  officeLabel: 'Alcaldesa distrital',
  active: true,
  possibleDuplicateOf: null,
  synthetic: false,
  termStart: 2023,
  termEnd: 2026,
  government: {
    __typename: 'Government',
    id: 1501,
    name: 'Municipalidad Distrital de Lima',
    level: 'DISTRICT',
    ubigeo: '150101',
    department: { __typename: 'Department', code: '15', name: 'Lima' },
  },
};

function renderCard(onDecide: (apply: boolean) => Promise<unknown>) {
  renderWithTheme(
    <DecisionCard
      label="Posible duplicado: Ana María Quispe Huamán"
      testId="duplicate-pair"
      keepLabel="Son personas distintas: conservar ambos"
      applyLabel="Es la misma persona: fusionar"
      onDecide={onDecide}
      success={(apply) => ({ title: apply ? 'Registros fusionados' : 'Registros conservados', message: 'Ana María Quispe Huamán' })}
      note="Al fusionar se conserva el registro original."
    >
      <p>Los dos registros</p>
    </DecisionCard>,
  );
  return screen.getByRole('article', { name: 'Posible duplicado: Ana María Quispe Huamán' });
}

describe('DecisionCard', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends the choice made and confirms it with a notification', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('id');
    const onDecide = vi.fn(async () => ({}));
    const card = renderCard(onDecide);
    expect(card).toHaveAttribute('data-testid', 'duplicate-pair');
    expect(card).toHaveTextContent('Los dos registros');
    expect(card).toHaveTextContent('Al fusionar se conserva el registro original.');

    await userEvent.click(screen.getByRole('button', { name: 'Es la misma persona: fusionar' }));
    await waitFor(() => expect(show).toHaveBeenCalledWith({ color: 'green', title: 'Registros fusionados', message: 'Ana María Quispe Huamán' }));
    expect(onDecide).toHaveBeenCalledWith(true);

    await userEvent.click(screen.getByRole('button', { name: 'Son personas distintas: conservar ambos' }));
    await waitFor(() => expect(show).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Registros conservados' })));
    expect(onDecide).toHaveBeenLastCalledWith(false);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the API refusal inside the card, without a notification', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('id');
    renderCard(async () => {
      throw new CombinedGraphQLErrors({ data: null, errors: [{ message: 'El registro ya fue fusionado.', extensions: { code: 'CONFLICT' } }] });
    });
    await userEvent.click(screen.getByRole('button', { name: 'Es la misma persona: fusionar' }));
    const alert = await screen.findByRole('alert', { name: 'No se pudo resolver' });
    expect(alert).toHaveTextContent('El registro ya fue fusionado.');
    expect(show).not.toHaveBeenCalled();
  });
});

describe('RegisteredAuthorityFacts', () => {
  it('loads the current record and shows its facts', async () => {
    renderWithTheme(
      <MockedProvider mocks={[{ request: { query: AuthorityQuery, variables: { id: 17 } }, result: { data: { authority: ana } } }]}>
        <RegisteredAuthorityFacts id={17} heading="Registro original" missing="El registro original ya no existe." />
      </MockedProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Cargando…');
    await screen.findByText('Registro original');
    expect(screen.getByText('Quispe Huamán, Ana María')).toBeInTheDocument();
    expect(screen.getByText('Municipalidad Distrital de Lima (Lima)')).toBeInTheDocument();
    expect(screen.getByText('Periodo 2023–2026 · Activa · N.º 17')).toBeInTheDocument();
  });

  it('says so when there is no record to compare with', async () => {
    renderWithTheme(
      <MockedProvider mocks={[{ request: { query: AuthorityQuery, variables: { id: 99 } }, result: { data: { authority: null } } }]}>
        <div>
          <RegisteredAuthorityFacts id={99} heading="En el registro" missing="La autoridad ya no está en el registro." />
          <RegisteredAuthorityFacts id={null} heading="Registro original" missing="El registro original ya no existe." />
        </div>
      </MockedProvider>,
    );
    expect(screen.getByText('El registro original ya no existe.')).toBeInTheDocument();
    await screen.findByText('La autoridad ya no está en el registro.');
    expect(screen.queryByText('En el registro')).toBeNull();
  });
});
