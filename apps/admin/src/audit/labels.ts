/** The audit trail in words: action codes, targets, actors and field names in Spanish. */
import {
  EXECUTION_KIND_LABELS,
  MODALITY_LABELS,
  OFFICE_DEFINITIONS,
  OUTCOME_LABELS,
  ROLE_LABELS,
  isRole,
  type ExecutionKind,
  type Modality,
  type Outcome,
} from '@gj/domain';
import { monthOfYear, submissionStyle } from '../cycle/status';
import { formatDate } from '../lib/format';

/** Every action the API records (apps/api: audit.record calls), as a sentence about who did it. */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'execution.create': 'Registró una ejecución',
  'execution.update': 'Modificó una ejecución',
  'execution.delete': 'Eliminó una ejecución',
  'participants.add': 'Agregó o cambió participantes',
  'participants.remove': 'Quitó participantes',
  'participants.import': 'Importó participantes desde un archivo',
  'authority.create': 'Agregó una autoridad al registro',
  'authority.update': 'Corrigió una autoridad del registro',
  'authority.setActive': 'Activó o desactivó una autoridad',
  'authority.import': 'Importó el registro desde un archivo',
  'authority.merge': 'Fusionó un posible duplicado',
  'authority.keep': 'Conservó un posible duplicado como persona distinta',
  'month.submit': 'Envió el reporte mensual',
  'month.approve': 'Aprobó el reporte mensual',
  'month.return': 'Devolvió el reporte mensual',
  'month.reopen': 'Reabrió el reporte mensual',
  'account.create': 'Creó una cuenta',
  'account.setActive': 'Habilitó o deshabilitó una cuenta',
  'apikey.create': 'Creó una clave de integrador',
  'apikey.revoke': 'Revocó una clave de integrador',
  'geography.import': 'Importó la lista de ubigeos del INEI',
  'plan.load': 'Cargó el plan de trabajo',
  'plan.create': 'Creó un plan de trabajo (borrador)',
  'plan.update': 'Modificó el encabezado de un plan en borrador',
  'plan.activity.save': 'Guardó una actividad de un plan en borrador',
  'plan.activity.delete': 'Quitó una actividad de un plan en borrador',
  'plan.import': 'Importó un plan desde su hoja de cálculo',
  'plan.publish': 'Publicó un plan de trabajo',
  'plan.close': 'Cerró un plan de trabajo',
  'plan.reprogram': 'Reprogramó una actividad',
  'entity.create': 'Agregó una entidad',
  'unit.create': 'Agregó una unidad orgánica',
};

export function actionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? `Acción «${action}»`;
}

/** Sentences that depend on the values (e.g. "Deshabilitó una cuenta"). */
export function actionSentence(action: string, after: unknown): string {
  const active = isRecord(after) && typeof after.active === 'boolean' ? after.active : null;
  if (action === 'account.setActive' && active !== null) return active ? 'Habilitó una cuenta' : 'Deshabilitó una cuenta';
  if (action === 'authority.setActive' && active !== null) return active ? 'Activó una autoridad del registro' : 'Desactivó una autoridad del registro';
  return actionLabel(action);
}

const TARGET_LABELS: Record<string, string> = {
  execution: 'Ejecución',
  authority: 'Autoridad',
  month: 'Reporte mensual',
  account: 'Cuenta',
  apiKey: 'Clave de integrador',
  plan: 'Plan de trabajo',
  activity: 'Actividad',
  entity: 'Entidad',
  unit: 'Unidad orgánica',
  geography: 'Geografía (ubigeos)',
};

/** "Reporte mensual: mayo de 2024 de PCM", "Ejecución N.º 12", "Cuenta N.º 3". */
export function targetLabel(targetType: string, targetId: string | null | undefined): string {
  const type = TARGET_LABELS[targetType] ?? targetType;
  if (!targetId) return type;
  if (targetType === 'month') {
    const match = /^([A-Z]+)-(\d{4})-(\d{2})$/.exec(targetId);
    if (match) return `${type}: ${monthOfYear(Number(match[2]), Number(match[3]), match[1])}`;
  }
  if (targetType === 'plan' || targetType === 'entity' || targetType === 'unit') return `${type} ${targetId}`;
  return `${type} N.º ${targetId}`;
}

/** Who: a role from the domain, or the operator's command line, or the system itself. */
export function actorRoleLabel(role: string): string {
  if (isRole(role)) return ROLE_LABELS[role];
  if (role === 'OPERATOR') return 'Operador (línea de comandos)';
  if (role === 'SYSTEM') return 'Sistema';
  return role;
}

export function actorLabel(email: string): string {
  if (email === 'linea-de-comandos') return 'Línea de comandos del servidor';
  if (email === 'sistema') return 'Sistema';
  return email;
}

