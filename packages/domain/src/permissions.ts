/**
 * Who may do what, and who sees what: the actions each role may take, and the rows each viewer
 * reaches (its scope). The API checks both in its services; the web app reads the same catalogue
 * to show or hide controls.
 */
import type { EntityCode } from './entities.js';
import type { PlanStatus } from './plan/document.js';
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
  'plan:manage',
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
  'plan:manage': 'crear, editar, publicar, reprogramar y cerrar planes de trabajo, y administrar entidades, unidades y periodos',
};

const GRANTS: Record<Role, readonly Action[]> = {
  COORDINATOR: ['execution:write', 'authority:read', 'authority:manage', 'month:review', 'audit:read', 'account:manage', 'apikey:manage', 'plan:manage'],
  FOCAL_POINT: ['execution:write', 'authority:read', 'month:submit'],
  INTEGRATOR: [],
};

export function can(role: Role, action: Action): boolean {
  return GRANTS[role].includes(action);
}

/**
 * Who sees what — the one read rule of the platform. The rows a viewer reaches: every entity's
 * (the coordination; a key given all entities), one entity's (a focal point; a key given one
 * entity), or none (anonymous callers; a focal point without an entity).
 */
export type Scope = { kind: 'ALL' } | { kind: 'ENTITY'; entityCode: EntityCode } | { kind: 'NONE' };

export function scopeOf(who: { role: Role; entityCode: EntityCode | null } | null): Scope {
  if (!who) return { kind: 'NONE' };
  switch (who.role) {
    case 'COORDINATOR':
      return { kind: 'ALL' };
    case 'FOCAL_POINT':
      return who.entityCode ? { kind: 'ENTITY', entityCode: who.entityCode } : { kind: 'NONE' };
    case 'INTEGRATOR':
      return who.entityCode ? { kind: 'ENTITY', entityCode: who.entityCode } : { kind: 'ALL' };
  }
}

/**
 * Whether a scope reaches an activity whose responsible entities are `entities`: a joint activity
 * (OSCE–MIMP) belongs to each of its entities. The API applies this same rule in SQL
 * (apps/api/src/auth/principal.ts, `Principal.restrict`), and a test checks both agree.
 */
export function reaches(scope: Scope, entities: readonly string[]): boolean {
  switch (scope.kind) {
    case 'ALL':
      return true;
    case 'NONE':
      return false;
    case 'ENTITY':
      return entities.includes(scope.entityCode);
  }
}

/** The entities whose monthly reports a scope reaches, in the order of `all`. */
export function entitiesReached(scope: Scope, all: readonly string[]): string[] {
  return all.filter((code) => reaches(scope, [code]));
}

/**
 * Whether a viewer sees a plan-year (and so its activities) at all: a draft only to those who
 * manage plans; a plan in force or closed to everyone its scope lets in.
 */
export function seesPlan(who: { role: Role } | null, status: PlanStatus): boolean {
  return status !== 'DRAFT' || (who !== null && can(who.role, 'plan:manage'));
}

/**
 * Whether a viewer may change an execution (its data, its participants, or delete it): the
 * coordination (a scope of all entities) any; a focal point only those its own entity recorded.
 * Another entity's execution of a joint activity is readable by both entities, but only the
 * entity that recorded it (or the coordination) writes it. The API enforces this in its services
 * and the web app reads it to hide the controls.
 */
export function canEditExecution(viewer: { role: Role; entityCode: string | null } | null, execution: { entityCode: string | null }): boolean {
  if (!viewer || !can(viewer.role, 'execution:write')) return false;
  const scope = scopeOf(viewer as { role: Role; entityCode: EntityCode | null });
  if (scope.kind === 'ALL') return true;
  return scope.kind === 'ENTITY' && execution.entityCode !== null && execution.entityCode === scope.entityCode;
}

/**
 * Why a viewer who may write executions cannot change this one (null when it can), in Spanish.
 * `recorderName` is the short name of the entity that recorded it (e.g. "MIMP").
 */
export function executionEditRefusal(
  viewer: { role: Role; entityCode: string | null } | null,
  execution: { entityCode: string | null },
  recorderName: string | null = execution.entityCode,
): string | null {
  if (canEditExecution(viewer, execution)) return null;
  if (!execution.entityCode) return 'No consta qué entidad registró esta ejecución: solo la coordinación puede modificarla.';
  const name = recorderName ?? execution.entityCode;
  return `Esta ejecución la registró ${name}: solo ${name} o la coordinación pueden modificarla.`;
}
