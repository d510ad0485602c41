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

/** Page sizes of every paginated list: the schema's defaults, the services' caps and the cost estimate read them. */
export const PAGE_SIZES = {
  executions: { default: 100, max: 500 },
  participations: { default: 100, max: 500 },
  authorities: { default: 20, max: 200 },
  auditTrail: { default: 50, max: 500 },
  notices: { default: 20, max: 100 },
} as const;
