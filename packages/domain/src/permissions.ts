/**
 * What each role may do. Reading plan data is governed by scope (which entity's rows); these
 * actions govern everything else. The admin app reads the same catalogue to show or hide controls.
 */
import type { Role } from './roles.js';

export const ACTIONS = [
  'execution:write',
  'authority:read',
  'authority:manage',
  'month:submit',
  'month:review',
  'audit:read',
  'account:manage',
  'apikey:manage',
] as const;
export type Action = (typeof ACTIONS)[number];

export const ACTION_LABELS: Record<Action, string> = {
  'execution:write': 'registrar, editar y eliminar ejecuciones y participantes',
  'authority:read': 'consultar el registro de mujeres autoridades',
  'authority:manage': 'administrar el registro de mujeres autoridades',
  'month:submit': 'enviar el reporte mensual de su entidad',
  'month:review': 'aprobar, devolver o reabrir reportes mensuales',
  'audit:read': 'consultar el registro de auditoría',
  'account:manage': 'administrar las cuentas de usuario',
  'apikey:manage': 'administrar las claves de los sistemas integradores',
};

const GRANTS: Record<Role, readonly Action[]> = {
  COORDINATOR: ['execution:write', 'authority:read', 'authority:manage', 'month:review', 'audit:read', 'account:manage', 'apikey:manage'],
  FOCAL_POINT: ['execution:write', 'authority:read', 'month:submit'],
  INTEGRATOR: [],
};

export function can(role: Role, action: Action): boolean {
  return GRANTS[role].includes(action);
}
