import {
  DNI_PATTERN,
  FOCAL_POINT_PAGE_SIZE,
  FOCAL_POINT_SEARCH_LIMIT,
  MAX_SEARCH_LENGTH,
  NARROW_LOOKUP_MESSAGE,
  authorityProblems,
  furthestOutcome,
  isNarrowLookup,
  isOffice,
  maskDni,
  normalizeText,
  OFFICE_DEFINITIONS,
  officeDefinition,
  officeFromText,
  personSearchName,
  problemList,
  readDni,
  matchUbigeo,
  restoredDniWarning,
  restoredUbigeoWarning,
  rowProblemList,
  sameIdentity,
  limaDate,
  termLabel,
  termOn,
  type Office,
  type Term,
} from '@gj/domain';
import { Brackets, In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { ActivityService } from '../activity/activity.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal, SignedIn } from '../auth/principal.js';
import { inputError, notFoundError } from '../common/errors.js';
import { assertPageSize, decodeCursor, encodeCursor, PAGE_SIZES } from '../common/pagination.js';
import { columnMap, isTemplateExample, readSheet, TEMPLATE_EXAMPLE_SKIPPED, type ImportColumn, type SheetFormat } from '../common/tabular-file.js';
import { GovernmentRow } from '../geography/geography.entity.js';
import { ExecutionRow, ParticipationRow } from '../execution/execution.entity.js';
import type { AggregateService } from '../progress/aggregate.service.js';
import { AuthorityRow } from './authority.entity.js';
import { RegisterReviewRow, type ReviewReason } from './register-review.entity.js';

/** The term in office today (Lima): where a record without a term goes. */
export const currentTerm = (): Term => termOn(limaDate(new Date()));

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
  /** Only records of the term that starts this year (2023 for 2023–2026). */
  termStart?: number | null;
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

export interface ReviewItem {
  line: number;
  reviewId: number;
  authorityId: number;
  reason: ReviewReason;
  message: string;
}

export interface RegisterImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** Created records that share name and government with another: to be reviewed. */
  flagged: { line: number; id: number; possibleDuplicateOf: number }[];
  /** Changes to existing people held for a person's decision (not applied). */
  review: ReviewItem[];
  /** New records of this term for women already in the register in an earlier term (same DNI): re-elected or returning. */
  continuing: number;
  /** Rows of men in an electoral list (sexo M): the register is of women authorities. */
  skipped: number;
  /** Rows read with an assumption the person should check (e.g. a DNI's leading zeros restored). */
  warnings: RowProblem[];
  errors: RowProblem[];
}

/** The register's fields of one person, as stored. */
interface AuthorityValues {
  givenNames: string;
  familyNames: string;
  searchName: string;
  dni: string | null;
  office: Office;
  governmentId: number;
  termStart: number;
  termEnd: number;
}

/** Columns of a register file (header text, case and accents ignored); its template is built from them. */
export const REGISTER_SHEET: readonly ImportColumn[] = [
  {
    key: 'dni',
    header: 'dni',
    required: 'No (recomendado)',
    format: '8 dígitos, con los ceros iniciales. Guarde la columna como Texto: Excel quita los ceros (si faltan, se restituyen y se avisa).',
    example: '04123456',
  },
  { key: 'givenNames', header: 'nombres', required: 'Sí', format: 'Texto.', example: 'Rosa Elena' },
  { key: 'familyNames', header: 'apellidos', required: 'Sí', format: 'Texto.', example: 'Quispe Mamaní' },
  {
    key: 'office',
    header: 'cargo',
    required: 'Sí',
    format: `Uno de: ${OFFICE_DEFINITIONS.map((d) => d.label).join(', ')}. Debe corresponder al nivel del gobierno del ubigeo.`,
    example: officeDefinition('REGIDORA_DISTRITAL').label,
  },
  {
    key: 'ubigeo',
    header: 'ubigeo',
    aliases: ['ubigeo del gobierno'],
    required: 'Sí',
    format:
      'Ubigeo del gobierno como Texto: 2 dígitos (gobierno regional), 4 (municipalidad provincial) o 6 (distrital), p. ej. 010102. El distrito capital de una provincia (…01) lo gobierna la municipalidad provincial: use sus 4 dígitos. Excel quita el cero inicial de los departamentos 01 a 09.',
    example: '010102',
  },
  { key: 'termStart', header: 'inicio del periodo', required: 'No', format: 'Año de 4 dígitos; si falta, el del periodo elegido al importar.', example: '' },
  { key: 'termEnd', header: 'fin del periodo', required: 'No', format: 'Año de 4 dígitos; si falta, el del periodo elegido al importar.', example: '' },
  { key: 'sex', header: 'sexo', aliases: ['genero'], required: 'No', format: 'F o M; las filas M (de una lista electoral) se omiten.', example: 'F' },
];

