import type { Role } from '@gj/domain';

/** Where a person lands after signing in: the coordination starts on its dashboard. */
export function landingPath(role: Role): string {
  return role === 'COORDINATOR' ? '/panel' : '/actividades';
}
