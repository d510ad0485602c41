import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { COORDINATOR, renderSignedIn } from '../test/signedIn';
import { AuthorityPicker } from './AuthorityPicker';
import { FindAuthoritiesQuery } from './operations';

const person = (id: number, familyNames: string, participationIn: { executionId: number; date: string } | null) => ({
  __typename: 'Authority',
  id,
  givenNames: 'Rosa',
  familyNames,
  dni: null,
  officeLabel: 'Regidora distrital',
  government: { __typename: 'Government', id: 7, name: 'Miraflores' },
  participationIn: participationIn && { __typename: 'ActivityParticipation', ...participationIn },
});

const search = {
  request: {
    query: FindAuthoritiesQuery,
    variables: { search: 'Quispe', office: null, governmentId: null, first: 10, withActivity: true, activityCode: '1.4', year: 2024 },
  },
  result: {
    data: {
      authorities: {
        __typename: 'AuthorityConnection',
        totalCount: 2,
        nodes: [person(1, 'Quispe Mamaní', { executionId: 12, date: '2024-05-12' }), person(2, 'Quispe Soto', null)],
      },
    },
  },
};

describe('the participant picker of an activity', () => {
  it('says who already counts for the activity, and through which execution', async () => {
    renderSignedIn(
      <AuthorityPicker outcomes={['ATTENDED']} initialOutcome="ATTENDED" alreadyAdded={new Set()} onAdd={() => {}} activity={{ code: '1.4', year: 2024 }} />,
      { mocks: [search], viewer: COORDINATOR },
    );
    await userEvent.type(screen.getByRole('searchbox', { name: /Buscar en el registro/ }), 'Quispe');
    const counted = await screen.findByText('Ya cuenta para la actividad (ejecución del 12/05/2024)');
    expect(counted.closest('tr')).toHaveTextContent('Quispe Mamaní, Rosa');
    expect(within(screen.getByText('Quispe Soto, Rosa').closest('tr')!).queryByTestId('counts-already')).toBeNull();
  });
});
