/**
 * The signed-in session lives in sessionStorage: it ends with the browser tab, and other tabs
 * or later visits must sign in again (shared office computers are common).
 */
import type { Role } from '@gj/domain';

export interface SessionViewer {
  email: string;
  role: Role;
  entity: { code: string; name: string; shortName: string } | null;
}

export interface Session {
  token: string;
  /** ISO date-time at which the API stops accepting the token. */
  expiresAt: string;
  viewer: SessionViewer;
}

const KEY = 'gj.session';

export function readSession(storage: Storage = sessionStorage): Session | null {
  try {
    const raw = storage.getItem(KEY);
    if (!raw) return null;
    const value = JSON.parse(raw) as Session;
    if (typeof value?.token !== 'string' || typeof value.expiresAt !== 'string' || !value.viewer) return null;
    return value;
  } catch {
    return null;
  }
}

export function writeSession(session: Session | null, storage: Storage = sessionStorage): void {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}

export function isExpired(session: Session, now: number = Date.now()): boolean {
  const end = Date.parse(session.expiresAt);
  return Number.isNaN(end) || end <= now;
}
