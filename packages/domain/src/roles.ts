/** Roles of the platform's accounts. */
export const ROLES = ['COORDINATOR', 'FOCAL_POINT', 'INTEGRATOR'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  COORDINATOR: 'Coordinación (MIMP)',
  FOCAL_POINT: 'Punto focal',
  INTEGRATOR: 'Sistema integrador',
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles bound to one partner entity. */
export function roleNeedsEntity(role: Role): boolean {
  return role === 'FOCAL_POINT';
}
