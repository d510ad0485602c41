/** Partner entities of the strategy and the organic units the 2024 plan names. */

export const ENTITY_CODES = ['MIMP', 'PCM', 'MEF', 'OSCE', 'CGR', 'SERVIR', 'CEPLAN'] as const;
export type EntityCode = (typeof ENTITY_CODES)[number];

export interface PartnerEntity {
  code: EntityCode;
  /** Official Spanish name. */
  name: string;
  /** Name as people say it (e.g. "Contraloría"). */
  shortName: string;
}

export const PARTNER_ENTITIES: readonly PartnerEntity[] = [
  { code: 'MIMP', name: 'Ministerio de la Mujer y Poblaciones Vulnerables', shortName: 'MIMP' },
  { code: 'PCM', name: 'Presidencia del Consejo de Ministros', shortName: 'PCM' },
  { code: 'MEF', name: 'Ministerio de Economía y Finanzas', shortName: 'MEF' },
  { code: 'OSCE', name: 'Organismo Supervisor de las Contrataciones del Estado', shortName: 'OSCE' },
  { code: 'CGR', name: 'Contraloría General de la República', shortName: 'Contraloría' },
  { code: 'SERVIR', name: 'Autoridad Nacional del Servicio Civil', shortName: 'SERVIR' },
  { code: 'CEPLAN', name: 'Centro Nacional de Planeamiento Estratégico', shortName: 'CEPLAN' },
];

/**
 * `ENTITY` marks the entity itself acting as responsible: the plan writes "OSCE- MIMP"
 * for joint activities without naming a unit, and we do not invent one.
 */
export type UnitKind = 'UNIT' | 'ENTITY';

export interface OrganicUnit {
  code: string;
  name: string;
  entity: EntityCode;
  kind: UnitKind;
}

export const UNITS: readonly OrganicUnit[] = [
  // MIMP
  { code: 'DVMM', name: 'Despacho Viceministerial de la Mujer', entity: 'MIMP', kind: 'UNIT' },
  { code: 'DVMPV', name: 'Despacho Viceministerial de Poblaciones Vulnerables', entity: 'MIMP', kind: 'UNIT' },
  { code: 'DGIGND', name: 'Dirección General de Igualdad de Género y No Discriminación', entity: 'MIMP', kind: 'UNIT' },
  { code: 'DGCVG', name: 'Dirección General contra la Violencia de Género', entity: 'MIMP', kind: 'UNIT' },
  {
    code: 'AURORA',
    name: 'Programa Nacional para la Prevención y Erradicación de la Violencia contra las Mujeres e Integrantes del Grupo Familiar - AURORA',
    entity: 'MIMP',
    kind: 'UNIT',
  },
  // Footnote 10 of the plan.
  {
    code: 'DGPDAEM',
    name: 'Dirección General de Promoción y Desarrollo de la Autonomía Económica de las Mujeres',
    entity: 'MIMP',
    kind: 'UNIT',
  },
  { code: 'DGFC', name: 'Dirección General de la Familia y la Comunidad', entity: 'MIMP', kind: 'UNIT' },
  { code: 'DGPDV', name: 'Dirección General de Población, Desarrollo y Voluntariado', entity: 'MIMP', kind: 'UNIT' },
  // PCM
  { code: 'SD', name: 'Secretaría de Descentralización', entity: 'PCM', kind: 'UNIT' },
  { code: 'SGP', name: 'Secretaría de Gestión Pública', entity: 'PCM', kind: 'UNIT' },
  { code: 'SIP', name: 'Secretaría de Integridad Pública', entity: 'PCM', kind: 'UNIT' },
  { code: 'SGTD', name: 'Secretaría de Gobierno y Transformación Digital', entity: 'PCM', kind: 'UNIT' },
  // SERVIR
  { code: 'ENAP', name: 'Escuela Nacional de Administración Pública', entity: 'SERVIR', kind: 'UNIT' },
  // CEPLAN
  { code: 'DNCPE', name: 'Dirección Nacional de Coordinación y Planeamiento Estratégico', entity: 'CEPLAN', kind: 'UNIT' },
  // Entities acting as a whole (joint "OSCE- MIMP" activities).
  { code: 'OSCE', name: 'Organismo Supervisor de las Contrataciones del Estado', entity: 'OSCE', kind: 'ENTITY' },
  { code: 'MIMP', name: 'Ministerio de la Mujer y Poblaciones Vulnerables', entity: 'MIMP', kind: 'ENTITY' },
];

const entityByCode = new Map(PARTNER_ENTITIES.map((e) => [e.code, e]));
const unitByCode = new Map(UNITS.map((u) => [u.code, u]));

export function isEntityCode(value: string): value is EntityCode {
  return entityByCode.has(value as EntityCode);
}

export function getEntity(code: EntityCode): PartnerEntity {
  const entity = entityByCode.get(code);
  if (!entity) throw new Error(`Unknown entity ${code}`);
  return entity;
}

export function getUnit(code: string): OrganicUnit {
  const unit = unitByCode.get(code);
  if (!unit) throw new Error(`Unknown unit ${code}`);
  return unit;
}

/** Entities responsible for an activity, from its responsible units (joint ones give several). */
export function entitiesOfUnits(unitCodes: readonly string[]): EntityCode[] {
  return [...new Set(unitCodes.map((code) => getUnit(code).entity))];
}
