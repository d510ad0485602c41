import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EVIDENCE_MAX_BYTES, EVIDENCE_ACCEPT, evidenceCountMessage, evidenceTooLargeMessage } from '@gj/domain';
import { COORDINATOR, PCM_FOCAL_POINT, renderSignedIn } from '../test/signedIn';
import { evidenceFailure, evidencePreflight, evidenceTypeLabel, formatFileSize, type EvidenceItem } from './evidence';
import { EvidenceList } from './EvidenceList';
import { ExecutionsSection, type ExecutionEditor, type ExecutionRow } from './ExecutionsSection';
import { DeleteEvidenceMutation, ExecutionEvidenceQuery } from './operations';

const file = (id: number, fileName: string, contentType: string, size: number): EvidenceItem & { __typename: 'EvidenceFile' } => ({
  __typename: 'EvidenceFile',
  id,
  executionId: 7,
  fileName,
  contentType,
  size,
  uploadedBy: 'pcm@demo.gob.pe',
  uploadedAt: '2024-05-20T15:04:00.000Z',
  downloadPath: `/api/evidence/${id}`,
});

const ACTA = file(1, 'acta-taller.pdf', 'application/pdf', 250_880);
const FOTO = file(2, 'foto grupal.jpg', 'image/jpeg', 3_250_585);

function renderList(files: readonly EvidenceItem[], { canManage = true, refusal = null as string | null, mocks = [] as never[] } = {}) {
  return renderSignedIn(<EvidenceList executionId={7} executionTitle="Taller de liderazgo" files={files} canManage={canManage} refusal={refusal} />, {
    viewer: PCM_FOCAL_POINT,
    mocks,
  });
}

const picker = () => document.querySelector<HTMLInputElement>('input[type="file"]');

