import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PCM_FOCAL_POINT, renderSignedIn } from '../test/signedIn';
import { MonthlySubmissionsQuery } from './operations';
import { ReturnedMonthsNotice } from './ReturnedMonthsNotice';

const submission = (entityCode: string, month: number, status: string, comment: string | null = null) => ({
  __typename: 'MonthlySubmission',
  entityCode,
  year: 2024,
  month,
  status,
  comment,
  submittedAt: '2024-05-02T15:00:00.000Z',
  submittedBy: 'pcm@demo.gob.pe',
  reviewedAt: status === 'RETURNED' ? '2024-05-03T15:00:00.000Z' : null,
  reviewedBy: status === 'RETURNED' ? 'coordinacion@demo.gob.pe' : null,
  hasActivities: true,
});

describe('ReturnedMonthsNotice', () => {
  it('tells a focal point on her home which months came back, with the comment', async () => {
    const mock = {
      request: { query: MonthlySubmissionsQuery, variables: { year: 2024 } },
      result: {
        data: {
          monthlySubmissions: [
            submission('PCM', 4, 'RETURNED', 'Falta la lista de asistencia del taller.'),
            submission('PCM', 5, 'APPROVED'),
            submission('MIMP', 4, 'RETURNED', 'De otra entidad'),
          ],
        },
      },
    };
    renderSignedIn(<ReturnedMonthsNotice year={2024} entityCode="PCM" />, { mocks: [mock], viewer: PCM_FOCAL_POINT });
    const notice = await screen.findByTestId('returned-months');
    expect(notice).toHaveTextContent('La coordinación le devolvió un reporte mensual');
    expect(notice).toHaveTextContent('abril de 2024');
    expect(notice).toHaveTextContent('«Falta la lista de asistencia del taller.»');
    expect(notice).not.toHaveTextContent('De otra entidad');
    expect(screen.getByRole('link', { name: 'Reporte mensual' })).toHaveAttribute('href', '/reporte-mensual');
  });
});
