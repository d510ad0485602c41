import { inputError } from './errors.js';

/** Opaque cursors: "<kind>:<id>" in base64url. Anything else is refused. */
export function encodeCursor(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64url');
}

export function decodeCursor(kind: string, cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  const match = new RegExp(`^${kind}:(\\d{1,15})$`).exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw inputError('El cursor de paginación no es válido.');
  return Number(match[1]);
}

export function assertPageSize(first: number, max: number): void {
  if (!Number.isInteger(first) || first < 1 || first > max) throw inputError(`Indique entre 1 y ${max} resultados por página.`);
}
