import { parseCalendarDate } from '@gj/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { inputError } from '../common/errors.js';
import { assertPageSize, decodeCursor, encodeCursor, PAGE_SIZES } from '../common/pagination.js';
import { AuditEntryRow } from './audit.entity.js';

/** Who made a change: an account, or an operator's command line. */
export interface Actor {
  id: number | null;
  email: string;
  role: string;
}

export const COMMAND_LINE: Actor = { id: null, email: 'linea-de-comandos', role: 'OPERATOR' };
export const SYSTEM: Actor = { id: null, email: 'sistema', role: 'SYSTEM' };

export interface AuditRecord {
  action: string;
  targetType: string;
  targetId?: string | number | null;
  planYear?: number | null;
  activityCode?: string | null;
  /** Entities whose data changed (both for a joint activity). */
  subjectEntities?: readonly string[];
  before?: unknown;
  after?: unknown;
}

export interface AuditFilter {
  entityCode?: string | null;
  activityCode?: string | null;
  actorEmail?: string | null;
  action?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Ids per audit entry when a list of people is recorded (well under MAX_VALUE_LENGTH). */
export const PERSONAL_DATA_CHUNK = 2_000;

/** Values larger than this are summarized: the audit keeps what changed, not whole files. */
const MAX_VALUE_LENGTH = 60_000;

function serialize(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const text = JSON.stringify(value);
  return text.length <= MAX_VALUE_LENGTH ? text : JSON.stringify({ resumen: 'valor demasiado grande para el registro de auditoría', caracteres: text.length });
}

/**
 * The audit trail: written in the same transaction as the change it describes, read by the
 * coordination, never changed or deleted through the API (it has no operation that could).
 */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** For events that are not part of a write's transaction (sign-ins, reads of personal data). */
  recordNow(actor: Actor, record: AuditRecord): Promise<void> {
    return this.record(this.dataSource.manager, actor, record);
  }

  /**
   * Who read which people of the register (Ley 29733): one entry per query, ids in chunks so a
   * large page is recorded whole.
   */
  async recordPersonalDataRead(principal: Principal, operation: string | null, authorityIds: readonly number[]): Promise<void> {
    const actor = principal.actor;
    const ids = [...authorityIds].sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += PERSONAL_DATA_CHUNK) {
      await this.recordNow(actor, {
        action: 'personalData.read',
        targetType: 'authority',
        subjectEntities: principal.entityCode ? [principal.entityCode] : [],
        after: { operation: operation ?? 'consulta sin nombre', count: ids.length, authorityIds: ids.slice(i, i + PERSONAL_DATA_CHUNK) },
      });
    }
  }

  async record(manager: EntityManager, actor: Actor, record: AuditRecord): Promise<void> {
    await manager.getRepository(AuditEntryRow).insert({
      actorId: actor.id,
      actorEmail: actor.email,
      actorRole: actor.role,
      action: record.action,
      targetType: record.targetType,
      targetId: record.targetId === undefined || record.targetId === null ? null : String(record.targetId),
      planYear: record.planYear ?? null,
      activityCode: record.activityCode ?? null,
      subjectEntity: record.subjectEntities && record.subjectEntities.length > 0 ? `,${[...record.subjectEntities].sort().join(',')},` : null,
      before: serialize(record.before),
      after: serialize(record.after),
    });
  }

  /** Newest first, paginated with a cursor. */
  async list(principal: Principal, filter: AuditFilter, first = 50, after?: string | null) {
    principal.assert('audit:read');
    assertPageSize(first, PAGE_SIZES.auditTrail.max);
    const query = this.dataSource.getRepository(AuditEntryRow).createQueryBuilder('entry');
    if (filter.entityCode && !/^[A-Za-z]{2,16}$/.test(filter.entityCode)) throw inputError('La entidad del filtro no es válida.');
    if (filter.entityCode) query.andWhere('entry.subjectEntity LIKE :entity', { entity: `%,${filter.entityCode.toUpperCase()},%` });
    if (filter.activityCode) query.andWhere('entry.activityCode = :activity', { activity: filter.activityCode });
    // Part of an address, any case ("pcm@", "Demo.gob"): LIKE with its wildcards escaped by "!".
    const email = filter.actorEmail?.trim().toLowerCase();
    if (email) query.andWhere("LOWER(entry.actorEmail) LIKE :email ESCAPE '!'", { email: `%${email.replace(/[!%_]/g, '!$&')}%` });
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    for (const [key, op, suffix] of [
      ['from', '>=', 'T00:00:00.000Z'],
      ['to', '<=', 'T23:59:59.999Z'],
    ] as const) {
      const text = filter[key];
      if (!text) continue;
      if (!parseCalendarDate(text)) throw inputError('Las fechas del filtro deben tener el formato AAAA-MM-DD.');
      query.andWhere(`entry.occurredAt ${op} :${key}`, { [key]: new Date(`${text}${suffix}`) });
    }
    const totalCount = await query.getCount();
    const afterId = decodeCursor('audit', after);
    if (afterId !== null) query.andWhere('entry.id < :afterId', { afterId });
    const rows = await query
      .orderBy('entry.id', 'DESC')
      .take(first + 1)
      .getMany();
    const items = rows.slice(0, first);
    return {
      items,
      totalCount,
      hasNextPage: rows.length > first,
      endCursor: items.length ? encodeCursor('audit', items.at(-1)!.id) : null,
    };
  }
}
