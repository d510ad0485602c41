import type { EntityCode, Role } from '@gj/domain';

/** Who is asking: the account behind a valid token, or an integrator's key. */
export interface Viewer {
  /** 0 for an API key. */
  accountId: number;
  /** Set when the caller is an integrator's API key. */
  apiKeyId?: number;
  email: string;
  role: Role;
  entityCode: EntityCode | null;
  /** The session token behind the request (absent for API keys). */
  session?: { jti: string; expiresAt: Date };
}