const REGISTER_COLUMNS = columnMap(REGISTER_SHEET);

/** Electoral lists carry every elected person; the register keeps the women. */
function sexOf(text: string | undefined): 'F' | 'M' | null {
  const value = normalizeText(text ?? '');
  if (value === '') return null;
  if (['f', 'femenino', 'mujer'].includes(value)) return 'F';
  if (['m', 'masculino', 'hombre', 'varon'].includes(value)) return 'M';
  return null;
}

const snapshotOf = (a: AuthorityRow | AuthorityValues) => {
  const { givenNames, familyNames, dni, office, governmentId, termStart, termEnd } = a;
  return { givenNames, familyNames, dni, office, governmentId, termStart, termEnd };
};

const cleanName = (text: string | null | undefined) => (text ?? '').trim().replace(/\s+/g, ' ');

/** An authority with its government and department, as every write returns it. */
const withGovernment = (manager: EntityManager, id: number) =>
  manager.getRepository(AuthorityRow).findOneOrFail({ where: { id }, relations: { government: { department: true } } });

async function existingAuthority(manager: EntityManager, id: number): Promise<AuthorityRow> {
  const existing = await manager.getRepository(AuthorityRow).findOne({ where: { id } });
  if (!existing) throw notFoundError('La autoridad no existe en el registro.');
  return existing;
}

