import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PCM_FOCAL_POINT, renderSignedIn } from '../test/signedIn';
import { ExportButtons, defaultFollowUpPeriod, followUpUrl } from './ExportButtons';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

function stubDownload(response: () => Response) {
  const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => response());
  vi.stubGlobal('fetch', fetch);
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL = () => 'blob:informe';
      static override revokeObjectURL = () => {};
    },
  );
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  return { fetch, click };
}

const renderButtons = () => renderSignedIn(<ExportButtons year={2024} asOf="2024-06-30" view="actividades" />, { viewer: PCM_FOCAL_POINT });

describe('the follow-up report in Word', () => {
  it('has an address with the year and the months', () => {
    expect(followUpUrl(2024, { from: 1, to: 6 })).toBe('/api/reports/seguimiento.docx?year=2024&from=1&to=6');
    expect(followUpUrl(2025, { from: 7, to: 12 })).toBe('/api/reports/seguimiento.docx?year=2025&from=7&to=12');
  });

  it('covers January to the last month over by default', () => {
    expect(defaultFollowUpPeriod(2024, { year: 2024, month: 7 })).toEqual({ from: 1, to: 6 });
    expect(defaultFollowUpPeriod(2024, { year: 2025, month: 3 })).toEqual({ from: 1, to: 12 });
    expect(defaultFollowUpPeriod(2025, { year: 2025, month: 1 })).toEqual({ from: 1, to: 1 });
  });

  it('downloads the period chosen, with the session’s token', async () => {
    const { fetch, click } = stubDownload(
      () => new Response('docx', { headers: { 'content-disposition': 'attachment; filename="informe-seguimiento-2024-enero-junio.docx"' } }),
    );
    renderButtons();
    await userEvent.click(screen.getByRole('button', { name: 'Informe de seguimiento (Word)' }));
    const dialog = await screen.findByRole('dialog');
    // January to the last month over, unless changed.
    expect(within(dialog).getByLabelText('Desde')).toHaveValue('1');
    expect(within(dialog).getByLabelText('Hasta')).toHaveValue(String(defaultFollowUpPeriod(2024).to));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Primer semestre' }));
    expect(within(dialog).getByLabelText('Hasta')).toHaveValue('6');
    await userEvent.selectOptions(within(dialog).getByLabelText('Desde'), '3');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Descargar Word' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(fetch).toHaveBeenCalledWith('/api/reports/seguimiento.docx?year=2024&from=3&to=6', { headers: { authorization: 'Bearer prueba' } });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('informe-seguimiento-2024-enero-junio.docx');
  });

  it('does not ask for a period that ends before it starts', async () => {
    const { fetch } = stubDownload(() => new Response('docx'));
    renderButtons();
    await userEvent.click(screen.getByRole('button', { name: 'Informe de seguimiento (Word)' }));
    const dialog = await screen.findByRole('dialog');
    await userEvent.selectOptions(within(dialog).getByLabelText('Desde'), '8');
    await userEvent.selectOptions(within(dialog).getByLabelText('Hasta'), '5');
    expect(within(dialog).getByText('Debe ser igual o posterior a «Desde»')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Descargar Word' })).toBeDisabled();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows the API’s message when it refuses', async () => {
    stubDownload(() => Response.json({ error: 'El mes inicial no puede ser posterior al mes final (from ≤ to).' }, { status: 400 }));
    renderButtons();
    await userEvent.click(screen.getByRole('button', { name: 'Informe de seguimiento (Word)' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Descargar Word' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('El mes inicial no puede ser posterior al mes final (from ≤ to).');
  });
});
