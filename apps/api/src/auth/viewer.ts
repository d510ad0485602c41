import type { EntityCode, Role } from '@gj/domain';

/** Who is asking: the account behind a valid token. */
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

/**
 * The rows a viewer may reach. Every service that reads plan data takes one explicitly, so that
 * scoping happens in the data layer and never only in a resolver or a screen.
 */
export type Scope = { kind: 'ALL' } | { kind: 'ENTITY'; entityCode: EntityCode } | { kind: 'NONE' };

/**
 * How much detail aggregates carry: systems of other agencies (API keys, integrator accounts) get
 * small breakdown cells suppressed and figures as of month ends (see @gj/domain privacy).
 */
export interface Disclosure {
  suppressSmallCells: boolean;
  monthEndCutoff: boolean;
}

export function disclosureOf(viewer: Viewer | null): Disclosure {
  const aggregatesOnly = viewer?.role === 'INTEGRATOR';
  return { suppressSmallCells: aggregatesOnly, monthEndCutoff: aggregatesOnly };
}

export function scopeOf(viewer: Viewer | null): Scope {
  if (!viewer) return { kind: 'NONE' };
  switch (viewer.role) {
    case 'COORDINATOR':
      return { kind: 'ALL' };
    case 'FOCAL_POINT':
      return viewer.entityCode ? { kind: 'ENTITY', entityCode: viewer.entityCode } : { kind: 'NONE' };
    case 'INTEGRATOR':
      return viewer.entityCode ? { kind: 'ENTITY', entityCode: viewer.entityCode } : { kind: 'ALL' };
  }
}