/** A file of `size` bytes without allocating them. */
function sized(name: string, type: string, size: number): File {
  const f = new File(['%PDF-1.4'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('evidence helpers', () => {
  it('name types and sizes as people read them', () => {
    expect(evidenceTypeLabel('application/pdf')).toBe('PDF');
    expect(evidenceTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe('Word (DOCX)');
    expect(evidenceTypeLabel('text/plain')).toBe('text/plain');
    expect(formatFileSize(300)).toBe('1 KB');
    expect(formatFileSize(250_880)).toBe('245 KB');
    expect(formatFileSize(3_250_585)).toMatch(/^3[.,]1 MB$/);
  });

  it('check size and count before sending, with the domain’s messages', () => {
    expect(evidencePreflight({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES }, 0)).toBeNull();
    expect(evidencePreflight({ name: 'a.pdf', size: EVIDENCE_MAX_BYTES + 1 }, 0)).toBe(evidenceTooLargeMessage('a.pdf'));
    expect(evidencePreflight({ name: 'a.pdf', size: 10 }, 5)).toBe(evidenceCountMessage());
  });

  it('read the API’s Spanish refusal from its JSON body', async () => {
    const body = { errors: [{ message: 'El reporte de mayo de 2024 está aprobado.', extensions: { code: 'CONFLICT', reason: 'MONTH_LOCKED' } }] };
    expect(await evidenceFailure(Response.json(body, { status: 409 }))).toBe('El reporte de mayo de 2024 está aprobado.');
    expect(await evidenceFailure(new Response('<html>', { status: 413 }), 'a.pdf')).toBe(evidenceTooLargeMessage('a.pdf'));
    expect(await evidenceFailure(new Response('<html>', { status: 502 }))).toMatch(/servidor/);
  });
});

describe('EvidenceList', () => {
  it('lists each file with its type, size, who attached it and when, to download or delete', () => {
    renderList([ACTA, FOTO]);
    expect(screen.getByRole('heading', { name: 'Medios de verificación (archivos)' })).toBeInTheDocument();
    const [acta, foto] = screen.getAllByTestId('evidence-file');
    expect(acta).toHaveTextContent('acta-taller.pdf');
    expect(acta).toHaveTextContent('PDF · 245 KB');
    expect(acta).toHaveTextContent('Adjuntado por pcm@demo.gob.pe el 20/05/2024, 10:04');
    expect(foto).toHaveTextContent(/JPEG · 3[.,]1 MB/);
    expect(within(acta!).getByRole('button', { name: 'Descargar «acta-taller.pdf»' })).toBeInTheDocument();
    expect(within(acta!).getByRole('button', { name: 'Eliminar «acta-taller.pdf»' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Adjuntar archivo' })).toBeEnabled();
    expect(picker()).toHaveAttribute('accept', EVIDENCE_ACCEPT);
  });

  it('says when there are none', () => {
    renderList([]);
    expect(screen.getByText('Sin medios de verificación')).toBeInTheDocument();
  });

  it('refuses an 11 MB file with the domain’s message before uploading', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderList([ACTA]);
    await userEvent.upload(picker()!, sized('acta escaneada.pdf', 'application/pdf', 11 * 1024 * 1024));
    expect(await screen.findByRole('alert')).toHaveTextContent(evidenceTooLargeMessage('acta escaneada.pdf'));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('does not offer a sixth file', () => {
    renderList([1, 2, 3, 4, 5].map((id) => file(id, `f${id}.pdf`, 'application/pdf', 1000)));
    expect(screen.getByRole('button', { name: 'Adjuntar archivo' })).toBeDisabled();
    expect(screen.getByTestId('evidence-hint')).toHaveTextContent('Ya tiene 5 archivos, el máximo');
  });

  it('uploads the file in the field «archivo» with the session’s token, then reads the files again', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      Response.json({ evidence: file(3, 'lista.pdf', 'application/pdf', 2048) }, { status: 201 }),
    );
    vi.stubGlobal('fetch', fetch);
    const refreshed = vi.fn(() => ({
      data: { execution: { __typename: 'Execution' as const, id: 7, evidence: [ACTA, file(3, 'lista.pdf', 'application/pdf', 2048)] } },
    }));
    renderList([ACTA], { mocks: [{ request: { query: ExecutionEvidenceQuery, variables: { id: 7 } }, result: refreshed }] as never[] });
    await userEvent.upload(picker()!, new File(['%PDF-1.4'], 'lista.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(refreshed).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/executions/7/evidence');
    expect(init?.method).toBe('POST');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer prueba');
    expect((init?.body as FormData).get('archivo')).toBeInstanceOf(File);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the API’s refusal in Spanish', async () => {
    const message = 'El reporte de mayo de 2024 de PCM está aprobado: sus ejecuciones no se pueden modificar. Solicite a la coordinación que reabra el mes.';
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Response.json({ errors: [{ message, extensions: { code: 'CONFLICT', reason: 'MONTH_LOCKED' } }] }, { status: 409 })),
    );
    renderList([]);
    await userEvent.upload(picker()!, new File(['%PDF-1.4'], 'lista.pdf', { type: 'application/pdf' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
  });

  it('downloads a file with the session’s token', async () => {
    const fetch = vi.fn(async () => new Response('%PDF', { headers: { 'content-disposition': 'attachment; filename="acta-taller.pdf"' } }));
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal(
      'URL',
      class extends URL {
        static override createObjectURL = () => 'blob:acta';
        static override revokeObjectURL = () => {};
      },
    );
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderList([ACTA], { canManage: false });
    await userEvent.click(screen.getByRole('button', { name: 'Descargar «acta-taller.pdf»' }));
    await waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(fetch).toHaveBeenCalledWith('/api/evidence/1', { headers: { authorization: 'Bearer prueba' } });
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('acta-taller.pdf');
  });

  it('deletes a file after confirmation', async () => {
    const deleted = vi.fn(() => ({ data: { deleteEvidence: true } }));
    const refreshed = vi.fn(() => ({ data: { execution: { __typename: 'Execution' as const, id: 7, evidence: [] } } }));
    renderList([ACTA], {
      mocks: [
        { request: { query: DeleteEvidenceMutation, variables: { id: 1 } }, result: deleted },
        { request: { query: ExecutionEvidenceQuery, variables: { id: 7 } }, result: refreshed },
      ] as never[],
    });
    await userEvent.click(screen.getByRole('button', { name: 'Eliminar «acta-taller.pdf»' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Se eliminará «acta-taller.pdf» de los medios de verificación de «Taller de liderazgo»');
    expect(deleted).not.toHaveBeenCalled();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Eliminar' }));
    await waitFor(() => expect(refreshed).toHaveBeenCalled());
    expect(deleted).toHaveBeenCalledOnce();
  });

  it('shows no upload or delete to whoever may not change them, with the reason', () => {
    renderList([ACTA], { canManage: false, refusal: 'El reporte de mayo de 2024 está aprobado: sus ejecuciones no se pueden modificar.' });
    expect(screen.queryByRole('button', { name: 'Adjuntar archivo' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Eliminar/ })).toBeNull();
    expect(picker()).toBeNull();
    expect(screen.getByTestId('evidence-refusal')).toHaveTextContent('El reporte de mayo de 2024 está aprobado');
    expect(screen.getByRole('button', { name: 'Descargar «acta-taller.pdf»' })).toBeInTheDocument();
  });
});

describe('the files of each execution in the list', () => {
  const row = (id: number, date: string, entity: string, evidence: readonly EvidenceItem[]): ExecutionRow => ({
    id,
    date,
    kind: 'TRAINING_SESSION',
    title: `Taller ${id}`,
    modality: 'VIRTUAL',
    place: null,
    evidenceUrl: 'https://drive.example/acta',
    notes: null,
    version: 1,
    participantCount: 0,
    entityCode: entity,
    recordedBy: { entity: { code: entity, shortName: entity } },
    evidence,
  });
  const rows = [row(1, '2024-05-10', 'PCM', [ACTA]), row(2, '2024-06-10', 'PCM', []), row(3, '2024-06-12', 'MIMP', [FOTO])];

  function renderSection(viewer: ExecutionEditor, canWrite = true) {
    return renderSignedIn(
      <ExecutionsSection
        activity={{ code: '1.4', year: 2024, name: 'Actividad' }}
        executions={rows}
        rule={null}
        canWrite={canWrite}
        canReadRegister={false}
        viewer={viewer}
        lockedMonths={new Set([5])}
      />,
      { viewer: COORDINATOR },
    );
  }

  const open = async (title: string) => {
    await userEvent.click(screen.getByRole('button', { name: new RegExp(`^Archivos.*: medios de verificación de «${title}»$`) }));
    return screen.findByRole('dialog');
  };

  it('are counted on each row, next to the old external link', () => {
    renderSection({ role: 'FOCAL_POINT', entityCode: 'PCM' });
    const buttons = screen.getAllByTestId('evidence-button').map((b) => b.textContent);
    expect(buttons).toEqual(['Archivos (1)', 'Archivos (0)', 'Archivos (1)']);
    expect(screen.getAllByRole('link', { name: 'Evidencia' })).toHaveLength(3);
  });

  it('can be added and deleted in an open month by the entity that recorded it', async () => {
    renderSection({ role: 'FOCAL_POINT', entityCode: 'PCM' });
    const drawer = await open('Taller 2');
    expect(within(drawer).getByText('Sin medios de verificación')).toBeInTheDocument();
    expect(within(drawer).getByRole('button', { name: 'Adjuntar archivo' })).toBeInTheDocument();
  });

  it('cannot be changed in an approved month, and say why', async () => {
    renderSection({ role: 'COORDINATOR', entityCode: 'MIMP' });
    const drawer = await open('Taller 1');
    expect(within(drawer).getByText('acta-taller.pdf')).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Adjuntar archivo' })).toBeNull();
    expect(within(drawer).queryByRole('button', { name: /Eliminar/ })).toBeNull();
    expect(within(drawer).getByTestId('evidence-refusal')).toHaveTextContent(
      'El reporte de mayo de 2024 está aprobado: sus ejecuciones no se pueden modificar. Solicite a la coordinación que reabra el mes.',
    );
  });

  it('cannot be changed by another entity, and say who may', async () => {
    renderSection({ role: 'FOCAL_POINT', entityCode: 'PCM' });
    const drawer = await open('Taller 3');
    expect(within(drawer).queryByRole('button', { name: 'Adjuntar archivo' })).toBeNull();
    expect(within(drawer).getByTestId('evidence-refusal')).toHaveTextContent(
      'Esta ejecución la registró MIMP: solo MIMP o la coordinación pueden modificarla.',
    );
  });

  it('are only read by whoever cannot write executions', async () => {
    renderSection({ role: 'INTEGRATOR', entityCode: null }, false);
    const drawer = await open('Taller 3');
    expect(within(drawer).getByRole('button', { name: 'Descargar «foto grupal.jpg»' })).toBeInTheDocument();
    expect(within(drawer).queryByRole('button', { name: 'Adjuntar archivo' })).toBeNull();
    expect(within(drawer).queryByTestId('evidence-refusal')).toBeNull();
  });
});
