import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PCM_FOCAL_POINT, renderSignedIn } from '../test/signedIn';
import { ExecutionFormModal } from './ExecutionFormModal';

describe('the date of an execution', () => {
  it('keeps a date typed outside the plan’s year and says which year it must be in', async () => {
    renderSignedIn(
      <ExecutionFormModal
        opened
        onClose={() => {}}
        activity={{ code: '1.4', year: 2024, name: 'Actividad' }}
        execution={null}
        outcomes={['ATTENDED']}
        initialOutcome="ATTENDED"
        canReadRegister={false}
      />,
      { viewer: PCM_FOCAL_POINT },
    );
    const date = await screen.findByRole('textbox', { name: /^Fecha/ });
    await userEvent.type(date, '15/03/2023');
    await userEvent.tab();
    expect(date).toHaveValue('15/03/2023');
    expect(await screen.findByText('La fecha debe estar dentro de 2024 (plan de trabajo 2024).')).toBeInTheDocument();
  });
});
