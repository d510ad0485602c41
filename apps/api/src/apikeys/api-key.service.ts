import type { PartnerService } from '../partner/partner.service.js';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { IsNull, type DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import type { Viewer } from '../auth/viewer.js';
import { inputError, notFoundError } from '../common/errors.js';
import { ApiKeyRow } from './api-key.entity.js';

const KEY_PATTERN = /^gj_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;
/** Last use is written at most this often per key, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function looksLikeApiKey(text: string): boolean {
  return text.startsWith('gj_');
}

/** Read-only keys of integrators: created by the coordination, shown once, stored hashed. */
export class ApiKeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly partners: PartnerService,
  ) {}

  async create(principal: Principal, name: string, entityCode: string | null): Promise<{ key: string; row: ApiKeyRow }> {
    principal.assert('apikey:manage');
    const cleanName = name.trim();
    if (cleanName.length < 3 || cleanName.length > 120) throw inputError('El nombre de la clave debe tener entre 3 y 120 caracteres.');
    const entity = entityCode ? await this.partners.existing(entityCode) : null;
    const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
    const key = `gj_${prefix}_${randomBytes(32).toString('base64url')}`;
    const row = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ApiKeyRow);
      const saved = await repository.save(
        repository.create({ name: cleanName, prefix, keyHash: sha256(key), entityCode: entity, createdBy: principal.viewer.email }),
      );
      await this.audit.record(manager, principal.actor, {
        action: 'apikey.create',
        targetType: 'apiKey',
        targetId: saved.id,
        subjectEntities: entity ? [entity] : [],
        after: { name: cleanName, prefix, entityCode: entity },
      });
      return saved;
    });
    return { key, row };
  }

  async list(principal: Principal): Promise<ApiKeyRow[]> {
    principal.assert('apikey:manage');
    return this.dataSource.getRepository(ApiKeyRow).find({ order: { id: 'ASC' } });
  }

  async revoke(principal: Principal, id: number): Promise<ApiKeyRow> {
    principal.assert('apikey:manage');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ApiKeyRow);
      const row = await repository.findOne({ where: { id } });
      if (!row) throw notFoundError('La clave no existe.');
      if (!row.revokedAt) {
        row.revokedAt = new Date();
        await repository.save(row);
        await this.audit.record(manager, principal.actor, {
          action: 'apikey.revoke',
          targetType: 'apiKey',
          targetId: id,
          subjectEntities: row.entityCode ? [row.entityCode] : [],
          before: { revoked: false },
          after: { revoked: true },
        });
      }
      return row;
    });
  }

  /** The viewer a key stands for: a read-only INTEGRATOR, scoped to its entity if it has one. */
  async authenticate(key: string): Promise<Viewer | null> {
    const match = KEY_PATTERN.exec(key);
    if (!match) return null;
    const repository = this.dataSource.getRepository(ApiKeyRow);
    const row = await repository.findOne({ where: { prefix: match[1]!, revokedAt: IsNull() } });
    if (!row || !timingSafeEqual(Buffer.from(row.keyHash, 'hex'), Buffer.from(sha256(key), 'hex'))) return null;
    const now = new Date();
    if (!row.lastUsedAt || now.getTime() - new Date(row.lastUsedAt).getTime() > LAST_USED_RESOLUTION_MS) {
      await repository.update({ id: row.id }, { lastUsedAt: now });
    }
    return { accountId: 0, apiKeyId: row.id, email: `clave:${row.name}`, role: 'INTEGRATOR', entityCode: (row.entityCode as Viewer['entityCode']) ?? null };
  }
}
