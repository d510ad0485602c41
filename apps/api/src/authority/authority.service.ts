import {
  DNI_PATTERN,
  furthestOutcome,
  OFFICE_DEFINITIONS,
  isOffice,
  normalizeText,
  officeDefinition,
  personSearchName,
  type Office,
} from '@gj/domain';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { actorOf, type AuditService } from '../audit/audit.service.js';
import { assertCan } from '../auth/permissions.js';
import type { Viewer } from '../auth/viewer.js';
import { inputError, notFoundError } from '../common/errors.js';
import { assertPageSize, decodeCursor, encodeCursor } from '../common/pagination.js';
import { readSheet, type SheetFormat } from '../common/tabular-file.js';
import { GovernmentRow } from '../geography/geography.entity.js';
import { ParticipationRow } from '../execution/execution.entity.js';
import { AuthorityRow } from './authority.entity.js';

export const CURRENT_TERM = { start: 2023, end: 2026 } as const;

export interface AuthorityInput {
  givenNames: string;
  familyNames: string;
  dni?: string | null;
  office: string;
  governmentId: number;
  termStart?: number | null;
  termEnd?: number | null;
}

export interface AuthorityFilter {
  search?: string | null;
  dni?: string | null;
  governmentId?: number | null;
  office?: Office | null;
  departmentCode?: string | null;
  includeInactive?: boolean | null;
  onlyPossibleDuplicates?: boolean | null;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface RowProblem {
  line: number;
  message: string;
}

export interface RegisterImportResult {
  created: number;
  updated: number;
  /** Created records that share name and government with another: to be reviewed. */
  flagged: { line: number; id: number; possibleDuplicateOf: number }[];
  errors: RowProblem[];
}

const REGISTER_COLUMNS: Record<string, string> = {
  dni: 'dni',
  nombres: 'givenNames',
  apellidos: 'familyNames',
  cargo: 'office',
  ubigeo: 'ubigeo',
  'ubigeo del gobierno': 'ubigeo',
  'inicio del periodo': 'termStart',
  'fin del periodo': 'termEnd',
};

/** Spanish office labels (and codes) accepted in files. */
const OFFICE_BY_TEXT = new Map<string, Office>(
  OFFICE_DEFINITIONS.flatMap((d) => [
    [normalizeText(d.office.replace(/_/g, ' ')), d.office],
    [normalizeText(d.label), d.office],
    [normalizeText(d.label.replace(/ regional$/i, '')), d.office],
  ]),
);

export function officeFromText(text: string): Office | null {
  return OFFICE_BY_TEXT.get(normalizeText(text.replace(/_/g, ' '))) ?? null;
}

/** DNIs typed into spreadsheets lose their leading zeros; restore them. */
export function normalizeDni(text: string | null | undefined): string | null {
  const digits = (text ?? '').trim();
  if (digits === '') return null;
  return /^\d{5,7}$/.test(digits) ? digits.padStart(8, '0') : digits;
}


/** The register of women authorities: focal points search it; the coordination manages it. */
export class AuthorityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private record(manager: EntityManager, viewer: Viewer, action: string, targetId: number | null, before: unknown, after: unknown) {
    return this.audit.record(manager, actorOf(viewer), { action, targetType: 'authority', targetId, before, after });
  }

  async search(viewer: Viewer | null, filter: AuthorityFilter, first = 20, after?: string | null): Promise<Page<AuthorityRow>> {
    assertCan(viewer, 'authority:read');
    assertPageSize(first, 200);
    const query = this.dataSource
      .getRepository(AuthorityRow)
      .createQueryBuilder('authority')
      .innerJoinAndSelect('authority.government', 'government')
      .innerJoinAndSelect('government.department', 'department');
    if (!filter.includeInactive) query.andWhere('authority.active = :active', { active: true });
    if (filter.dni) query.andWhere('authority.dni = :dni', { dni: normalizeDni(filter.dni) });
    if (filter.governmentId) query.andWhere('authority.governmentId = :governmentId', { governmentId: filter.governmentId });
    if (filter.office) query.andWhere('authority.office = :office', { office: filter.office });
    if (filter.departmentCode) query.andWhere('government.departmentCode = :departmentCode', { departmentCode: filter.departmentCode });
    if (filter.onlyPossibleDuplicates) query.andWhere('authority.possibleDuplicateOf IS NOT NULL');
    const tokens = normalizeText(filter.search ?? '').split(' ').filter(Boolean).slice(0, 6);
    tokens.forEach((token, i) => {
      // '!' escapes LIKE wildcards: a backslash is read differently by MySQL and SQLite.
      const like = `%${token.replace(/[!%_]/g, (c) => `!${c}`)}%`;
      query.andWhere(
        new Brackets((q) => {
          q.where(`authority.searchName LIKE :t${i} ESCAPE '!'`, { [`t${i}`]: like });
          if (/^\d+$/.test(token)) q.orWhere(`authority.dni LIKE :t${i} ESCAPE '!'`);
        }),
      );
    });
    const totalCount = await query.getCount();
    const items = await query
      .andWhere('authority.id > :afterId', { afterId: decodeCursor('authority', after) ?? 0 })
      .orderBy('authority.id', 'ASC')
      .take(first + 1)
      .getMany();
    const hasNextPage = items.length > first;
    const page = items.slice(0, first);
    return { items: page, totalCount, hasNextPage, endCursor: page.length ? encodeCursor('authority', page.at(-1)!.id) : null };
  }

