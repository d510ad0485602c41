/**
 * Downloads of files the API builds (the consolidated report's XLSX and CSV). They need the
 * session's `Authorization` header, so a plain link will not do: fetch → blob → a temporary link
 * with the file name the API gives in Content-Disposition.
 *
 * The export endpoints answer `{ "error": "…" }` in Spanish on 400 and 401; that text is shown.
 * Anything else that fails (a 500, a proxy's HTML page, no network) gets a generic Spanish message.
 */
import { MESSAGES } from './errors';

export class DownloadError extends Error {
  constructor(
    message: string,
    /** HTTP status, or 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(message);
    this.name = 'DownloadError';
  }
}

/**
 * The file name in a Content-Disposition header: `filename*=UTF-8''…` (RFC 5987) first, then
 * `filename="…"`. Only the last path segment is kept.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended) {
    try {
      name = decodeURIComponent(extended[2]!.trim().replace(/^"|"$/g, ''));
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
    if (plain) name = (plain[2] ?? plain[1] ?? '').trim();
  }
  const safe = name?.split(/[\\/]/).pop()?.trim();
  return safe ? safe : fallback;
}

/** The Spanish message of a failed export response; the API's own text only for 400 and 401. */
async function failureMessage(response: Response): Promise<string> {
  if (response.status === 400 || response.status === 401) {
    try {
      const body = (await response.json()) as { error?: unknown };
      if (typeof body?.error === 'string' && body.error.trim() !== '') return body.error;
    } catch {
      // not the API's JSON: fall through to a generic message
    }
    return response.status === 401 ? MESSAGES.sessionExpired : MESSAGES.generic;
  }
  if (response.status === 429) return MESSAGES.tooManyRequests;
  if (response.status >= 500) return MESSAGES.server;
  return MESSAGES.generic;
}

export interface FetchedFile {
  blob: Blob;
  fileName: string;
}

/** Fetches a file with the session's token; throws a DownloadError with a Spanish message. */
export async function fetchFile(url: string, token: string, fallbackName: string, fetchImpl: typeof fetch = fetch): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new DownloadError(MESSAGES.network, 0);
  }
  if (!response.ok) throw new DownloadError(await failureMessage(response), response.status);
  let blob: Blob;
  try {
    blob = await response.blob();
  } catch {
    throw new DownloadError(MESSAGES.network, 0);
  }
  return { blob, fileName: fileNameFromDisposition(response.headers.get('content-disposition'), fallbackName) };
}

/** Hands a blob to the browser as a download. */
export function saveFile({ blob, fileName }: FetchedFile): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
