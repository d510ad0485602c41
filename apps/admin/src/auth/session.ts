/**
 * The signed-in session lives in localStorage, so every tab of the browser shares it (an activity
 * opened in a new tab needs no second sign-in). Trade-off: unlike sessionStorage it outlives the
 * tab and the browser until the token expires (shared office computers are common), and any
 * script of the origin can read it, as before. So signing out revokes the token on the server and
 * clears it in every tab (AuthProvider listens to the `storage` event), and the token is short-lived.
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

export const SESSION_KEY = 'gj.session';
const KEY = SESSION_KEY;

export function readSession(storage: Storage = localStorage): Session | null {
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

export function writeSession(session: Session | null, storage: Storage = localStorage): void {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}

export function isExpired(session: Session, now: number = Date.now()): boolean {
  const end = Date.parse(session.expiresAt);
  return Number.isNaN(end) || end <= now;
}
