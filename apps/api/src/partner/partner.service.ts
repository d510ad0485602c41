import { ENTITY_CODES } from '@gj/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { conflictError, inputError, notFoundError } from '../common/errors.js';
import { PartnerEntityRow } from './partner-entity.entity.js';
import { UnitRow } from './unit.entity.js';

const CODE = /^[A-Z][A-Z0-9]{1,15}$/;

/**
 * The catalogue of partner entities and their organic units: public to read, managed by the
 * coordination (a new entity such as the JNE, then its units and its focal point's account).
 */
export class PartnerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The seven of the 2024 plan in the plan's order, then the others by code. */
  async list(manager: EntityManager = this.dataSource.manager): Promise<PartnerEntityRow[]> {
    const rows = await manager.getRepository(PartnerEntityRow).find();
    const order = (code: string) => {
      const i = (ENTITY_CODES as readonly string[]).indexOf(code);
      return i === -1 ? ENTITY_CODES.length : i;
    };
    return rows.sort((a, b) => order(a.code) - order(b.code) || a.code.localeCompare(b.code));
  }

  async codes(manager?: EntityManager): Promise<string[]> {
    return (await this.list(manager)).map((e) => e.code);
  }

  /** An entity code as people type it ("jne ") if it exists, or a Spanish error naming the valid ones. */
  async existing(code: string, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const clean = code.trim().toUpperCase();
    const codes = await this.codes(manager);
    if (!codes.includes(clean)) throw inputError(`Entidad no válida: "${code}". Use ${codes.slice(0, -1).join(', ')} o ${codes.at(-1)}.`);
    return clean;
  }

  async units(): Promise<UnitRow[]> {
    return this.dataSource.getRepository(UnitRow).find({ relations: { entity: true }, order: { entityCode: 'ASC', code: 'ASC' } });
  }

  /** Adds an entity, and the entity itself as a responsible "unit" (plans name "OSCE - MIMP" without a unit). */
  async createEntity(principal: Principal, code: string, name: string, shortName: string | null): Promise<PartnerEntityRow> {
    principal.assert('plan:manage');
    const clean = code.trim().toUpperCase();
    if (!CODE.test(clean)) throw inputError('El código de la entidad debe tener de 2 a 16 letras mayúsculas o dígitos, empezando por una letra (p. ej. JNE).');
    const values = { code: clean, name: name.trim(), shortName: (shortName ?? '').trim() || clean };
    if (values.name.length < 3 || values.name.length > 200) throw inputError('El nombre de la entidad debe tener entre 3 y 200 caracteres.');
    if (values.shortName.length > 60) throw inputError('El nombre corto de la entidad admite hasta 60 caracteres.');
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(PartnerEntityRow).exists({ where: { code: clean } })) throw conflictError(`Ya existe la entidad ${clean}.`, 'DUPLICATE');
      if (await manager.getRepository(UnitRow).exists({ where: { code: clean } }))
        throw conflictError(`El código ${clean} ya es de una unidad orgánica.`, 'DUPLICATE');
      await manager.getRepository(PartnerEntityRow).insert(values);
      await manager.getRepository(UnitRow).insert({ code: clean, name: values.name, kind: 'ENTITY', entityCode: clean });
      await this.audit.record(manager, principal.actor, {
        action: 'entity.create',
        targetType: 'entity',
        targetId: clean,
        subjectEntities: [clean],
        after: values,
      });
      return manager.getRepository(PartnerEntityRow).findOneOrFail({ where: { code: clean } });
    });
  }

  async createUnit(principal: Principal, entityCode: string, code: string, name: string): Promise<UnitRow> {
    principal.assert('plan:manage');
    const clean = code.trim().toUpperCase();
    if (!/^[A-Z][A-Z0-9-]{1,15}$/.test(clean))
      throw inputError('El código de la unidad debe tener de 2 a 16 letras mayúsculas, dígitos o guiones (p. ej. DNEF).');
    const cleanName = name.trim();
    if (cleanName.length < 3 || cleanName.length > 300) throw inputError('El nombre de la unidad debe tener entre 3 y 300 caracteres.');
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.getRepository(PartnerEntityRow).findOne({ where: { code: entityCode.trim().toUpperCase() } });
      if (!entity) throw notFoundError(`La entidad ${entityCode} no existe.`);
      if (await manager.getRepository(UnitRow).exists({ where: { code: clean } })) throw conflictError(`Ya existe la unidad ${clean}.`, 'DUPLICATE');
      await manager.getRepository(UnitRow).insert({ code: clean, name: cleanName, kind: 'UNIT', entityCode: entity.code });
      await this.audit.record(manager, principal.actor, {
        action: 'unit.create',
        targetType: 'unit',
        targetId: clean,
        subjectEntities: [entity.code],
        after: { code: clean, name: cleanName, entityCode: entity.code },
      });
      return manager.getRepository(UnitRow).findOneOrFail({ where: { code: clean }, relations: { entity: true } });
    });
  }
}
