import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { MonthlyReportTable } from './MonthlyReportTable';
import { ReviewPanel } from './ReviewPanel';
import { monthOfYear, SUBMISSION_STYLES, type Submission } from './status';
import { SubmissionBadge } from './SubmissionBadge';
import { SubmissionGrid } from './SubmissionGrid';

const pcm = (month: number, status: string, extra: Partial<Submission> = {}): Submission => ({ entityCode: 'PCM', year: 2024, month, status, ...extra });

describe('submission statuses', () => {
  it('are named in Spanish, with a symbol as well as a colour', () => {
    expect(Object.values(SUBMISSION_STYLES).map((s) => s.label)).toEqual(['Sin enviar', 'Enviado', 'Aprobado', 'Devuelto']);
    renderWithTheme(<SubmissionBadge status="APPROVED" />);
    const badge = screen.getByText('Aprobado').closest('[data-status]')!;
    expect(badge).toHaveAttribute('data-status', 'APPROVED');
    expect(badge.textContent).toBe('✓ Aprobado');
  });

  // Which step from which status, the lock and "the month has begun" are tested in @gj/domain (cycle.test.ts).
  it('names a month of an entity as people say it', () => {
    expect(monthOfYear(2024, 9, 'CGR')).toBe('setiembre de 2024 de Contraloría');
  });
});