/** The register of women authorities: focal points look people up; the coordination manages it. */
export class AuthorityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly activities: ActivityService,
    private readonly aggregates: AggregateService,
  ) {}

  /**
   * Runs a change of people's office or government, or of whose participations are whose (a
   * merge), keeping progress and reach exact (they count women by office and department).
   */
  private async movingFigures<T>(manager: EntityManager, authorityIds: readonly number[], work: () => Promise<T>): Promise<T> {
    const ids = [...new Set(authorityIds)];
    if (ids.length === 0) return work();
    const activityIds: number[] = (
      await manager.query(
        `SELECT DISTINCT e.activity_id FROM participations p INNER JOIN executions e ON e.id = p.execution_id WHERE p.authority_id IN (${ids.map(() => '?').join(',')})`,
        ids,
      )
    ).map((r: { activity_id: number }) => Number(r.activity_id));
    return this.aggregates.around(manager, { activityIds, authorityIds: ids }, work);
  }

  private record(manager: EntityManager, principal: Principal, action: string, targetId: number | null, before: unknown, after: unknown) {
    return this.audit.record(manager, principal.actor, { action, targetType: 'authority', targetId, before, after });
  }

  /** The same person's records in other terms (same DNI), oldest first: her history across terms. */
  async otherTerms(principal: Principal, record: AuthorityRow): Promise<AuthorityRow[]> {
    principal.assert('authority:manage');
    if (!record.dni) return [];
    const rows = await this.dataSource
      .getRepository(AuthorityRow)
      .find({ where: { dni: record.dni }, relations: { government: { department: true } }, order: { termStart: 'ASC' } });
    return rows.filter((r) => r.id !== record.id);
  }

  /**
   * Searches the register. The coordination reads it whole. A focal point only looks people up:
   * a name, a DNI or a government is needed, pages are small, no more than a few dozen matches
   * are reachable, DNIs show only their last digits unless she typed the DNI, and an entity
   * with no activity has nobody to record and finds no one.
   */
  async search(
    principal: Principal,
    filter: AuthorityFilter,
    first: number = PAGE_SIZES.authorities.default,
    after?: string | null,
  ): Promise<Page<AuthorityRow>> {
    principal.assert('authority:read');
    const lookup = !principal.can('authority:manage');
    assertPageSize(first, lookup ? FOCAL_POINT_PAGE_SIZE : PAGE_SIZES.authorities.max);
    if ((filter.search ?? '').length > MAX_SEARCH_LENGTH) throw inputError(`La búsqueda admite hasta ${MAX_SEARCH_LENGTH} caracteres.`);
    if ((filter.dni ?? '').length > 20) throw inputError('El DNI tiene 8 dígitos.');
    const empty = { items: [], totalCount: 0, hasNextPage: false, endCursor: null };
    if (lookup) {
      if (!isNarrowLookup(filter)) throw inputError(NARROW_LOOKUP_MESSAGE);
      if (!(await this.activities.reachesAny(principal))) return empty;
    }
    const query = this.dataSource
      .getRepository(AuthorityRow)
      .createQueryBuilder('authority')
      .innerJoinAndSelect('authority.government', 'government')
      .innerJoinAndSelect('government.department', 'department');
    if (!filter.includeInactive || lookup) query.andWhere('authority.active = :active', { active: true });
    const dni = readDni(filter.dni);
    if (dni.kind === 'INVALID') return empty;
    if (dni.kind === 'VALID') query.andWhere('authority.dni = :dni', { dni: dni.dni });
    if (filter.governmentId) query.andWhere('authority.governmentId = :governmentId', { governmentId: filter.governmentId });
    if (filter.office) query.andWhere('authority.office = :office', { office: filter.office });
    if (filter.termStart) query.andWhere('authority.termStart = :termStart', { termStart: filter.termStart });
    if (filter.departmentCode) query.andWhere('government.departmentCode = :departmentCode', { departmentCode: filter.departmentCode });
    if (filter.onlyPossibleDuplicates && !lookup) query.andWhere('authority.possibleDuplicateOf IS NOT NULL');
    const tokens = normalizeText(filter.search ?? '')
      .split(' ')
      .filter(Boolean)
      .slice(0, 6);
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
    const afterId = decodeCursor('authority', after) ?? 0;
    if (lookup) {
      // Only the first matches are reachable: a focal point refines her search instead of paging on.
      const reachable = await query
        .clone()
        .select('authority.id', 'id')
        .orderBy('authority.id', 'ASC')
        .limit(FOCAL_POINT_SEARCH_LIMIT)
        .getRawMany<{ id: number }>();
      const ids = reachable.map((r) => Number(r.id)).filter((id) => id > afterId);
      if (ids.length === 0) return { ...empty, totalCount };
      query.andWhere('authority.id IN (:...reachable)', { reachable: ids });
    }
    const items = await query
      .andWhere('authority.id > :afterId', { afterId })
      .orderBy('authority.id', 'ASC')
      .take(first + 1)
      .getMany();
    const hasNextPage = items.length > first;
    const page = items.slice(0, first);
    const typedDni = dni.kind === 'VALID' || tokens.some((t) => DNI_PATTERN.test(t));
    const shown = lookup && !typedDni ? page.map((a) => Object.assign(new AuthorityRow(), a, { dni: maskDni(a.dni) })) : page;
    return { items: shown, totalCount, hasNextPage, endCursor: page.length ? encodeCursor('authority', page.at(-1)!.id) : null };
  }

  /** One person: the coordination any; a focal point only someone recorded in her activities. */
  async get(principal: Principal, id: number): Promise<AuthorityRow | null> {
    principal.assert('authority:read');
    const query = this.dataSource
      .getRepository(AuthorityRow)
      .createQueryBuilder('authority')
      .innerJoinAndSelect('authority.government', 'government')
      .innerJoinAndSelect('government.department', 'department')
      .where('authority.id = :id', { id });
    if (!principal.can('authority:manage')) {
      const recorded = principal
        .restrict(
          this.dataSource
            .getRepository(ParticipationRow)
            .createQueryBuilder('p')
            .select('1')
            .innerJoin(ExecutionRow, 'e', 'e.id = p.executionId')
            .innerJoin('e.activity', 'activity'),
        )
        .andWhere('p.authorityId = authority.id');
      query.andWhere(`EXISTS (${recorded.getQuery()})`).setParameters(recorded.getParameters());
    }
    return query.getOne();
  }

  async create(principal: Principal, input: AuthorityInput): Promise<AuthorityRow> {
    principal.assert('authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const values = await this.validate(manager, input, null);
      const saved = await manager.getRepository(AuthorityRow).save(manager.getRepository(AuthorityRow).create({ ...values, active: true, synthetic: false }));
      await this.record(manager, principal, 'authority.create', saved.id, null, snapshotOf(values));
      return withGovernment(manager, saved.id);
    });
  }

  async update(principal: Principal, id: number, input: AuthorityInput): Promise<AuthorityRow> {
    principal.assert('authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AuthorityRow);
      const existing = await existingAuthority(manager, id);
      const values = await this.validate(manager, input, id);
      if (existing.office !== values.office || existing.governmentId !== values.governmentId)
        await this.movingFigures(manager, [id], () => repository.update({ id }, values));
      else await repository.update({ id }, values);
      await this.record(manager, principal, 'authority.update', id, snapshotOf(existing), snapshotOf(values));
      return withGovernment(manager, id);
    });
  }

  async setActive(principal: Principal, id: number, active: boolean): Promise<AuthorityRow> {
    principal.assert('authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AuthorityRow);
      const existing = await existingAuthority(manager, id);
      await repository.update({ id }, { active });
      await this.record(manager, principal, 'authority.setActive', id, { active: Boolean(existing.active) }, { active });
      return withGovernment(manager, id);
    });
  }

  /**
   * Resolves a possible duplicate: `merge` moves its participations to the other record (keeping
   * the furthest outcome where both took part) and deletes it; otherwise the flag is cleared. The
   * audit keeps the deleted record whole and every participation moved.
   */
  async resolveDuplicate(principal: Principal, id: number, merge: boolean): Promise<AuthorityRow> {
    principal.assert('authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const authorities = manager.getRepository(AuthorityRow);
      const duplicate = await authorities.findOne({ where: { id } });
      if (!duplicate?.possibleDuplicateOf) throw notFoundError('La autoridad no está marcada como posible duplicado.');
      const targetId = duplicate.possibleDuplicateOf;
      if (!merge) {
        await authorities.update({ id }, { possibleDuplicateOf: null });
        await this.record(manager, principal, 'authority.keep', id, { possibleDuplicateOf: targetId }, { possibleDuplicateOf: null });
        return withGovernment(manager, id);
      }
      const participations = manager.getRepository(ParticipationRow);
      const moved: { participationId: number; executionId: number; outcome: string; into: 'MOVED' | 'COMBINED'; outcomeAfter: string }[] = [];
      const target = await authorities.findOneOrFail({ where: { id: targetId } });
      await this.movingFigures(manager, [id, targetId], async () => {
        const moving = await participations.find({ where: { authorityId: id }, order: { id: 'ASC' } });
        for (const p of moving) {
          const existing = await participations.findOne({ where: { executionId: p.executionId, authorityId: targetId } });
          if (existing) {
            const outcome = furthestOutcome(existing.outcome, p.outcome);
            await participations.update({ id: existing.id }, { outcome });
            await participations.delete({ id: p.id });
            moved.push({ participationId: p.id, executionId: p.executionId, outcome: p.outcome, into: 'COMBINED', outcomeAfter: outcome });
          } else {
            await participations.update({ id: p.id }, { authorityId: targetId });
            moved.push({ participationId: p.id, executionId: p.executionId, outcome: p.outcome, into: 'MOVED', outcomeAfter: p.outcome });
          }
        }
        await authorities.delete({ id });
      });
      // The record kept inherits a DNI only the duplicate had.
      if (!target.dni && duplicate.dni) await authorities.update({ id: targetId }, { dni: duplicate.dni });
      await this.record(
        manager,
        principal,
        'authority.merge',
        id,
        {
          deleted: { id, ...snapshotOf(duplicate), active: Boolean(duplicate.active), possibleDuplicateOf: targetId },
          kept: { id: targetId, dni: target.dni },
        },
        { mergedInto: targetId, keptDni: target.dni ?? duplicate.dni, participations: moved },
      );
      return withGovernment(manager, targetId);
    });
  }

  /**
   * Imports a register file. Every row is validated first; with any error nothing is written.
   * - A new person is created (flagged for review when another record has her name and government).
   * - A known DNI with the same person's name updates her, unless the change would move the figures
   *   of months already approved; a known DNI with another person's name is never applied. Both are
   *   held as review items for the coordination, with what the file proposed.
   * Every person created or changed has her own audit entry with the values before and after.
   */
  /**
   * Imports the register of a term (the one in office by default). A DNI already in the register
   * in another term keeps her identity: a new record for this term, her earlier one and the
   * executions that counted it untouched. Nothing is ever deleted.
   */
  async importRegister(principal: Principal, content: Buffer, format: SheetFormat, term: Term = currentTerm()): Promise<RegisterImportResult> {
    principal.assert('authority:manage');
    const rows = await readSheet(content, format, REGISTER_COLUMNS);
    return this.dataSource.transaction(async (manager) => {
      const governments = new Map((await manager.getRepository(GovernmentRow).find()).map((g) => [g.ubigeo, g]));
      const existing = await manager.getRepository(AuthorityRow).find();
      const sameTerm = existing.filter((a) => a.termStart === term.start);
      const byDni = new Map(sameTerm.filter((a) => a.dni).map((a) => [a.dni!, a]));
      const earlier = new Map(existing.filter((a) => a.dni && a.termStart < term.start).map((a) => [a.dni!, a]));
      const byNameAndGovernment = new Map(sameTerm.map((a) => [`${a.searchName}|${a.governmentId}`, a]));
      let skipped = 0;
      const errors: RowProblem[] = [];
      const warnings: RowProblem[] = [];
      const seenDni = new Map<string, number>();
      const planned: { line: number; values: AuthorityValues; match: AuthorityRow | null }[] = [];

      for (const { line, cells } of rows) {
        if (isTemplateExample(REGISTER_SHEET, cells)) {
          warnings.push({ line, message: `Fila ${line}: ${TEMPLATE_EXAMPLE_SKIPPED}` });
          continue;
        }
        if (cells.sex && sexOf(cells.sex) === 'M') {
          skipped += 1;
          continue;
        }
        if (cells.sex && sexOf(cells.sex) === null) {
          errors.push({ line, message: `Fila ${line}: el sexo "${cells.sex}" no es válido; use F o M.` });
          continue;
        }
        const givenNames = cleanName(cells.givenNames);
        const familyNames = cleanName(cells.familyNames);
        const dniReading = readDni(cells.dni);
        const ubigeoMatch = matchUbigeo(cells.ubigeo, (u) => governments.get(u));
        const government = ubigeoMatch.kind === 'FOUND' ? ubigeoMatch.government : null;
        const office = officeFromText(cells.office ?? '');
        const termStart = cells.termStart ? Number(cells.termStart) : term.start;
        const termEnd = cells.termEnd ? Number(cells.termEnd) : term.end;
        if (termStart !== term.start) {
          errors.push({ line, message: `Fila ${line}: el periodo ${termStart}–${termEnd} no es el de esta importación (${termLabel(term)}).` });
          continue;
        }
        const dni = dniReading.kind === 'VALID' ? dniReading.dni : dniReading.kind === 'INVALID' ? dniReading.text : null;
        const problems = authorityProblems({
          givenNames,
          familyNames,
          dni,
          dniText: cells.dni ?? '',
          office,
          officeText: cells.office ?? '',
          government,
          governmentText: cells.ubigeo ?? '',
          termStart,
          termEnd,
        });
        if (dni && !problems.dni && seenDni.has(dni)) problems.dni = `El DNI ${dni} ya figura en la fila ${seenDni.get(dni)}.`;
        if (Object.keys(problems).length > 0) {
          errors.push({ line, message: `Fila ${line}: ${rowProblemList(problems)}.` });
          continue;
        }
        if (dniReading.kind === 'VALID' && dniReading.restored)
          warnings.push({ line, message: `Fila ${line}: ${restoredDniWarning(cells.dni ?? '', dniReading.dni)}` });
        if (ubigeoMatch.kind === 'FOUND' && ubigeoMatch.restored) {
          warnings.push({ line, message: `Fila ${line}: ${restoredUbigeoWarning(cells.ubigeo ?? '', ubigeoMatch.ubigeo, ubigeoMatch.government.name)}` });
        }
        if (dni) seenDni.set(dni, line);
        const before = dni && !byDni.has(dni) ? earlier.get(dni) : undefined;
        if (before && !sameIdentity(before, { givenNames, familyNames })) {
          warnings.push({
            line,
            message: `Fila ${line}: el DNI ${dni} figura en el periodo ${before.termStart}–${before.termEnd} como ${before.givenNames} ${before.familyNames}; se registra como ${givenNames} ${familyNames}. Verifique que sea la misma persona.`,
          });
        }
        const values: AuthorityValues = {
          givenNames,
          familyNames,
          searchName: personSearchName(givenNames, familyNames),
          dni,
          office: office!,
          governmentId: government!.id,
          termStart,
          termEnd,
        };
        planned.push({ line, values, match: dni ? (byDni.get(dni) ?? null) : null });
      }
      const empty = { created: 0, updated: 0, unchanged: 0, continuing: 0, skipped, flagged: [], review: [], warnings, errors };
      if (errors.length > 0) return empty;

      const result: RegisterImportResult = { ...empty, flagged: [], review: [] };
      const withApprovedFigures = await this.withApprovedParticipations(
        manager,
        planned.filter((p) => p.match).map((p) => p.match!.id),
      );
      const repository = manager.getRepository(AuthorityRow);
      const created: number[] = [];
      const updated: number[] = [];
      for (const { line, values, match } of planned) {
        if (match) {
          const before = snapshotOf(match);
          const changed = JSON.stringify(before) !== JSON.stringify(snapshotOf(values));
          if (!changed) {
            result.unchanged += 1;
            continue;
          }
          const reason: ReviewReason | null = !sameIdentity(match, values)
            ? 'IDENTITY_MISMATCH'
            : (match.office !== values.office || match.governmentId !== values.governmentId) && withApprovedFigures.has(match.id)
              ? 'APPROVED_FIGURES'
              : null;
          if (reason) {
            result.review.push(await this.holdForReview(manager, principal, line, match, values, reason));
            continue;
          }
          if (match.office !== values.office || match.governmentId !== values.governmentId) {
            await this.movingFigures(manager, [match.id], () => repository.update({ id: match.id }, values));
          } else await repository.update({ id: match.id }, values);
          await this.record(manager, principal, 'authority.update', match.id, before, { ...snapshotOf(values), source: `importación, fila ${line}` });
          updated.push(match.id);
          continue;
        }
        const twin = byNameAndGovernment.get(`${values.searchName}|${values.governmentId}`);
        const saved = await repository.save(repository.create({ ...values, active: true, synthetic: false, possibleDuplicateOf: twin?.id ?? null }));
        if (twin) result.flagged.push({ line, id: saved.id, possibleDuplicateOf: twin.id });
        else byNameAndGovernment.set(`${values.searchName}|${values.governmentId}`, saved);
        await this.record(manager, principal, 'authority.create', saved.id, null, {
          ...snapshotOf(values),
          possibleDuplicateOf: twin?.id ?? null,
          source: `importación, fila ${line}`,
        });
        created.push(saved.id);
        if (values.dni && earlier.has(values.dni)) result.continuing += 1;
      }
      result.created = created.length;
      result.updated = updated.length;
      await this.record(manager, principal, 'authority.import', null, null, {
        format,
        rows: planned.length,
        term: termLabel(term),
        created: created.length,
        updated: updated.length,
        unchanged: result.unchanged,
        continuing: result.continuing,
        skipped,
        flagged: result.flagged.length,
        review: result.review.map((r) => ({ reviewId: r.reviewId, authorityId: r.authorityId, reason: r.reason })),
        warnings: warnings.length,
      });
      return result;
    });
  }

  /** Review items still waiting for the coordination (or all of them). */
  async reviews(principal: Principal, pendingOnly: boolean): Promise<RegisterReviewRow[]> {
    principal.assert('authority:manage');
    return this.dataSource.getRepository(RegisterReviewRow).find({ where: pendingOnly ? { resolvedAt: IsNull() } : {}, order: { id: 'ASC' }, take: 500 });
  }

  /** Applies what the file proposed (validated again) or dismisses it; either way it is audited. */
  async resolveReview(principal: Principal, id: number, apply: boolean): Promise<RegisterReviewRow> {
    principal.assert('authority:manage');
    return this.dataSource.transaction(async (manager) => {
      const reviews = manager.getRepository(RegisterReviewRow);
      const review = await reviews.findOne({ where: { id } });
      if (!review) throw notFoundError('El cambio por revisar no existe.');
      if (review.resolvedAt) throw inputError('Este cambio ya fue revisado.');
      if (apply) {
        const current = await existingAuthority(manager, review.authorityId);
        const proposed = JSON.parse(review.proposed) as ReturnType<typeof snapshotOf>;
        const values = await this.validate(manager, { ...proposed, dni: proposed.dni }, current.id);
        await this.movingFigures(manager, [current.id], () => manager.getRepository(AuthorityRow).update({ id: current.id }, values));
        await this.record(manager, principal, 'authority.update', current.id, snapshotOf(current), { ...snapshotOf(values), source: `revisión ${review.id}` });
      }
      await reviews.update({ id }, { resolvedAt: new Date(), resolvedBy: principal.viewer.email, resolution: apply ? 'APPLIED' : 'DISMISSED' });
      await this.record(
        manager,
        principal,
        'authority.review',
        review.authorityId,
        { reviewId: id, reason: review.reason },
        { resolution: apply ? 'APPLIED' : 'DISMISSED' },
      );
      return reviews.findOneOrFail({ where: { id } });
    });
  }

  private async holdForReview(
    manager: EntityManager,
    principal: SignedIn,
    line: number,
    match: AuthorityRow,
    values: AuthorityValues,
    reason: ReviewReason,
  ): Promise<ReviewItem> {
    const who = `${match.givenNames} ${match.familyNames}`;
    const message =
      reason === 'IDENTITY_MISMATCH'
        ? `Fila ${line}: el DNI ${match.dni} corresponde en el registro a ${who}, no a ${values.givenNames} ${values.familyNames}. No se aplicó: revise si es la misma persona o un error en el DNI.`
        : `Fila ${line}: cambiaría el cargo o el gobierno de ${who}, que ya cuenta en meses aprobados. No se aplicó: revíselo antes de cambiar cifras aprobadas.`;
    const saved = await manager
      .getRepository(RegisterReviewRow)
      .save(
        manager
          .getRepository(RegisterReviewRow)
          .create({ authorityId: match.id, reason, message, proposed: JSON.stringify(snapshotOf(values)), line, createdBy: principal.viewer.email }),
      );
    await this.record(manager, principal, 'authority.holdForReview', match.id, snapshotOf(match), {
      ...snapshotOf(values),
      reviewId: saved.id,
      reason,
      source: `importación, fila ${line}`,
    });
    return { line, reviewId: saved.id, authorityId: match.id, reason, message };
  }

  /** Of these people, those who count in a month already approved for the activity's entity. */
  private async withApprovedParticipations(manager: EntityManager, authorityIds: readonly number[]): Promise<Set<number>> {
    const found = new Set<number>();
    for (let i = 0; i < authorityIds.length; i += 1000) {
      const chunk = authorityIds.slice(i, i + 1000);
      if (chunk.length === 0) continue;
      const rows: { authority_id: number }[] = await manager
        .createQueryBuilder()
        .select('DISTINCT p.authority_id', 'authority_id')
        .from(ParticipationRow, 'p')
        .innerJoin(ExecutionRow, 'e', 'e.id = p.execution_id')
        .innerJoin('activity_units', 'au', 'au.activity_id = e.activity_id')
        .innerJoin('units', 'u', 'u.code = au.unit_code')
        .innerJoin(
          'monthly_submissions',
          's',
          "s.entity_code = u.entity_code AND s.status = 'APPROVED' AND s.year = CAST(SUBSTR(e.date, 1, 4) AS SIGNED INTEGER) AND s.month = CAST(SUBSTR(e.date, 6, 2) AS SIGNED INTEGER)",
        )
        .where({ authorityId: In(chunk) })
        .getRawMany();
      for (const r of rows) found.add(Number(r.authority_id));
    }
    return found;
  }

  /** The form's check: the same rules as a file row, plus a DNI that must be typed whole and be unique. */
  private async validate(manager: EntityManager, input: AuthorityInput, id: number | null): Promise<AuthorityValues> {
    const givenNames = cleanName(input.givenNames);
    const familyNames = cleanName(input.familyNames);
    const office = isOffice(input.office) ? input.office : null;
    const government = Number.isInteger(input.governmentId) ? await manager.getRepository(GovernmentRow).findOne({ where: { id: input.governmentId } }) : null;
    const termStart = input.termStart ?? currentTerm().start;
    const termEnd = input.termEnd ?? currentTerm().end;
    // A DNI typed in a form is taken whole: no zeros are restored.
    const dni = (input.dni ?? '').trim() || null;
    const problems = authorityProblems({ givenNames, familyNames, dni, office, government, termStart, termEnd });
    if (Object.keys(problems).length > 0) throw inputError(problemList(problems));
    if (dni) {
      const other = await manager.getRepository(AuthorityRow).findOne({ where: { dni, termStart } });
      if (other && other.id !== id)
        throw inputError(`Ya existe una autoridad con el DNI ${dni} en el periodo ${termStart}–${termEnd}: ${other.givenNames} ${other.familyNames}.`);
    }
    return {
      givenNames,
      familyNames,
      searchName: personSearchName(givenNames, familyNames),
      dni,
      office: office!,
      governmentId: government!.id,
      termStart,
      termEnd,
    };
  }
}
