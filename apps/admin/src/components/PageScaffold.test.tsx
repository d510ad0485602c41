import { Button } from '@mantine/core';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithTheme } from '../test/render';
import { PageHeader, PageScaffold, queryPending, type QueryStatus } from './PageScaffold';

const refused = new CombinedGraphQLErrors({ data: null, errors: [{ message: 'No tiene permiso para ver esta página.', extensions: { code: 'FORBIDDEN' } }] });
const query = (status: Partial<QueryStatus>): QueryStatus => ({ data: undefined, loading: false, refetch: async () => ({}), ...status });

describe('PageHeader', () => {
  it('names the page with its only h1, says what it is for, and holds its main action and controls', async () => {
    const create = vi.fn();
    renderWithTheme(
      <PageHeader title="Cuentas de usuario" description="Personas de la coordinación." action={<Button onClick={create}>Crear cuenta</Button>}>
        <label>
          Fecha de corte <input />
        </label>
      </PageHeader>,
    );
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Cuentas de usuario');
    expect(screen.getByText('Personas de la coordinación.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Fecha de corte' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Crear cuenta' }));
    expect(create).toHaveBeenCalledOnce();
  });
});

describe('queryPending', () => {
  it('is the error with a retry, or the loading line, until there is data', async () => {
    const refetch = vi.fn(async () => ({}));
    const { unmount } = renderWithTheme(<>{queryPending(query({ error: refused, refetch }), 'Cargando las cuentas…')}</>);
    expect(screen.getByRole('alert')).toHaveTextContent('No tiene permiso para ver esta página.');
    await userEvent.click(screen.getByRole('button', { name: 'Reintentar' }));
    expect(refetch).toHaveBeenCalledOnce();
    unmount();

    renderWithTheme(<>{queryPending(query({ loading: true }), 'Cargando las cuentas…')}</>);
    expect(screen.getByRole('status')).toHaveTextContent('Cargando las cuentas…');
  });

  it('is nothing once there is data, even while it reloads or a reload failed', () => {
    expect(queryPending(query({ data: { accounts: [] } }), 'Cargando…')).toBeNull();
    expect(queryPending(query({ data: { accounts: [] }, loading: true }), 'Cargando…')).toBeNull();
    expect(queryPending(query({ data: { accounts: [] }, error: refused }), 'Cargando…')).toBeNull();
  });
});

describe('PageScaffold', () => {
  const header = <PageHeader title="Validación mensual" description="Reportes mensuales 2024." />;

  it('keeps the header while loading, and builds the content only once there is data', () => {
    const content = vi.fn(() => <p>La cola de revisión</p>);
    const { rerender } = renderWithTheme(
      <PageScaffold header={header} query={query({ loading: true })} loadingLabel="Cargando los reportes mensuales…">
        {content}
      </PageScaffold>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Validación mensual');
    expect(screen.getByRole('status')).toHaveTextContent('Cargando los reportes mensuales…');
    expect(content).not.toHaveBeenCalled();

    rerender(
      <PageScaffold header={header} query={query({ data: { monthlySubmissions: [] } })} loadingLabel="Cargando los reportes mensuales…">
        {content}
      </PageScaffold>,
    );
    expect(screen.getByText('La cola de revisión')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Validación mensual');
  });

  it('shows the error under the header when the first answer fails', () => {
    renderWithTheme(
      <PageScaffold header={header} query={query({ error: refused })} loadingLabel="Cargando…">
        {() => <p>La cola de revisión</p>}
      </PageScaffold>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('No se pudo cargar la información');
    expect(screen.queryByText('La cola de revisión')).toBeNull();
  });
});
