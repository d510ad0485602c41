import {
  OUTCOME_LABELS,
  allowedOutcomes,
  executionEditRefusal,
  executionProblems,
  getEntity,
  isEntityCode,
  problemList,
  type ExecutionKind,
  type Modality,
  type Outcome,
} from '@gj/domain';
import { In, type DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { ActivityRow } from '../activity/activity.entity.js';
import { activityEntities, type ActivityService } from '../activity/activity.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import { assertYear } from '../common/dates.js';
import { conflictError, forbiddenError, inputError, notFoundError } from '../common/errors.js';
import { assertPageSize, decodeCursor, encodeCursor, PAGE_SIZES } from '../common/pagination.js';
import type { CycleService } from '../cycle/cycle.service.js';
import { PartnerEntityRow } from '../partner/partner-entity.entity.js';
import { ExecutionRow, ParticipationRow } from './execution.entity.js';
import { EvidenceFileRow } from '../evidence/evidence-file.entity.js';
import type { AggregateService } from '../progress/aggregate.service.js';

export interface ExecutionInput {
  date: string;
  kind: string;
  title: string;
  modality: string;
  place?: string | null;
  evidenceUrl?: string | null;
  notes?: string | null;
}

export interface ParticipantInput {
  authorityId: number;
  outcome: string;
}

export interface ExecutionFilter {
  year?: number | null;
  activityCode?: string | null;
  entityCode?: string | null;
  objectiveCode?: string | null;
  monthFrom?: number | null;
  monthTo?: number | null;
  /** Executions with at least one participant from a government of this department. */
  departmentCode?: string | null;
}

export const EXECUTION_NOT_FOUND = 'La ejecución no existe.';
export const activityNotFound = (code: string) => `La actividad ${code} no existe.`;

/**
 * Executions and their participants. Reads and writes go through the activity's scope: an
 * execution of an activity the viewer cannot see behaves as one that does not exist.
 */
export class ExecutionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: ActivityService,
    private readonly cycle: CycleService,
    private readonly audit: AuditService,
    /** Kept exact by every write of executions and participations (progress/aggregate.service.ts). */
    readonly aggregates: AggregateService,
  ) {}

  /** Removes the stored files of a deleted execution, after its commit (set by the evidence module). */
  private evidenceRemoved: (storageKeys: string[]) => Promise<void> = async () => {};

  onEvidenceRemoved(cleanup: (storageKeys: string[]) => Promise<void>): void {
    this.evidenceRemoved = cleanup;
  }

  /** Records a change of an execution in the audit trail, inside its transaction. */
  async recordChange(
    manager: EntityManager,
    principal: Principal,
    execution: { id: number; activity: ActivityRow },
    action: string,
    before: unknown,
    after: unknown,
  ): Promise<void> {
    await this.audit.record(manager, principal.actor, {
      action,
      targetType: 'execution',
      targetId: execution.id,
      planYear: execution.activity.planYear,
      activityCode: execution.activity.code,
      subjectEntities: await activityEntities(manager, execution.activity.id),
      before,
      after,
    });
  }

  /**
   * Refuses a change of an execution another entity recorded (@gj/domain canEditExecution): a
   * joint activity's executions are read by both entities, but written only by the one that
   * recorded each (or the coordination).
   */
  assertMayEdit(principal: Principal, execution: ExecutionRow): void {
    const code = execution.entityCode;
    const refusal = executionEditRefusal(principal.viewer, execution, code && isEntityCode(code) ? getEntity(code).shortName : code);
    if (refusal) throw forbiddenError(refusal);
  }

  /**
   * Runs a write on an execution of the scope in one transaction that first locks the months it
   * touches (its date and any new one) and refuses approved ones, before anything is written.
   */
  async writeLocked<T>(
    principal: Principal,
    id: number,
    newDates: (execution: ExecutionRow) => readonly string[],
    work: (manager: EntityManager, execution: ExecutionRow) => Promise<T>,
  ): Promise<T> {
    const seen = await this.get(principal, id);
    if (!seen) throw notFoundError(EXECUTION_NOT_FOUND);
    this.assertMayEdit(principal, seen);
    await this.cycle.ensureActivityMonths(seen.activity.id, [seen.date, ...newDates(seen)]);
    return this.dataSource.transaction(async (manager) => {
      const execution = await this.get(principal, id, manager);
      if (!execution) throw notFoundError(EXECUTION_NOT_FOUND);
      this.assertMayEdit(principal, execution);
      await this.cycle.lockOpenMonths(manager, execution.activity.id, [execution.date, ...newDates(execution)]);
      return work(manager, execution);
    });
  }

  /** Executions of several activities at once (one query), by date. */
  async listForActivities(principal: Principal, activityIds: readonly number[]): Promise<ExecutionRow[]> {
    if (activityIds.length === 0) return [];
    return this.scopedQuery(this.dataSource.manager, principal)
      .andWhere('execution.activityId IN (:...activityIds)', { activityIds: [...activityIds] })
      .orderBy('execution.date', 'ASC')
      .addOrderBy('execution.id', 'ASC')
      .getMany();
  }

  /** Executions of some activities in one month, by date (a monthly report's content). */
  async listInMonth(principal: Principal, activityIds: readonly number[], year: number, month: number): Promise<ExecutionRow[]> {
    if (activityIds.length === 0) return [];
    const prefix = `${year}-${String(month).padStart(2, '0')}-`;
    return this.scopedQuery(this.dataSource.manager, principal)
      .andWhere('execution.activityId IN (:...activityIds)', { activityIds: [...activityIds] })
      .andWhere('execution.date >= :from AND execution.date <= :to', { from: `${prefix}01`, to: `${prefix}31` })
      .orderBy('execution.date', 'ASC')
      .addOrderBy('execution.id', 'ASC')
      .getMany();
  }

  /** A page of executions in the scope, filtered, in id order (stable under inserts). */
  async page(principal: Principal, filter: ExecutionFilter, first: number = PAGE_SIZES.executions.default, after?: string | null) {
    assertPageSize(first, PAGE_SIZES.executions.max);
    const query = this.filtered(this.scopedQuery(this.dataSource.manager, principal), filter);
    const totalCount = await query.getCount();
    const rows = await query
      .andWhere('execution.id > :afterId', { afterId: decodeCursor('execution', after) ?? 0 })
      .orderBy('execution.id', 'ASC')
      .take(first + 1)
      .getMany();
    const items = rows.slice(0, first);
    return { items, totalCount, hasNextPage: rows.length > first, endCursor: items.length ? encodeCursor('execution', items.at(-1)!.id) : null };
  }

  /** A page of participations (personal data: needs access to the register). */
  async participationPage(principal: Principal, filter: ExecutionFilter, first: number = PAGE_SIZES.participations.default, after?: string | null) {
    principal.assert('authority:read');
    assertPageSize(first, PAGE_SIZES.participations.max);
    const query = this.filtered(this.scopedQuery(this.dataSource.manager, principal), filter)
      .innerJoin(ParticipationRow, 'participation', 'participation.executionId = execution.id')
      .select('participation.id', 'id');
    const base = query.clone();
    const totalCount = Number((await base.select('COUNT(*)', 'n').getRawOne<{ n: number | string }>())?.n ?? 0);
    const ids = (
      await query
        .andWhere('participation.id > :afterId', { afterId: decodeCursor('participation', after) ?? 0 })
        .orderBy('participation.id', 'ASC')
        .limit(first + 1)
        .getRawMany<{ id: number }>()
    ).map((r) => Number(r.id));
    const pageIds = ids.slice(0, first);
    const items =
      pageIds.length === 0
        ? []
        : await this.dataSource.getRepository(ParticipationRow).find({
            where: { id: In(pageIds) },
            relations: { authority: { government: { department: true } }, execution: { activity: true } },
            order: { id: 'ASC' },
          });
    return { items, totalCount, hasNextPage: ids.length > first, endCursor: pageIds.length ? encodeCursor('participation', pageIds.at(-1)!) : null };
  }

  private filtered<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, filter: ExecutionFilter): SelectQueryBuilder<T> {
    query.andWhere('activity.planYear = :year', { year: assertYear(filter.year ?? NaN) });
    if (filter.activityCode) query.andWhere('activity.code = :code', { code: filter.activityCode });
    if (filter.objectiveCode)
      query.andWhere('activity.objectiveId IN (SELECT o.id FROM objectives o WHERE o.code = :objective)', { objective: filter.objectiveCode });
    if (filter.entityCode) {
      query.andWhere(
        'EXISTS (SELECT 1 FROM activity_units fa INNER JOIN units fu ON fu.code = fa.unit_code WHERE fa.activity_id = activity.id AND fu.entity_code = :entityFilter)',
        { entityFilter: filter.entityCode.toUpperCase() },
      );
    }
    const pad = (n: number) => String(n).padStart(2, '0');
    for (const [key, op] of [
      ['monthFrom', '>='],
      ['monthTo', '<='],
    ] as const) {
      const month = filter[key];
      if (month === null || month === undefined) continue;
      if (!Number.isInteger(month) || month < 1 || month > 12) throw inputError('Los meses del filtro deben estar entre 1 y 12.');
      query.andWhere(`SUBSTR(execution.date, 6, 2) ${op} :${key}`, { [key]: pad(month) });
    }
    if (filter.departmentCode) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM participations dp INNER JOIN authorities da ON da.id = dp.authority_id INNER JOIN governments dg ON dg.id = da.government_id
          WHERE dp.execution_id = execution.id AND dg.department_code = :department)`,
        { department: filter.departmentCode },
      );
    }
    return query;
  }

  /** Participants per execution; callers have already reached the executions through a scope. */
  async participantCounts(executionIds: readonly number[]): Promise<Map<number, number>> {
    if (executionIds.length === 0) return new Map();
    const rows: { execution_id: number; n: number | string }[] = await this.dataSource
      .getRepository(ParticipationRow)
      .createQueryBuilder('p')
      .select('p.execution_id', 'execution_id')
      .addSelect('COUNT(*)', 'n')
      .where('p.execution_id IN (:...ids)', { ids: [...executionIds] })
      .groupBy('p.execution_id')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.execution_id), Number(r.n)]));
  }

  async get(principal: Principal, id: number, manager: EntityManager = this.dataSource.manager): Promise<ExecutionRow | null> {
    return this.scopedQuery(manager, principal).andWhere('execution.id = :id', { id }).getOne();
  }

  /** Participants of several executions at once (two queries), only of executions in the scope. */
  async participantsOf(principal: Principal, executionIds: readonly number[]): Promise<Map<number, ParticipationRow[]>> {
    principal.assert('authority:read');
    const result = new Map<number, ParticipationRow[]>(executionIds.map((id) => [id, []]));
    if (executionIds.length === 0) return result;
    const visible = (
      await this.scopedQuery(this.dataSource.manager, principal)
        .andWhere('execution.id IN (:...ids)', { ids: [...executionIds] })
        .getMany()
    ).map((e) => e.id);
    if (visible.length === 0) return result;
    const rows = await this.dataSource.getRepository(ParticipationRow).find({
      where: { executionId: In(visible) },
      relations: { authority: { government: { department: true } } },
      order: { id: 'ASC' },
    });
    for (const row of rows) result.get(row.executionId)!.push(row);
    return result;
  }

  async create(
    principal: Principal,
    activityCode: string,
    year: number,
    input: ExecutionInput,
    participants: readonly ParticipantInput[] = [],
  ): Promise<ExecutionRow> {
    principal.assert('execution:write');
    const activity = await this.activities.findByCode(principal, activityCode, year);
    if (!activity) throw notFoundError(activityNotFound(activityCode));
    const values = validateExecution(input, activity);
    await this.cycle.ensureActivityMonths(activity.id, [values.date]);
    return this.dataSource.transaction(async (manager) => {
      await this.cycle.lockOpenMonths(manager, activity.id, [values.date]);
      const people = { activityIds: [activity.id], authorityIds: participants.map((p) => p.authorityId), addedOn: values.date };
      const created = await this.aggregates.around(manager, people, async () => {
        const repository = manager.getRepository(ExecutionRow);
        const saved = await repository.save(
          repository.create({
            ...values,
            activityId: activity.id,
            entityCode: recordingEntity(principal.entityCode, activity),
            createdBy: principal.viewer.accountId || null,
            version: 1,
          }),
        );
        await this.upsertParticipants(manager, activity, saved.id, participants);
        await this.recordChange(manager, principal, { id: saved.id, activity }, 'execution.create', null, {
          ...snapshot({ ...saved, activity }),
          participants: participants.map((p) => ({ authorityId: p.authorityId, outcome: p.outcome })),
        });
        return (await this.get(principal, saved.id, manager))!;
      });
      // The day's counts after progress and reach: every write locks the shared rows in that order.
      await this.aggregates.addDay(manager, activity.id, values.date, dayOf(values.kind, 1, false));
      return created;
    });
  }

  /** Saves a change made on `version`; a stale version is a conflict and overwrites nothing. */
  async update(principal: Principal, id: number, version: number, input: ExecutionInput): Promise<ExecutionRow> {
    principal.assert('execution:write');
    const seen = await this.get(principal, id);
    if (!seen) throw notFoundError(EXECUTION_NOT_FOUND);
    this.assertMayEdit(principal, seen);
    const activity = seen.activity;
    const values = validateExecution(input, activity);
    return this.writeLocked(
      principal,
      id,
      () => [values.date],
      async (manager, execution) => {
        // A new date moves its participants' progress and the day's counts; other fields move neither.
        const people = execution.date === values.date ? [] : await participantIdsOf(manager, id);
        const result = await this.aggregates.around(manager, { activityIds: [execution.activity.id], authorityIds: people }, () =>
          manager
            .createQueryBuilder()
            .update(ExecutionRow)
            .set({ ...values, version: () => 'version + 1' })
            .where('id = :id AND version = :version', { id, version })
            .execute(),
        );
        if (!result.affected) {
          throw conflictError(
            'Otra persona modificó esta ejecución mientras usted la editaba. Recargue para ver los cambios y vuelva a guardar.',
            'STALE_VERSION',
          );
        }
        const withFiles = (await manager.getRepository(EvidenceFileRow).count({ where: { executionId: id } })) > 0;
        await this.aggregates.addDay(manager, execution.activity.id, execution.date, dayOf(execution.kind, -1, withFiles));
        await this.aggregates.addDay(manager, execution.activity.id, values.date, dayOf(values.kind, 1, withFiles));
        const updated = (await this.get(principal, id, manager))!;
        await this.recordChange(manager, principal, execution, 'execution.update', snapshot(execution), snapshot(updated));
        return updated;
      },
    );
  }

  async delete(principal: Principal, id: number): Promise<boolean> {
    principal.assert('execution:write');
    const files = await this.writeLocked(
      principal,
      id,
      () => [],
      async (manager, execution) => {
        const participants = await manager.getRepository(ParticipationRow).find({ where: { executionId: id }, order: { id: 'ASC' } });
        const evidence = await manager.getRepository(EvidenceFileRow).find({ where: { executionId: id }, order: { id: 'ASC' } });
        await this.recordChange(
          manager,
          principal,
          execution,
          'execution.delete',
          {
            ...snapshot(execution),
            participants: participants.map((p) => ({ authorityId: p.authorityId, outcome: p.outcome })),
            evidence: evidence.map((f) => ({ id: f.id, fileName: f.fileName, sha256: f.sha256 })),
          },
          null,
        );
        await this.aggregates.around(manager, { activityIds: [execution.activity.id], authorityIds: participants.map((p) => p.authorityId) }, async () => {
          await manager.getRepository(ParticipationRow).delete({ executionId: id });
          await manager.getRepository(EvidenceFileRow).delete({ executionId: id });
          await manager.getRepository(ExecutionRow).delete({ id });
        });
        await this.aggregates.addDay(manager, execution.activity.id, execution.date, dayOf(execution.kind, -1, evidence.length > 0));
        return evidence.map((f) => f.storageKey);
      },
    );
    await this.evidenceRemoved(files);
    return true;
  }

  /** Adds participants, or changes the outcome of those already there. */
  async addParticipants(principal: Principal, executionId: number, participants: readonly ParticipantInput[]): Promise<ExecutionRow> {
    principal.assert('execution:write');
    return this.writeLocked(
      principal,
      executionId,
      () => [],
      async (manager, execution) => {
        const before = await participantsOf(
          manager,
          executionId,
          participants.map((p) => p.authorityId),
        );
        const people = { activityIds: [execution.activity.id], authorityIds: participants.map((p) => p.authorityId), addedOn: execution.date };
        await this.aggregates.around(manager, people, () => this.upsertParticipants(manager, execution.activity, executionId, participants));
        await this.recordChange(manager, principal, execution, 'participants.add', before, {
          participants: participants.map((p) => ({ authorityId: p.authorityId, outcome: p.outcome })),
        });
        return (await this.get(principal, executionId, manager))!;
      },
    );
  }

  async removeParticipants(principal: Principal, executionId: number, authorityIds: readonly number[]): Promise<ExecutionRow> {
    principal.assert('execution:write');
    return this.writeLocked(
      principal,
      executionId,
      () => [],
      async (manager, execution) => {
        const before = await participantsOf(manager, executionId, authorityIds);
        await this.recordChange(manager, principal, execution, 'participants.remove', before, null);
        if (authorityIds.length > 0) {
          await this.aggregates.around(manager, { activityIds: [execution.activity.id], authorityIds }, () =>
            manager.getRepository(ParticipationRow).delete({ executionId, authorityId: In([...authorityIds]) }),
          );
        }
        return (await this.get(principal, executionId, manager))!;
      },
    );
  }

  /** Validates participants against the register and the activity's outcomes, then writes them. */
  async upsertParticipants(
    manager: EntityManager,
    activity: ActivityRow,
    executionId: number,
    participants: readonly ParticipantInput[],
  ): Promise<{ inserted: number; updated: number }> {
    if (participants.length === 0) return { inserted: 0, updated: 0 };
    const allowed = allowedOutcomes(activity.rule);
    const ids = [...new Set(participants.map((p) => p.authorityId))];
    if (ids.length !== participants.length) throw inputError('Una misma autoridad figura más de una vez entre los participantes.');
    for (const p of participants) {
      if (!allowed.includes(p.outcome as Outcome)) {
        throw inputError(
          `El resultado "${p.outcome}" no corresponde a la actividad ${activity.code}. Use: ${allowed.map((o) => OUTCOME_LABELS[o]).join(', ')}.`,
        );
      }
    }
    const found = new Set<number>();
    for (let i = 0; i < ids.length; i += 1000) {
      const chunk = await manager.getRepository(AuthorityRow).find({ select: { id: true }, where: { id: In(ids.slice(i, i + 1000)), active: true } });
      for (const a of chunk) found.add(a.id);
    }
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw inputError(`No están en el registro (o están inactivas) las autoridades: ${missing.slice(0, 10).join(', ')}.`);
    return writeParticipations(manager, executionId, participants as readonly { authorityId: number; outcome: Outcome }[]);
  }

  private scopedQuery(manager: EntityManager, principal: Principal) {
    return principal.restrict(
      manager
        .getRepository(ExecutionRow)
        .createQueryBuilder('execution')
        .innerJoinAndSelect('execution.activity', 'activity')
        .leftJoinAndMapOne('execution.recorder', PartnerEntityRow, 'recorder', 'recorder.code = execution.entityCode'),
    );
  }
}

/**
 * The entity an execution is recorded for: the recorder's own when it is responsible for the
 * activity (always, for a focal point); for the coordination acting on another entity's activity,
 * that entity when it is the only one; otherwise none ("No registrado").
 */
export function recordingEntity(recorderEntity: string | null, activity: ActivityRow): string | null {
  const responsible = [...new Set(activity.units.map((u) => u.entityCode))];
  if (recorderEntity && responsible.includes(recorderEntity)) return recorderEntity;
  return responsible.length === 1 ? responsible[0]! : null;
}

function snapshot(row: ExecutionRow) {
  const { date, kind, title, modality, place, evidenceUrl, notes, version } = row;
  return { activityCode: row.activity.code, date, kind, title, modality, place, evidenceUrl, notes, version };
}

async function participantsOf(manager: EntityManager, executionId: number, authorityIds: readonly number[]) {
  if (authorityIds.length === 0) return { participants: [] };
  const rows = await manager.getRepository(ParticipationRow).find({ where: { executionId, authorityId: In([...authorityIds]) }, order: { id: 'ASC' } });
  return { participants: rows.map((p) => ({ authorityId: p.authorityId, outcome: p.outcome })) };
}

/** Inserts new participations in chunks and updates the outcome of existing ones. */
export async function writeParticipations(
  manager: EntityManager,
  executionId: number,
  participants: readonly { authorityId: number; outcome: Outcome }[],
): Promise<{ inserted: number; updated: number; previous: Map<number, Outcome> }> {
  const repository = manager.getRepository(ParticipationRow);
  const existing = new Map((await repository.find({ where: { executionId } })).map((p) => [p.authorityId, p]));
  const inserts = participants.filter((p) => !existing.has(p.authorityId));
  const updates = participants.filter((p) => existing.has(p.authorityId) && existing.get(p.authorityId)!.outcome !== p.outcome);
  for (let i = 0; i < inserts.length; i += 500) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ParticipationRow)
      .values(inserts.slice(i, i + 500).map((p) => ({ executionId, authorityId: p.authorityId, outcome: p.outcome })))
      .execute();
  }
  for (const outcome of new Set(updates.map((u) => u.outcome))) {
    const ids = updates.filter((u) => u.outcome === outcome).map((u) => existing.get(u.authorityId)!.id);
    for (let i = 0; i < ids.length; i += 1000) await repository.update({ id: In(ids.slice(i, i + 1000)) }, { outcome });
  }
  return { inserted: inserts.length, updated: updates.length, previous: new Map(updates.map((u) => [u.authorityId, existing.get(u.authorityId)!.outcome])) };
}

/** An execution's weight in `activity_days`: one execution, one action if a dissemination, one with files. */
export function dayOf(kind: string, sign: 1 | -1, withFiles: boolean) {
  return { executions: sign, actions: kind === 'DISSEMINATION' ? sign : 0, withEvidence: withFiles ? sign : 0 };
}

async function participantIdsOf(manager: EntityManager, executionId: number): Promise<number[]> {
  return (await manager.getRepository(ParticipationRow).find({ select: { authorityId: true }, where: { executionId } })).map((p) => p.authorityId);
}

/** The domain's one check of an execution (also the web form's); all the problems at once. */
function validateExecution(input: ExecutionInput, activity: ActivityRow) {
  const problems = executionProblems(input, activity.planYear);
  if (Object.keys(problems).length > 0) throw inputError(problemList(problems));
  return {
    date: input.date,
    kind: input.kind as ExecutionKind,
    modality: input.modality as Modality,
    title: input.title.trim(),
    place: input.place?.trim() || null,
    evidenceUrl: input.evidenceUrl?.trim() || null,
    notes: input.notes?.trim() || null,
  };
}
