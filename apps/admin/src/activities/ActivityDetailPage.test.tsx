/**
 * A joint activity's page as OSCE's focal point sees it: who recorded each execution, which ones
 * she may change, and MIMP's month statuses, whose approval locks her own executions too.
 * The page's data comes from a stubbed useQuery; its other sections are stubbed out.
 */
import type * as ApolloReact from '@apollo/client/react';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { SessionViewer } from '../auth/session';
import { renderSignedIn } from '../test/signedIn';
import ActivityDetailPage from './ActivityDetailPage';

const OSCE_FOCAL_POINT: SessionViewer = {
  email: 'osce@demo.gob.pe',
  role: 'FOCAL_POINT',
  entity: { code: 'OSCE', name: 'Organismo Supervisor de las Contrataciones del Estado', shortName: 'OSCE' },
};

const execution = (id: number, date: string, title: string, entity: string) => ({
  __typename: 'Execution',
  id,
  activityCode: '1.5',
  date,
  kind: 'TRAINING_SESSION',
  title,
  modality: 'VIRTUAL',
  place: null,
  evidenceUrl: null,
  notes: null,
  entityCode: entity,
  recordedBy: { entity: { code: entity, shortName: entity } },
  version: 1,
  participantCount: 0,
});

const status = (entityCode: string, month: number) =>
  entityCode === 'MIMP' && month === 2 ? 'APPROVED' : entityCode === 'OSCE' && month === 2 ? 'SUBMITTED' : 'DRAFT';

const activity = {
  code: '1.5',
  year: 2024,
  name: 'Actividad conjunta de prueba',
  objective: { code: '1', name: 'Objetivo uno' },
  entities: [
    { code: 'OSCE', shortName: 'OSCE', name: 'Organismo Supervisor de las Contrataciones del Estado' },
    { code: 'MIMP', shortName: 'MIMP', name: 'Ministerio de la Mujer y Poblaciones Vulnerables' },
  ],
  monthStatuses: ['MIMP', 'OSCE'].flatMap((entityCode) =>
    Array.from({ length: 12 }, (_, i) => ({ entityCode, month: i + 1, status: status(entityCode, i + 1) })),
  ),
  executions: [execution(1, '2024-02-06', 'Curso de OSCE en febrero', 'OSCE'), execution(2, '2024-03-05', 'Taller del MIMP en marzo', 'MIMP')],
};

vi.mock('@apollo/client/react', async (importOriginal) => {
  const original = await importOriginal<typeof ApolloReact>();
  return {
    ...original,
    // The activity for the page's query; OSCE's own 12 months for monthlySubmissions (a focal point sees only hers).
    useQuery: (query: { definitions: { name?: { value: string } }[] }) => {
      const name = query.definitions[0]?.name?.value;
      const data =
        name === 'ActivityDetail'
          ? { activity }
          : { monthlySubmissions: activity.monthStatuses.filter((s) => s.entityCode === 'OSCE').map((s) => ({ ...s, year: 2024 })) };
      return { data, previousData: undefined, loading: false, error: undefined, refetch: vi.fn() };
    },
    useMutation: () => [vi.fn(), { loading: false }],
  };
});
vi.mock('./planYear', () => ({ usePlanPeriod: () => ({ year: 2024, asOf: '2024-03-31' }) }));
vi.mock('./CutoffControl', () => ({ PlanPeriodControls: () => null }));
vi.mock('./ProgressSection', () => ({ ProgressSection: () => null }));
vi.mock('./PlanSection', () => ({ PlanSection: () => null }));
vi.mock('../cycle/MonthSubmissionPanel', () => ({ MonthSubmissionPanel: () => null }));

const rowOf = (title: string) => screen.getByText(title).closest('tr')!;

describe('a joint activity’s page, for OSCE’s focal point', () => {
  it('says who recorded each execution and offers changes only on OSCE’s', async () => {
    renderSignedIn(<ActivityDetailPage />, { viewer: OSCE_FOCAL_POINT });
    const own = within(await screen.findByText('Curso de OSCE en febrero').then((el) => el.closest('tr')!));
    expect(own.getByText('Registrada por OSCE')).toBeInTheDocument();
    const partner = within(rowOf('Taller del MIMP en marzo'));
    expect(partner.getByText('Registrada por MIMP')).toBeInTheDocument();
    expect(partner.queryByRole('button', { name: /Editar|Eliminar/ })).toBeNull();
    expect(partner.getByText('Esta ejecución la registró MIMP: solo MIMP o la coordinación pueden modificarla.')).toBeInTheDocument();
  });

  it('shows each entity’s month status, and MIMP’s approval locks OSCE’s own February execution', async () => {
    renderSignedIn(<ActivityDetailPage />, { viewer: OSCE_FOCAL_POINT });
    const panel = await screen.findByTestId('joint-month-status');
    expect(panel).toHaveTextContent('Febrero de 2024: OSCE: enviado · MIMP: aprobado');
    expect(panel).toHaveTextContent('Marzo de 2024: OSCE: sin enviar · MIMP: sin enviar');
    expect(panel).toHaveTextContent('un mes aprobado de cualquiera de ellas bloquea todas las ejecuciones de esta actividad en ese mes');
    // Her own monthlySubmissions say February is only sent; MIMP's approval still locks it.
    expect(within(rowOf('Curso de OSCE en febrero')).getByText('Mes aprobado')).toBeInTheDocument();
    expect(within(rowOf('Taller del MIMP en marzo')).queryByText('Mes aprobado')).toBeNull();
    expect(screen.getByTestId('locked-months')).toHaveTextContent('febrero');
  });
});
