import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { JointMonthStatus, jointMonthText, monthsToShow } from '../activities/JointMonthStatus';
import { renderWithTheme } from '../test/render';
import { COORDINATOR, renderSignedIn } from '../test/signedIn';
import { ExecutionsSection, recorderLabel, type ExecutionEditor, type ExecutionRow } from './ExecutionsSection';

const execution = (id: number, title: string, entity: { code: string; shortName: string } | null): ExecutionRow => ({
  id,
  date: `2024-03-0${id}`,
  kind: 'TRAINING_SESSION',
  title,
  modality: 'VIRTUAL',
  place: null,
  evidenceUrl: null,
  notes: null,
  version: 1,
  participantCount: 0,
  entityCode: entity?.code ?? null,
  recordedBy: { entity },
});

const rows = [
  execution(1, 'Curso de OSCE', { code: 'OSCE', shortName: 'OSCE' }),
  execution(2, 'Taller del MIMP', { code: 'MIMP', shortName: 'MIMP' }),
  execution(3, 'Sesión antigua', null),
];

const OSCE: ExecutionEditor = { role: 'FOCAL_POINT', entityCode: 'OSCE' };

function renderSection(viewer: ExecutionEditor, canWrite = true) {
  return renderSignedIn(
    <ExecutionsSection
      activity={{ code: '1.5', year: 2024, name: 'Actividad conjunta' }}
      executions={rows}
      rule={null}
      canWrite={canWrite}
      canReadRegister
      viewer={viewer}
      showRecorder
    />,
    { viewer: COORDINATOR },
  );
}

const rowOf = (title: string) => screen.getByText(title).closest('tr')!;

describe('the executions of a joint activity', () => {
  it('say who recorded each one', () => {
    renderSection(OSCE);
    expect(within(rowOf('Curso de OSCE')).getByTestId('recorded-by')).toHaveTextContent('Registrada por OSCE');
    expect(within(rowOf('Taller del MIMP')).getByTestId('recorded-by')).toHaveTextContent('Registrada por MIMP');
    expect(within(rowOf('Sesión antigua')).getByTestId('recorded-by')).toHaveTextContent('No registrado');
    expect(recorderLabel({ recordedBy: { entity: { code: 'CGR', shortName: 'Contraloría' } } })).toBe('Registrada por Contraloría');
  });

  it('let a focal point edit and delete only her entity’s, and say who may change the others', () => {
    renderSection(OSCE);
    const own = within(rowOf('Curso de OSCE'));
    expect(own.getByRole('button', { name: 'Editar «Curso de OSCE»' })).toBeInTheDocument();
    expect(own.getByRole('button', { name: 'Eliminar «Curso de OSCE»' })).toBeInTheDocument();
    const partner = within(rowOf('Taller del MIMP'));
    expect(partner.queryByRole('button', { name: /Editar/ })).toBeNull();
    expect(partner.queryByRole('button', { name: /Eliminar/ })).toBeNull();
    // Participants stay readable.
    expect(partner.getByRole('button', { name: 'Participantes de «Taller del MIMP»' })).toBeInTheDocument();
    expect(partner.getByText('Esta ejecución la registró MIMP: solo MIMP o la coordinación pueden modificarla.')).toBeInTheDocument();
    const old = within(rowOf('Sesión antigua'));
    expect(old.queryByRole('button', { name: /Editar/ })).toBeNull();
    expect(old.getByText('No consta qué entidad registró esta ejecución: solo la coordinación puede modificarla.')).toBeInTheDocument();
  });

  it('let MIMP’s focal point change MIMP’s only', () => {
    renderSection({ role: 'FOCAL_POINT', entityCode: 'MIMP' });
    expect(within(rowOf('Taller del MIMP')).getByRole('button', { name: /Editar/ })).toBeInTheDocument();
    expect(within(rowOf('Curso de OSCE')).queryByRole('button', { name: /Editar/ })).toBeNull();
  });

  it('let the coordination change every one', () => {
    renderSection({ role: 'COORDINATOR', entityCode: 'MIMP' });
    for (const title of ['Curso de OSCE', 'Taller del MIMP', 'Sesión antigua']) {
      expect(within(rowOf(title)).getByRole('button', { name: `Editar «${title}»` })).toBeInTheDocument();
      expect(within(rowOf(title)).getByRole('button', { name: `Eliminar «${title}»` })).toBeInTheDocument();
    }
    expect(screen.queryByText(/pueden? modificarla/)).toBeNull();
  });

  it('show no refusal to those who cannot write at all', () => {
    renderSection({ role: 'INTEGRATOR', entityCode: null }, false);
    expect(screen.queryByRole('button', { name: /Editar/ })).toBeNull();
    expect(screen.queryByText(/pueden? modificarla/)).toBeNull();
  });
});

describe('the month status of each entity of a joint activity', () => {
  const entities = [
    { code: 'OSCE', shortName: 'OSCE' },
    { code: 'MIMP', shortName: 'MIMP' },
  ];
  const statuses = [
    { entityCode: 'MIMP', month: 2, status: 'APPROVED' },
    { entityCode: 'OSCE', month: 2, status: 'SUBMITTED' },
    { entityCode: 'OSCE', month: 5, status: 'RETURNED' },
  ];

  it('is named entity by entity, for the current month and every month sent', () => {
    expect(jointMonthText(statuses, entities, 2)).toBe('OSCE: enviado · MIMP: aprobado');
    expect(jointMonthText(statuses, entities, 3)).toBe('OSCE: sin enviar · MIMP: sin enviar');
    expect(monthsToShow(statuses, 3)).toEqual([2, 3, 5]);
  });

  it('explains that an approved month of either entity locks the activity’s executions of that month', () => {
    renderWithTheme(<JointMonthStatus year={2024} entities={entities} statuses={statuses} currentMonth={3} />);
    const panel = screen.getByTestId('joint-month-status');
    expect(panel).toHaveTextContent('Actividad conjunta: reportes mensuales de OSCE y MIMP');
    expect(panel).toHaveTextContent('Febrero de 2024: OSCE: enviado · MIMP: aprobado');
    expect(panel).toHaveTextContent('Marzo de 2024: OSCE: sin enviar · MIMP: sin enviar');
    expect(panel).toHaveTextContent('un mes aprobado de cualquiera de ellas bloquea todas las ejecuciones de esta actividad en ese mes');
  });

  it('is not shown for an activity of a single entity', () => {
    renderWithTheme(<JointMonthStatus year={2024} entities={[entities[0]!]} statuses={statuses} currentMonth={3} />);
    expect(screen.queryByTestId('joint-month-status')).toBeNull();
  });
});
