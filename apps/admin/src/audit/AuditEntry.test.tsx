import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { AuditEntry, type AuditEntryView } from './AuditEntry';
import { actionLabel, actionSentence, AUDIT_ACTION_LABELS, fieldChanges, parseAuditValue, targetLabel } from './labels';

const approval: AuditEntryView = {
  id: 41,
  occurredAt: '2024-06-03T15:04:05.000Z',
  actorEmail: 'coordinacion@demo.gob.pe',
  actorRole: 'COORDINATOR',
  action: 'month.approve',
  targetType: 'month',
  targetId: 'PCM-2024-05',
  activityCode: null,
  entities: ['PCM'],
  planYear: 2024,
  before: '{"status":"SUBMITTED"}',
  after: '{"status":"APPROVED","comment":null}',
};

const render = (entry: AuditEntryView) =>
  renderWithTheme(
    <MemoryRouter>
      <AuditEntry entry={entry} />
    </MemoryRouter>,
  );

describe('audit labels', () => {
  it('translate every action the API records', () => {
    expect(actionLabel('execution.create')).toBe('Registró una ejecución');
    expect(actionLabel('month.approve')).toBe('Aprobó el reporte mensual');
    expect(actionLabel('apikey.revoke')).toBe('Revocó una clave de integrador');
    expect(actionLabel('something.new')).toBe('Acción «something.new»');
    expect(actionLabel('plan.publish')).toBe('Publicó un plan de trabajo');
    expect(actionLabel('plan.reprogram')).toBe('Reprogramó una actividad');
    expect(Object.keys(AUDIT_ACTION_LABELS)).toHaveLength(32);
    expect(targetLabel('plan', '2025')).toBe('Plan de trabajo 2025');
    expect(targetLabel('entity', 'JNE')).toBe('Entidad JNE');
    expect(actionSentence('account.setActive', { active: false })).toBe('Deshabilitó una cuenta');
    expect(targetLabel('month', 'CGR-2024-09')).toBe('Reporte mensual: setiembre de 2024 de Contraloría');
    expect(targetLabel('execution', '12')).toBe('Ejecución N.º 12');
  });

  it('put before and after side by side, in words', () => {
    expect(
      fieldChanges(
        parseAuditValue('{"date":"2024-05-09","place":"Lima","kind":"TRAINING_SESSION"}'),
        parseAuditValue('{"date":"2024-05-10","place":"Lima","kind":"TRAINING_SESSION"}'),
      ),
    ).toEqual([
      { key: 'date', label: 'Fecha', before: '09/05/2024', after: '10/05/2024', changed: true },
      { key: 'place', label: 'Lugar', before: 'Lima', after: 'Lima', changed: false },
      { key: 'kind', label: 'Tipo', before: 'Sesión de capacitación', after: 'Sesión de capacitación', changed: false },
    ]);
    expect(fieldChanges(null, { participants: [{ authorityId: 1 }, { authorityId: 2 }], active: true })).toEqual([
      { key: 'participants', label: 'Participantes', before: '—', after: '2 participantes', changed: true },
      { key: 'active', label: 'Activa', before: '—', after: 'Sí', changed: true },
    ]);
    expect(parseAuditValue('no es JSON')).toBe('no es JSON');
    // Imports, counts by outcome and id lists in words; unknown keys shown as stored.
    expect(
      fieldChanges(null, {
        format: 'xlsx',
        byOutcome: { ATTENDED: 3, APPROVED: 2 },
        authorityIds: [4, 8, 15, 16],
        outcome: 'COMPLETED',
        resolution: 'DISMISSED',
        somethingNew: { a: 1 },
        tags: ['x', 'y'],
      }).map((c) => [c.label, c.after]),
    ).toEqual([
      ['Formato del archivo', 'XLSX'],
      ['Por resultado', 'Participó: 3 · Aprobó: 2'],
      ['Autoridades', '4 autoridades'],
      ['Resultado', 'Culminó'],
      ['Resolución', 'Descartada'],
      ['Dato «somethingNew»', 'Dato «a»: 1'],
      ['Dato «tags»', 'x, y'],
    ]);
    expect(fieldChanges(null, null)).toEqual([]);
  });
});

describe('AuditEntry', () => {
  it('says when, who, what and on what, with the values before and after', async () => {
    render(approval);
    const entry = screen.getByRole('article');
    expect(entry).toHaveAttribute('data-action', 'month.approve');
    expect(within(entry).getByText('Aprobó el reporte mensual')).toBeInTheDocument();
    expect(within(entry).getByText('Reporte mensual: mayo de 2024 de PCM')).toBeInTheDocument();
    // Lima time (UTC−5), es-PE.
    expect(within(entry).getByText('03/06/2024, 10:04')).toHaveAttribute('dateTime', '2024-06-03T15:04:05.000Z');
    expect(within(entry).getByText('coordinacion@demo.gob.pe · Coordinación (MIMP)')).toBeInTheDocument();
    const table = within(entry).getByRole('table', { name: 'Valores antes y después' });
    const rows = within(table).getAllByRole('row');
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Estado', 'Enviado', 'Aprobado']);
    expect(rows[1]).toHaveAttribute('data-changed', 'true');
    expect(
      within(rows[2]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Comentario', '—', '—']);

    // The stored JSON, pretty-printed, behind a disclosure.
    const raw = within(entry).getByText('Ver los valores registrados (JSON)');
    expect(raw.closest('details')).not.toHaveAttribute('open');
    await userEvent.click(raw);
    expect(raw.closest('details')).toHaveAttribute('open');
    expect(within(entry).getByTestId('audit-after').textContent).toBe('{\n  "status": "APPROVED",\n  "comment": null\n}');
    expect(within(entry).getByTestId('audit-before').textContent).toBe('{\n  "status": "SUBMITTED"\n}');
  });

  it('links an execution’s entry to its activity and names the command line as actor', () => {
    render({
      ...approval,
      id: 2,
      action: 'execution.delete',
      targetType: 'execution',
      targetId: '7',
      activityCode: '1.5',
      entities: ['MIMP', 'OSCE'],
      actorEmail: 'linea-de-comandos',
      actorRole: 'OPERATOR',
      before: '{"title":"Taller","date":"2024-04-15"}',
      after: null,
    });
    expect(screen.getByText('Eliminó una ejecución')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Actividad 1.5' })).toHaveAttribute('href', '/actividades/1.5');
    expect(screen.getByText('Línea de comandos del servidor · Operador (línea de comandos)')).toBeInTheDocument();
    expect(screen.getByText('OSCE')).toBeInTheDocument();
    expect(screen.getByText('15/04/2024')).toBeInTheDocument();
  });
});
