/**
 * Means of verification over /api (not GraphQL): uploads as multipart/form-data, one file in the
 * field «archivo», and downloads as attachments, both with the session's token. The API answers
 * refusals as `{ errors: [{ message, extensions: { code, reason } }] }`, in Spanish: that message
 * is what the person reads.
 */
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES, EVIDENCE_TYPES, LOCALE, evidenceCountMessage, evidenceExtensionOf, evidenceTooLargeMessage } from '@gj/domain';
import { DownloadError, fileNameFromDisposition, type FetchedFile } from '../lib/download';
import { MESSAGES } from '../lib/errors';

/** A file as the execution queries read it (fragment EvidenceFileFields). */
export interface EvidenceItem {
  id: number;
  executionId: number;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: string;
  downloadPath: string;
}

/** "PDF", "Word (DOCX)"…; an unknown type as the API named it. */
export function evidenceTypeLabel(contentType: string): string {
  const extension = evidenceExtensionOf(contentType);
  return extension ? EVIDENCE_TYPES[extension].label : contentType;
}

const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });

/** 512 → "1 KB" (never "0 KB"), 250 880 → "245 KB", 3 250 585 → "3.1 MB" (es-PE). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${oneDecimal.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${oneDecimal.format(bytes / (1024 * 1024))} MB`;
}

/** Why a picked file is not sent (checked before uploading, with the API's own messages), or null. */
export function evidencePreflight(file: { name: string; size: number }, attached: number): string | null {
  if (attached >= EVIDENCE_MAX_FILES) return evidenceCountMessage();
  if (file.size > EVIDENCE_MAX_BYTES) return evidenceTooLargeMessage(file.name);
  return null;
}

/** The Spanish message of a refused /api request: the API's own text when it sent one. */
export async function evidenceFailure(response: Response, fileName?: string): Promise<string> {
  try {
    const body = (await response.json()) as { errors?: { message?: unknown }[]; error?: unknown };
    const message = body?.errors?.[0]?.message ?? body?.error;
    if (typeof message === 'string' && message.trim() !== '') return message;
  } catch {
    // not the API's JSON (a proxy's page): a message by status below
  }
  if (response.status === 413 && fileName) return evidenceTooLargeMessage(fileName);
  if (response.status === 401) return MESSAGES.sessionExpired;
  if (response.status === 429) return MESSAGES.tooManyRequests;
  if (response.status >= 500) return MESSAGES.server;
  return MESSAGES.generic;
}

export const evidenceUploadUrl = (executionId: number) => `/api/executions/${executionId}/evidence`;

/** Sends one file; returns what the API stored, or throws a DownloadError (message in Spanish, HTTP status). */
export async function uploadEvidence(executionId: number, file: File, token: string, fetchImpl: typeof fetch = fetch): Promise<EvidenceItem> {
  const form = new FormData();
  form.append('archivo', file, file.name);
  let response: Response;
  try {
    response = await fetchImpl(evidenceUploadUrl(executionId), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  } catch {
    throw new DownloadError(MESSAGES.network, 0);
  }
  if (!response.ok) throw new DownloadError(await evidenceFailure(response, file.name), response.status);
  try {
    return ((await response.json()) as { evidence: EvidenceItem }).evidence;
  } catch {
    throw new DownloadError(MESSAGES.server, response.status);
  }
}

/** Fetches a stored file with the session's token, named as the API names it. */
export async function fetchEvidence(
  file: Pick<EvidenceItem, 'downloadPath' | 'fileName'>,
  token: string,
  fetchImpl: typeof fetch = fetch,
): Promise<FetchedFile> {
  let response: Response;
  try {
    response = await fetchImpl(file.downloadPath, { headers: { authorization: `Bearer ${token}` } });
  } catch {
    throw new DownloadError(MESSAGES.network, 0);
  }
  if (!response.ok) throw new DownloadError(await evidenceFailure(response), response.status);
  try {
    return { blob: await response.blob(), fileName: fileNameFromDisposition(response.headers.get('content-disposition'), file.fileName) };
  } catch {
    throw new DownloadError(MESSAGES.network, 0);
  }
}