const FIELD_LABELS: Record<string, string> = {
  status: 'Estado',
  comment: 'Comentario',
  active: 'Activa',
  date: 'Fecha',
  title: 'Título',
  kind: 'Tipo',
  modality: 'Modalidad',
  place: 'Lugar',
  evidenceUrl: 'Enlace de evidencia',
  notes: 'Notas',
  version: 'Versión',
  email: 'Correo',
  role: 'Rol',
  entity: 'Entidad',
  entityCode: 'Entidad',
  name: 'Nombre',
  prefix: 'Prefijo',
  revoked: 'Revocada',
  givenNames: 'Nombres',
  familyNames: 'Apellidos',
  dni: 'DNI',
  office: 'Cargo',
  governmentId: 'Gobierno',
  termStart: 'Inicio del periodo',
  termEnd: 'Fin del periodo',
  participants: 'Participantes',
  participantCount: 'Participantes',
  rows: 'Filas',
  created: 'Creados',
  updated: 'Actualizados',
  inserted: 'Agregados',
  flagged: 'Posibles duplicados',
  fileName: 'Archivo',
  possibleDuplicateOf: 'Posible duplicado de',
  mergedInto: 'Fusionado con',
  activityCode: 'Actividad',
  format: 'Formato del archivo',
  byOutcome: 'Por resultado',
  outcome: 'Resultado',
  authorityIds: 'Autoridades',
  authorityId: 'Autoridad',
  operation: 'Consulta',
  count: 'Cantidad',
  part: 'Parte',
  term: 'Periodo',
  unchanged: 'Sin cambios',
  continuing: 'Continúan del periodo anterior',
  skipped: 'Omitidas',
  review: 'Para revisión',
  reviewId: 'Revisión',
  reason: 'Motivo',
  resolution: 'Resolución',
  warnings: 'Advertencias',
  source: 'Origen',
  copyFrom: 'Copiado del plan',
  activities: 'Actividades',
  effectiveDate: 'Fecha de vigencia',
  document: 'Documento',
  summary: 'Resumen',
  ip: 'Dirección IP',
  code: 'Código',
  sex: 'Sexo',
  targetValue: 'Meta',
  schedule: 'Cronograma',
};

/** A field's Spanish label; an unknown key is shown quoted, as stored, rather than guessed. */
export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? `Dato «${key}»`;
}

const RESOLUTION_LABELS: Record<string, string> = { APPLIED: 'Aplicada', DISMISSED: 'Descartada' };

/** "1 autoridad", "4 autoridades". */
const counted = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** What a list of each key holds, to say "4 autoridades" instead of "4 elementos". */
const LIST_NOUNS: Record<string, [string, string]> = {
  authorityIds: ['autoridad', 'autoridades'],
  participants: ['participante', 'participantes'],
  review: ['fila para revisión', 'filas para revisión'],
  warnings: ['advertencia', 'advertencias'],
  activities: ['actividad', 'actividades'],
};

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value in a readable form: "Sí"/"No", submission statuses, role labels, JSON for the rest. */
export function readableValue(key: string, value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? 'Sí' : 'No';
  if (key === 'status' && typeof value === 'string') return submissionStyle(value).label;
  if (key === 'role' && typeof value === 'string') return actorRoleLabel(value);
  if (key === 'kind' && typeof value === 'string') return EXECUTION_KIND_LABELS[value as ExecutionKind] ?? value;
  if (key === 'modality' && typeof value === 'string') return MODALITY_LABELS[value as Modality] ?? value;
  if (key === 'office' && typeof value === 'string') return OFFICE_DEFINITIONS.find((d) => d.office === value)?.label ?? value;
  if (key === 'date' && typeof value === 'string') return formatDate(value);
  if (key === 'outcome' && typeof value === 'string') return OUTCOME_LABELS[value as Outcome] ?? value;
  if (key === 'format' && typeof value === 'string') return value.toUpperCase();
  if (key === 'resolution' && typeof value === 'string') return RESOLUTION_LABELS[value] ?? value;
  if (Array.isArray(value) && LIST_NOUNS[key]) return value.length === 0 ? '—' : counted(value.length, ...LIST_NOUNS[key]);
  if (typeof value === 'string') return value === '' ? '—' : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    // A short list of plain values reads best as itself; anything else by how many.
    if (value.length <= 5 && value.every((v) => typeof v === 'string' || typeof v === 'number')) return value.join(', ');
    return counted(value.length, 'elemento', 'elementos');
  }
  if (isRecord(value)) {
    // Counts by outcome ({ ATTENDED: 3 }) by the outcome's label; other objects as "Dato: valor".
    const entries = Object.entries(value);
    if (entries.length === 0) return '—';
    if (key === 'byOutcome') return entries.map(([o, n]) => `${OUTCOME_LABELS[o as Outcome] ?? o}: ${readableValue('', n)}`).join(' · ');
    return entries.map(([k, v]) => `${fieldLabel(k)}: ${readableValue(k, v)}`).join(' · ');
  }
  return JSON.stringify(value);
}

/** Parses a stored before/after value; null when absent, the raw text when it is not JSON. */
export function parseAuditValue(text: string | null | undefined): unknown {
  if (text === null || text === undefined || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export interface FieldChange {
  key: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

/** The fields of before/after side by side, changed ones first-class; non-object values become one row. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null && after === null) return [];
    return [{ key: 'valor', label: 'Valor', before: readableValue('', before), after: readableValue('', after), changed: true }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const beforeText = key in b ? readableValue(key, b[key]) : '—';
    const afterText = key in a ? readableValue(key, a[key]) : '—';
    return { key, label: fieldLabel(key), before: beforeText, after: afterText, changed: JSON.stringify(b[key]) !== JSON.stringify(a[key]) };
  });
}

/** Pretty-printed JSON for the collapsible raw view. */
export function prettyJson(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}
