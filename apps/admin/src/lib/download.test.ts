import { describe, expect, it, vi } from 'vitest';
import { DownloadError, fetchFile, fileNameFromDisposition } from './download';
import { MESSAGES } from './errors';

const answering = (status: number, body: BodyInit, headers: Record<string, string> = {}) =>
  vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(body, { status, headers }));

async function failure(promise: Promise<unknown>): Promise<DownloadError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DownloadError) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('fileNameFromDisposition', () => {
  it('reads the plain and the RFC 5987 forms, and keeps a fallback', () => {
    expect(fileNameFromDisposition('attachment; filename="reporte-consolidado-2024-al-2024-06-30.xlsx"', 'x')).toBe(
      'reporte-consolidado-2024-al-2024-06-30.xlsx',
    );
    expect(fileNameFromDisposition('attachment; filename="reporte.csv"; filename*=UTF-8\'\'reporte%20a%C3%B1o.csv', 'x')).toBe('reporte año.csv');
    expect(fileNameFromDisposition('attachment; filename=reporte.csv', 'x')).toBe('reporte.csv');
    expect(fileNameFromDisposition('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(fileNameFromDisposition('attachment', 'reporte.xlsx')).toBe('reporte.xlsx');
    expect(fileNameFromDisposition(null, 'reporte.xlsx')).toBe('reporte.xlsx');
  });
});

describe('fetchFile', () => {
  it('sends the session token and returns the file with its name', async () => {
    const fetch = answering(200, 'código;nombre\n', { 'content-disposition': 'attachment; filename="reporte-alertas.csv"', 'content-type': 'text/csv' });
    const file = await fetchFile('/api/exports/consolidated.csv?view=alertas', 'tok', 'reporte.csv', fetch);
    expect(file.fileName).toBe('reporte-alertas.csv');
    expect(await file.blob.text()).toBe('código;nombre\n');
    const headers = new Headers(fetch.mock.calls[0]![1]!.headers as HeadersInit);
    expect(headers.get('authorization')).toBe('Bearer tok');
  });

  it('shows the API’s Spanish message on 400 and 401', async () => {
    const bad = await failure(fetchFile('/x', 't', 'f', answering(400, JSON.stringify({ error: 'La fecha de corte debe tener el formato AAAA-MM-DD.' }))));
    expect(bad.message).toBe('La fecha de corte debe tener el formato AAAA-MM-DD.');
    expect(bad.status).toBe(400);
    const expired = await failure(fetchFile('/x', 't', 'f', answering(401, JSON.stringify({ error: 'La sesión ha expirado. Inicie sesión nuevamente.' }))));
    expect(expired.message).toBe('La sesión ha expirado. Inicie sesión nuevamente.');
    expect(expired.status).toBe(401);
  });

  it('never shows server internals, HTML pages or network errors', async () => {
    expect((await failure(fetchFile('/x', 't', 'f', answering(500, 'Error: SQLITE_BUSY at /app/dist/x.js:1')))).message).toBe(MESSAGES.server);
    expect((await failure(fetchFile('/x', 't', 'f', answering(400, '<html>Bad gateway</html>')))).message).toBe(MESSAGES.generic);
    expect((await failure(fetchFile('/x', 't', 'f', answering(429, '{}')))).message).toBe(MESSAGES.tooManyRequests);
    expect((await failure(fetchFile('/x', 't', 'f', answering(404, JSON.stringify({ error: 'Cannot GET /x' }))))).message).toBe(MESSAGES.generic);
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const e = await failure(fetchFile('/x', 't', 'f', offline));
    expect(e.message).toBe(MESSAGES.network);
    expect(e.status).toBe(0);
  });
});