  async get(viewer: Viewer | null, id: number): Promise<AuthorityRow | null> {
    assertCan(viewer, 'authority:read');
    return this.dataSource.getRepository(AuthorityRow).findOne({ where: { id }, relations: { government: { department: true } } });
  }

  async create(viewer: Viewer | null, input: AuthorityInput): Promise<AuthorityRow> {
    assertCan(viewer, 'authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const values = await this.validate(manager, input, null);
      const saved = await manager.getRepository(AuthorityRow).save(manager.getRepository(AuthorityRow).create({ ...values, active: true, synthetic: false }));
      await this.record(manager, viewer, 'authority.create', saved.id, null, values);
      return manager.getRepository(AuthorityRow).findOneOrFail({ where: { id: saved.id }, relations: { government: { department: true } } });
    });
  }

  async update(viewer: Viewer | null, id: number, input: AuthorityInput): Promise<AuthorityRow> {
    assertCan(viewer, 'authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AuthorityRow);
      const existing = await repository.findOne({ where: { id } });
      if (!existing) throw notFoundError('La autoridad no existe en el registro.');
      const values = await this.validate(manager, input, id);
      await repository.update({ id }, values);
      const { givenNames, familyNames, dni, office, governmentId, termStart, termEnd } = existing;
      await this.record(manager, viewer, 'authority.update', id, { givenNames, familyNames, dni, office, governmentId, termStart, termEnd }, values);
      return repository.findOneOrFail({ where: { id }, relations: { government: { department: true } } });
    });
  }

  async setActive(viewer: Viewer | null, id: number, active: boolean): Promise<AuthorityRow> {
    assertCan(viewer, 'authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AuthorityRow);
      const existing = await repository.findOne({ where: { id } });
      if (!existing) throw notFoundError('La autoridad no existe en el registro.');
      await repository.update({ id }, { active });
      await this.record(manager, viewer, 'authority.setActive', id, { active: Boolean(existing.active) }, { active });
      return repository.findOneOrFail({ where: { id }, relations: { government: { department: true } } });
    });
  }

  /**
   * Resolves a possible duplicate: `merge` moves its participations to the other record (keeping
   * the furthest outcome where both took part) and deletes it; otherwise the flag is cleared.
   */
  async resolveDuplicate(viewer: Viewer | null, id: number, merge: boolean): Promise<AuthorityRow> {
    assertCan(viewer, 'authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const authorities = manager.getRepository(AuthorityRow);
      const duplicate = await authorities.findOne({ where: { id } });
      if (!duplicate?.possibleDuplicateOf) throw notFoundError('La autoridad no está marcada como posible duplicado.');
      const targetId = duplicate.possibleDuplicateOf;
      await this.record(manager, viewer, merge ? 'authority.merge' : 'authority.keep', id, { possibleDuplicateOf: targetId }, merge ? { mergedInto: targetId } : { possibleDuplicateOf: null });
      if (!merge) {
        await authorities.update({ id }, { possibleDuplicateOf: null });
        return authorities.findOneOrFail({ where: { id }, relations: { government: { department: true } } });
      }
      const participations = manager.getRepository(ParticipationRow);
      const moving = await participations.find({ where: { authorityId: id } });
      for (const p of moving) {
        const existing = await participations.findOne({ where: { executionId: p.executionId, authorityId: targetId } });
        if (existing) {
          await participations.update({ id: existing.id }, { outcome: furthestOutcome(existing.outcome, p.outcome) });
          await participations.delete({ id: p.id });
        } else {
          await participations.update({ id: p.id }, { authorityId: targetId });
        }
      }
      const target = await authorities.findOneOrFail({ where: { id: targetId } });
      await authorities.delete({ id });
      // The record kept inherits a DNI only the duplicate had.
      if (!target.dni && duplicate.dni) await authorities.update({ id: targetId }, { dni: duplicate.dni });
      return authorities.findOneOrFail({ where: { id: targetId }, relations: { government: { department: true } } });
    });
  }

  /**
   * Imports a register file. Every row is validated first; with any error nothing is written.
   * A row whose DNI is known updates that person; a new row with the same name and government as
   * an existing record is created and flagged for review instead of being merged.
   */
  async importRegister(viewer: Viewer | null, content: Buffer, format: SheetFormat): Promise<RegisterImportResult> {
    assertCan(viewer, 'authority:manage');
    const rows = await readSheet(content, format, REGISTER_COLUMNS);
    return this.dataSource.transaction(async (manager) => {
      const governments = new Map((await manager.getRepository(GovernmentRow).find()).map((g) => [g.ubigeo, g]));
      const existing = await manager.getRepository(AuthorityRow).find();
      const byDni = new Map(existing.filter((a) => a.dni).map((a) => [a.dni!, a]));
      const byNameAndGovernment = new Map(existing.map((a) => [`${a.searchName}|${a.governmentId}`, a]));
      const errors: RowProblem[] = [];
      const seenDni = new Map<string, number>();
      const planned: { line: number; values: Omit<AuthorityRow, 'id' | 'government' | 'createdAt'>; update: AuthorityRow | null }[] = [];

      for (const { line, cells } of rows) {
        const problems: string[] = [];
        const givenNames = cells.givenNames ?? '';
        const familyNames = cells.familyNames ?? '';
        if (!givenNames) problems.push('faltan los nombres');
        if (!familyNames) problems.push('faltan los apellidos');
        const dni = normalizeDni(cells.dni);
        if (dni && !DNI_PATTERN.test(dni)) problems.push(`el DNI "${cells.dni}" debe tener 8 dígitos`);
        if (dni && seenDni.has(dni)) problems.push(`el DNI ${dni} ya figura en la fila ${seenDni.get(dni)}`);
        const office = officeFromText(cells.office ?? '');
        if (!office) problems.push(`el cargo "${cells.office ?? ''}" no es válido`);
        const government = governments.get(cells.ubigeo ?? '');
        if (!government) problems.push(`no existe un gobierno con ubigeo "${cells.ubigeo ?? ''}"`);
        if (office && government && officeDefinition(office).level !== government.level) {
          problems.push(`el cargo ${officeDefinition(office).label.toLowerCase()} no corresponde a ${government.name}`);
        }
        const termStart = cells.termStart ? Number(cells.termStart) : CURRENT_TERM.start;
        const termEnd = cells.termEnd ? Number(cells.termEnd) : CURRENT_TERM.end;
        if (!Number.isInteger(termStart) || !Number.isInteger(termEnd) || termEnd < termStart) problems.push('el periodo no es válido');
        if (problems.length > 0) {
          errors.push({ line, message: `Fila ${line}: ${problems.join('; ')}.` });
          continue;
        }
        if (dni) seenDni.set(dni, line);
        const values = {
          givenNames,
          familyNames,
          searchName: personSearchName(givenNames, familyNames),
          dni,
          office: office!,
          governmentId: government!.id,
          termStart,
          termEnd,
          active: true,
          synthetic: false,
          possibleDuplicateOf: null as number | null,
        };
        planned.push({ line, values, update: dni ? (byDni.get(dni) ?? null) : null });
      }
      if (errors.length > 0) return { created: 0, updated: 0, flagged: [], errors };

      const result: RegisterImportResult = { created: 0, updated: 0, flagged: [], errors: [] };
      const repository = manager.getRepository(AuthorityRow);
      for (const { line, values, update } of planned) {
        if (update) {
          await repository.update({ id: update.id }, { ...values, possibleDuplicateOf: update.possibleDuplicateOf });
          result.updated += 1;
          continue;
        }
        const twin = byNameAndGovernment.get(`${values.searchName}|${values.governmentId}`);
        const saved = await repository.save(repository.create({ ...values, possibleDuplicateOf: twin?.id ?? null }));
        if (twin) result.flagged.push({ line, id: saved.id, possibleDuplicateOf: twin.id });
        else byNameAndGovernment.set(`${values.searchName}|${values.governmentId}`, saved);
        result.created += 1;
      }
      await this.record(manager, viewer, 'authority.import', null, null, { rows: planned.length, created: result.created, updated: result.updated, flagged: result.flagged });
      return result;
    });
  }

  private async validate(manager: EntityManager, input: AuthorityInput, id: number | null) {
    const givenNames = input.givenNames.trim().replace(/\s+/g, ' ');
    const familyNames = input.familyNames.trim().replace(/\s+/g, ' ');
    if (!givenNames || givenNames.length > 120) throw inputError('Indique los nombres (hasta 120 caracteres).');
    if (!familyNames || familyNames.length > 120) throw inputError('Indique los apellidos (hasta 120 caracteres).');
    const dni = normalizeDni(input.dni);
    if (dni && !DNI_PATTERN.test(dni)) throw inputError('El DNI debe tener 8 dígitos.');
    if (dni) {
      const other = await manager.getRepository(AuthorityRow).findOne({ where: { dni } });
      if (other && other.id !== id) throw inputError(`Ya existe una autoridad con el DNI ${dni}: ${other.givenNames} ${other.familyNames}.`);
    }
    if (!isOffice(input.office)) throw inputError('El cargo no es válido.');
    const government = await manager.getRepository(GovernmentRow).findOne({ where: { id: input.governmentId } });
    if (!government) throw inputError('El gobierno indicado no existe.');
    if (officeDefinition(input.office).level !== government.level) {
      throw inputError(`El cargo ${officeDefinition(input.office).label.toLowerCase()} no corresponde a ${government.name}.`);
    }
    const termStart = input.termStart ?? CURRENT_TERM.start;
    const termEnd = input.termEnd ?? CURRENT_TERM.end;
    if (termEnd < termStart) throw inputError('El fin del periodo no puede ser anterior a su inicio.');
    return { givenNames, familyNames, searchName: personSearchName(givenNames, familyNames), dni, office: input.office, governmentId: government.id, termStart, termEnd };
  }
}
