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
}

/**
 * The rows a viewer may reach. Every service that reads plan data takes one explicitly, so that
 * scoping happens in the data layer and never only in a resolver or a screen.
 */
export type Scope = { kind: 'ALL' } | { kind: 'ENTITY'; entityCode: EntityCode } | { kind: 'NONE' };

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
