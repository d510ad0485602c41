import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderSignedIn } from '../test/signedIn';
import { MonthContent } from './MonthContent';
import { MonthContentQuery } from './operations';

const entity = (code: string) => ({ __typename: 'Entity', code });
const activity = (code: string, name: string, entities: string[], month: { planned: boolean; status: string }) => ({
  __typename: 'Activity',
  code,
  year: 2024,
  name,
  entities: entities.map(entity),
  months: [{ __typename: 'ActivityMonthStatus', month: 6, ...month }],
});
const execution = (id: number, activityCode: string, participantCount: number, evidenceUrl: string | null, recordedBy: string) => ({
  __typename: 'Execution',
  id,
  activityCode,
  date: '2024-06-12',
  title: `Sesión ${id}`,
  place: 'Lima',
  participantCount,
  evidenceUrl,
  recordedBy: { __typename: 'ExecutionRecorder', entity: { __typename: 'Entity', code: recordedBy, shortName: recordedBy } },
});

describe('MonthContent', () => {
  it('shows the entity’s activities of the month with their status, and each execution with its evidence', async () => {
    const mock = {
      request: { query: MonthContentQuery, variables: { entityCode: 'PCM', year: 2024, month: 6, asOf: '2024-06-30' } },
      result: {
        data: {
          executions: {
            __typename: 'ExecutionConnection',
            totalCount: 2,
            nodes: [execution(1, '1.4', 12, 'https://drive.example/acta.pdf', 'PCM'), execution(2, '1.4', 3, null, 'PCM')],
          },
          activities: [
            activity('1.4', 'Capacitación en Gestión Pública Municipal', ['PCM'], { planned: true, status: 'DONE' }),
            activity('1.11', 'Asistencia técnica', ['PCM'], { planned: true, status: 'DELAYED' }),
            activity('1.12', 'No programada en junio', ['PCM'], { planned: false, status: 'NOT_PLANNED' }),
            activity('1.1', 'De otra entidad', ['MIMP'], { planned: true, status: 'DELAYED' }),
          ],
        },
      },
    };
    renderSignedIn(<MonthContent entityCode="PCM" year={2024} month={6} />, { mocks: [mock] });
    const table = await screen.findByRole('table', { name: 'Actividades de junio' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    // The 30th of June closes June: 1.11, planned and not executed, is late.
    expect(rows).toEqual([expect.stringMatching(/^1\.4.*Ejecutado.*215$/), expect.stringMatching(/^1\.11.*Retrasado.*00$/)]);
    const list = screen.getByRole('list', { name: 'Ejecuciones de junio' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByRole('link', { name: 'Medio de verificación' })).toHaveAttribute('href', 'https://drive.example/acta.pdf');
    expect(within(list).getByText('Sin medio de verificación')).toBeInTheDocument();
  });
});