describe('MonthlyReportTable', () => {
  const submissions = [
    pcm(3, 'APPROVED', {
      submittedAt: '2024-04-02T15:00:00Z',
      submittedBy: 'pcm@demo.gob.pe',
      reviewedAt: '2024-04-03T14:30:00Z',
      reviewedBy: 'coordinacion@demo.gob.pe',
    }),
    pcm(4, 'RETURNED', {
      submittedAt: '2024-05-02T15:00:00Z',
      reviewedAt: '2024-05-03T15:00:00Z',
      reviewedBy: 'coordinacion@demo.gob.pe',
      comment: 'Falta la lista de participantes del 9 de abril.',
    }),
    pcm(5, 'SUBMITTED', { submittedAt: '2024-06-01T15:00:00Z', submittedBy: 'pcm@demo.gob.pe' }),
  ];

  it('lists the twelve months with their status, history, comment and the send action where it applies', async () => {
    const onSubmit = vi.fn();
    renderWithTheme(
      <MonthlyReportTable
        year={2024}
        entityCode="PCM"
        submissions={submissions}
        executionsByMonth={
          new Map([
            [4, 2],
            [6, 1],
          ])
        }
        today="2024-06-15"
        canSubmit
        onSubmit={onSubmit}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Reporte mensual 2024' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows).toHaveLength(12);
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual([
      'DRAFT',
      'DRAFT',
      'APPROVED',
      'RETURNED',
      'SUBMITTED',
      'DRAFT',
      'DRAFT',
      'DRAFT',
      'DRAFT',
      'DRAFT',
      'DRAFT',
      'DRAFT',
    ]);
    expect(rows[2]).toHaveTextContent('Aprobado el 03/04/2024, 09:30 por coordinacion@demo.gob.pe');
    expect(rows[2]).toHaveTextContent('Mes bloqueado: sus ejecuciones no se pueden modificar.');
    expect(rows[3]).toHaveTextContent('Comentario de la coordinaciónFalta la lista de participantes del 9 de abril.');
    expect(within(rows[3]!).getByRole('button', { name: /^Enviar de nuevo\s*el reporte de abril de 2024$/ })).toHaveTextContent('Enviar de nuevo');
    expect(within(rows[3]!).getAllByRole('cell')[2]).toHaveTextContent('2');
    expect(rows[4]).toHaveTextContent('En revisión por la coordinación');
    // A sent month is only opened, to read what was sent.
    expect(
      within(rows[4]!)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual(['Ver el reporte de mayo']);
    // June has started: it can be sent; July has not.
    await userEvent.click(within(rows[5]!).getByRole('button', { name: 'Enviar el reporte de junio de 2024' }));
    expect(onSubmit).toHaveBeenCalledWith(6);
    expect(within(rows[6]!).queryByRole('button')).toBeNull();
    expect(rows[6]).toHaveTextContent('Aún no empieza');
  });

  it('offers no action to who may not submit, but lets her read what was sent', () => {
    renderWithTheme(<MonthlyReportTable year={2024} entityCode="PCM" submissions={submissions} today="2024-12-31" canSubmit={false} onSubmit={() => {}} />);
    expect(screen.queryAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Ver el reporte de marzo', 'Ver el reporte de mayo']);
  });
});

describe('SubmissionGrid', () => {
  it('draws entity × month cells that say their status and open the review', async () => {
    const onSelect = vi.fn();
    const all: Submission[] = ['MIMP', 'PCM'].flatMap((e) =>
      Array.from({ length: 12 }, (_, i) => ({ entityCode: e, year: 2024, month: i + 1, status: 'DRAFT' })),
    );
    all[12 + 4] = pcm(5, 'SUBMITTED');
    const entities = [
      { code: 'MIMP', name: 'Ministerio de la Mujer y Poblaciones Vulnerables', shortName: 'MIMP' },
      { code: 'PCM', name: 'Presidencia del Consejo de Ministros', shortName: 'PCM' },
      { code: 'CGR', name: 'Contraloría General de la República', shortName: 'Contraloría' },
    ];
    renderWithTheme(<SubmissionGrid year={2024} entities={entities} submissions={all} onSelect={onSelect} />);
    const grid = screen.getByRole('table', { name: 'Reportes mensuales 2024 por entidad y mes' });
    expect(
      within(grid)
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual(['MIMP', 'PCM']);
    expect(within(grid).getAllByRole('button')).toHaveLength(24);
    await userEvent.click(within(grid).getByRole('button', { name: 'PCM, mayo: Enviado' }));
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ entityCode: 'PCM', month: 5, status: 'SUBMITTED' }));
  });

  it('keeps the reports of an entity the list does not name yet, by its code', () => {
    const jne: Submission[] = [
      { entityCode: 'JNE', year: 2025, month: 3, status: 'SUBMITTED' },
      { ...pcm(3, 'APPROVED'), year: 2025 },
    ];
    renderWithTheme(
      <SubmissionGrid
        year={2025}
        entities={[{ code: 'PCM', name: 'Presidencia del Consejo de Ministros', shortName: 'PCM' }]}
        submissions={jne}
        onSelect={() => {}}
      />,
    );
    expect(screen.getAllByRole('rowheader').map((r) => r.textContent)).toEqual(['PCM', 'JNE']);
    expect(screen.getByRole('button', { name: 'JNE, marzo: Enviado' })).toBeInTheDocument();
  });
});

describe('ReviewPanel', () => {
  it('requires a comment to return a month', async () => {
    const onDecide = vi.fn();
    renderWithTheme(
      <ReviewPanel
        submission={pcm(5, 'SUBMITTED', { submittedAt: '2024-06-01T15:00:00Z', submittedBy: 'pcm@demo.gob.pe' })}
        onDecide={onDecide}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByText('Enviado el 01/06/2024, 10:00 por pcm@demo.gob.pe')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Devolver' }));
    await userEvent.click(screen.getByRole('button', { name: 'Devolver a PCM' }));
    expect(await screen.findByText('Indique un comentario para el mes o para alguna actividad.')).toBeInTheDocument();
    expect(onDecide).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: /Comentario sobre el mes para PCM/ }), '  Falta la evidencia del taller.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Devolver a PCM' }));
    expect(onDecide).toHaveBeenCalledWith('return', 'Falta la evidencia del taller.', []);
  });

  it('returns a month with a comment on one activity only', async () => {
    const onDecide = vi.fn();
    renderWithTheme(
      <ReviewPanel
        submission={pcm(5, 'SUBMITTED')}
        activities={[
          { code: '1.4', name: 'Asistencia técnica' },
          { code: '1.9', name: 'Curso virtual' },
        ]}
        initialAction="return"
        onDecide={onDecide}
        onCancel={() => {}}
      />,
    );
    await userEvent.type(screen.getByRole('textbox', { name: /Comentario sobre la actividad 1.9/ }), 'Adjunte la lista de asistencia.');
    await userEvent.click(screen.getByRole('button', { name: 'Devolver a PCM' }));
    expect(onDecide).toHaveBeenCalledWith('return', '', [{ activityCode: '1.9', comment: 'Adjunte la lista de asistencia.' }]);
  });

  it('approves after saying the month will be locked', async () => {
    const onDecide = vi.fn();
    renderWithTheme(<ReviewPanel submission={pcm(5, 'SUBMITTED')} initialAction="approve" onDecide={onDecide} onCancel={() => {}} />);
    expect(screen.getByText(/Las ejecuciones de mayo de las actividades de PCM quedarán bloqueadas/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Confirmar la aprobación' }));
    expect(onDecide).toHaveBeenCalledWith('approve', '', []);
  });

  it('reopens an approved month only with a reason, and shows the API’s refusal', async () => {
    const onDecide = vi.fn();
    const { rerender } = renderWithTheme(<ReviewPanel submission={pcm(5, 'APPROVED')} onDecide={onDecide} onCancel={() => {}} />);
    expect(screen.queryByRole('button', { name: 'Aprobar' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Reabrir' }));
    await userEvent.click(screen.getByRole('button', { name: 'Reabrir el mes' }));
    expect(await screen.findByText('Indique por qué se reabre el mes.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: /Motivo de la reapertura/ }), 'Corrección de fecha solicitada por PCM.');
    await userEvent.click(screen.getByRole('button', { name: 'Reabrir el mes' }));
    expect(onDecide).toHaveBeenCalledWith('reopen', 'Corrección de fecha solicitada por PCM.', []);
    rerender(
      <ReviewPanel
        submission={pcm(5, 'APPROVED')}
        failure="No se puede reabrir el reporte de mayo de 2024 de PCM: está devuelto."
        onDecide={onDecide}
        onCancel={() => {}}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('No se puede reabrir el reporte de mayo de 2024 de PCM: está devuelto.');
  });

  it('says what the coordination is waiting for when there is nothing to review', () => {
    renderWithTheme(<ReviewPanel submission={pcm(7, 'DRAFT')} onDecide={() => {}} onCancel={() => {}} />);
    expect(screen.getByText('PCM aún no envía este mes: se podrá revisar cuando lo envíe.')).toBeInTheDocument();
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  });
});
