import {
  planWriteRefusal,
  CYCLE_STEPS,
  ENTITY_CODES,
  canTakeStep,
  entitiesReached,
  getEntity,
  isEntityCode,
  isMonth,
  limaDate,
  monthLockedMessage,
  monthNotStartedMessage,
  monthOfYear,
  monthStarted,
  stepRefusal,
  type CycleStep,
  type Month,
  type SubmissionStatus,
} from '@gj/domain';
import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import type { ActivityRow } from '../activity/activity.entity.js';
import { activityEntities } from '../activity/activity.service.js';
import type { Actor, AuditService } from '../audit/audit.service.js';
import type { Principal, SignedIn } from '../auth/principal.js';
import { assertYear } from '../common/dates.js';
import { conflictError, forbiddenError, inputError } from '../common/errors.js';
import { PartnerEntityRow } from '../partner/partner-entity.entity.js';
import { PlanRow } from '../plan/plan.entity.js';
import { MonthlySubmissionRow } from './monthly-submission.entity.js';

interface MonthKey {
  entityCode: string;
  year: number;
  month: number;
}

/** Every (entity, year, month) of some entities and dates, once, in lock order. */
function monthKeys(entities: readonly string[], dates: readonly string[]): MonthKey[] {
  const months = [...new Set(dates.map((d) => `${Number(d.slice(0, 4))}|${Number(d.slice(5, 7))}`))].map((k) => k.split('|').map(Number) as [number, number]);
  return [...new Set(entities)]
    .sort()
    .flatMap((entityCode) => months.sort((a, b) => a[0] - b[0] || a[1] - b[1]).map(([year, month]) => ({ entityCode, year, month })));
}

export interface MonthCell {
  entityCode: string;
  year: number;
  month: Month;
  status: SubmissionStatus;
  row: MonthlySubmissionRow | null;
  /** Whether the entity is responsible for any activity of the year's plan: without one it has nothing to report. */
  hasActivities: boolean;
}

/** One step taken on a month, as the notices see it. */
export interface MonthStepEvent {
  step: CycleStep;
  entityCode: string;
  year: number;
  month: number;
  actor: Actor;
  /** The coordination's comment on the whole month (return, reopen). */
  comment: string | null;
  /** Comments per activity when returning. */
  activityComments: readonly { activityCode: string; comment: string }[];
  /** The sent version the step concerns. */
  version: number;
}

/**
 * What else a step of the cycle sets off (the notices): `record` runs inside the step's
 * transaction, so a step that rolls back notifies nobody; what it returns runs after the commit
 * (e-mail delivery, which never delays or fails the step).
 */
export interface CycleEvents {
  record(manager: EntityManager, event: MonthStepEvent): Promise<() => void>;
}

export const NO_CYCLE_EVENTS: CycleEvents = { record: async () => () => {} };

/** Work a step does in its own transaction, given the version it concerns. */
type WithinStep = (manager: EntityManager, version: number) => Promise<void>;

interface StepExtra {
  activityComments?: readonly { activityCode: string; comment: string }[];
  within?: WithinStep;
}

/** "mayo de 2024 de PCM". */
export function label(entityCode: string, year: number, month: number) {
  return monthOfYear(year, month, isEntityCode(entityCode) ? getEntity(entityCode).shortName : entityCode);
}

/**
 * The monthly cycle: a focal point submits its entity's month; the coordination approves it
 * (locking its executions) or returns it with a comment, and may reopen an approved month.
 */
export class CycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private events: CycleEvents = NO_CYCLE_EVENTS,
  ) {}

  /** Set once at start-up (the notices need the cycle's months, the cycle their hook). */
  setEvents(events: CycleEvents): void {
    this.events = events;
  }

  /** The grid of entity × month within the scope: a focal point sees only its entity's row. */
  async grid(principal: Principal, year: number): Promise<MonthCell[]> {
    assertYear(year);
    const all = (await this.dataSource.getRepository(PartnerEntityRow).find({ select: { code: true } })).map((e) => e.code);
    const entities = entitiesReached(principal.scope, [...ENTITY_CODES, ...all.filter((c) => !(ENTITY_CODES as readonly string[]).includes(c)).sort()]);
    if (entities.length === 0) return [];
    const [rows, responsible]: [MonthlySubmissionRow[], { entity_code: string }[]] = await Promise.all([
      this.dataSource.getRepository(MonthlySubmissionRow).find({ where: { year } }),
      this.dataSource.query(
        `SELECT DISTINCT u.entity_code AS entity_code FROM activities a
           INNER JOIN activity_units au ON au.activity_id = a.id INNER JOIN units u ON u.code = au.unit_code
          WHERE a.plan_year = ?`,
        [year],
      ),
    ]);
    const withActivities = new Set(responsible.map((r) => r.entity_code));
    const byKey = new Map(rows.map((r) => [`${r.entityCode}|${r.month}`, r]));
    return entities.flatMap((entityCode) =>
      Array.from({ length: 12 }, (_, i) => {
        const row = byKey.get(`${entityCode}|${i + 1}`) ?? null;
        return { entityCode, year, month: (i + 1) as Month, status: row?.status ?? 'DRAFT', row, hasActivities: withActivities.has(entityCode) };
      }),
    );
  }

  /**
   * The month status (only the status: no comment, no names) of every entity responsible for an
   * activity the principal reaches: a joint activity's focal point sees her partner's months,
   * since an approved month of either entity locks the activity's executions of that month.
   * An activity out of the scope gives nothing.
   */
  async activityMonths(principal: Principal, activity: ActivityRow): Promise<{ entityCode: string; month: Month; status: SubmissionStatus }[]> {
    const entities = [...new Set(activity.units.map((u) => u.entityCode))].sort();
    if (entities.length === 0 || !principal.reaches(entities, activity.plan.status)) return [];
    const rows = await this.dataSource
      .getRepository(MonthlySubmissionRow)
      .createQueryBuilder('s')
      .select(['s.entityCode', 's.month', 's.status'])
      .where('s.year = :year AND s.entityCode IN (:...entities)', { year: activity.planYear, entities })
      .getMany();
    const byKey = new Map(rows.map((r) => [`${r.entityCode}|${r.month}`, r.status]));
    return entities.flatMap((entityCode) =>
      Array.from({ length: 12 }, (_, i) => ({ entityCode, month: (i + 1) as Month, status: byKey.get(`${entityCode}|${i + 1}`) ?? 'DRAFT' })),
    );
  }

  /**
   * A focal point sends its entity's month, once the month has begun (in Lima). `freeze` runs in
   * the sending's transaction with the new version number (the narrative is kept under it).
   */
  async submit(principal: Principal, year: number, month: number, hooks: { freeze?: WithinStep } = {}): Promise<MonthlySubmissionRow> {
    principal.assert(CYCLE_STEPS.submit.action);
    const entityCode = principal.entityCode;
    if (!entityCode) throw forbiddenError('Su cuenta no está vinculada a una entidad.');
    if (isMonth(month) && !monthStarted(year, month, limaDate(new Date()))) throw inputError(monthNotStartedMessage(label(entityCode, year, month)));
    return this.transition(principal, 'submit', entityCode, year, month, null, { within: hooks.freeze });
  }

  async approve(principal: Principal, entityCode: string, year: number, month: number): Promise<MonthlySubmissionRow> {
    return this.review(principal, 'approve', entityCode, year, month, null);
  }

  /**
   * Returns a sent month with a comment on the whole month and/or comments per activity (at
   * least one); `addComments` keeps them, in the step's transaction, under the sent version.
   */
  async returnMonth(
    principal: Principal,
    entityCode: string,
    year: number,
    month: number,
    comment: string | null,
    activityComments: readonly { activityCode: string; comment: string }[] = [],
    addComments?: WithinStep,
  ): Promise<MonthlySubmissionRow> {
    return this.review(principal, 'return', entityCode, year, month, comment, { activityComments, within: addComments });
  }

  async reopen(principal: Principal, entityCode: string, year: number, month: number, comment: string): Promise<MonthlySubmissionRow> {
    return this.review(principal, 'reopen', entityCode, year, month, comment);
  }

  private async review(
    principal: Principal,
    step: Exclude<CycleStep, 'submit'>,
    entityCode: string,
    year: number,
    month: number,
    comment: string | null,
    extra: StepExtra = {},
  ) {
    principal.assert(CYCLE_STEPS[step].action);
    const required = CYCLE_STEPS[step].commentRequired;
    if (required && !comment?.trim() && (extra.activityComments ?? []).length === 0) throw inputError(required);
    return this.transition(principal, step, entityCode, year, month, comment?.trim() || null, extra);
  }

  /** Inside a transaction: the month's row, locked exclusively (created if missing beforehand by ensureMonths). */
  async lockMonth(manager: EntityManager, entityCode: string, year: number, month: number): Promise<MonthlySubmissionRow> {
    const [row] = await this.lockRows(manager, [{ entityCode, year, month }], 'pessimistic_write');
    if (!row) throw conflictError(`El reporte de ${label(entityCode, year, month)} cambió mientras tanto. Recargue la página.`, 'STATUS_CHANGED');
    return row;
  }

  /**
   * Makes sure the month rows a write will lock exist, in their own statement outside any
   * transaction (a row created inside one would be locked by gap locks instead, which deadlock).
   */
  async ensureActivityMonths(activityId: number, dates: readonly string[]): Promise<void> {
    await this.ensureMonths(await activityEntities(this.dataSource.manager, activityId), dates);
  }

  async ensureMonths(entities: readonly string[], dates: readonly string[]): Promise<void> {
    const keys = monthKeys(entities, dates);
    if (keys.length === 0) return;
    const values = keys.map(() => "(?, ?, ?, 'DRAFT')").join(', ');
    const params = keys.flatMap((k) => [k.entityCode, k.year, k.month]);
    const sqlite = this.dataSource.options.type === 'better-sqlite3';
    await this.dataSource.query(
      `INSERT INTO monthly_submissions (entity_code, year, month, status) VALUES ${values} ${sqlite ? 'ON CONFLICT DO NOTHING' : 'ON DUPLICATE KEY UPDATE id = id'}`,
      params,
    );
  }

  /**
   * Inside a write's transaction and before it writes: locks the months of `dates` for every
   * entity responsible for the activity (a joint activity's month belongs to both) and refuses the
   * write if any is approved. Writers share the lock; an approval takes it exclusively, so a
   * write either commits before the approval reads the month, or sees it approved. SQLite has a
   * single writer, which gives the same order.
   */
  async lockOpenMonths(manager: EntityManager, activityId: number, dates: readonly string[]): Promise<void> {
    await this.lockOpenPlan(manager, { activityId });
    const entities = await activityEntities(manager, activityId);
    const keys = monthKeys(entities, dates);
    if (keys.length === 0) return;
    const rows = await this.lockRows(manager, keys, 'pessimistic_read');
    if (rows.length < keys.length) {
      // A month created since the caller ensured its rows (a date changed meanwhile): rare; create it here.
      await this.ensureMonths(entities, dates);
      rows.splice(0, rows.length, ...(await this.lockRows(manager, keys, 'pessimistic_read')));
    }
    const locked = rows.find((s) => s.status === 'APPROVED');
    if (locked) {
      throw conflictError(monthLockedMessage(label(locked.entityCode, locked.year, locked.month)), 'MONTH_LOCKED');
    }
  }

  /**
   * Refuses writes unless the plan-year is in force. Inside a transaction it holds the plan's row
   * shared until the end: closing a year (which takes it exclusively) waits for writes under way.
   */
  async lockOpenPlan(manager: EntityManager, of: { activityId: number } | { year: number }): Promise<void> {
    const query = manager.getRepository(PlanRow).createQueryBuilder('plan');
    if ('year' in of) query.where('plan.year = :year', { year: of.year });
    else query.where('plan.year = (SELECT a.plan_year FROM activities a WHERE a.id = :activityId)', { activityId: of.activityId });
    if (manager.queryRunner?.isTransactionActive && manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_read');
    const plan = await query.getOne();
    if (!plan) throw inputError('No hay plan de trabajo para ese año.');
    const refusal = planWriteRefusal(plan.year, plan.status);
    if (refusal) throw conflictError(refusal, 'PLAN_NOT_OPEN');
  }

  /** The month rows, locked in one fixed order (entity, year, month) so that two writers never deadlock. */
  private lockRows(manager: EntityManager, keys: readonly MonthKey[], mode: 'pessimistic_read' | 'pessimistic_write'): Promise<MonthlySubmissionRow[]> {
    const query = manager
      .getRepository(MonthlySubmissionRow)
      .createQueryBuilder('s')
      .where(
        new Brackets((q) => {
          keys.forEach((k, i) =>
            q.orWhere(`(s.entityCode = :e${i} AND s.year = :y${i} AND s.month = :m${i})`, { [`e${i}`]: k.entityCode, [`y${i}`]: k.year, [`m${i}`]: k.month }),
          );
        }),
      )
      .orderBy('s.entityCode', 'ASC')
      .addOrderBy('s.year', 'ASC')
      .addOrderBy('s.month', 'ASC');
    if (manager.connection.options.type !== 'better-sqlite3') query.setLock(mode);
    return query.getMany();
  }

  /** Moves a month along one step of the cycle (@gj/domain's CYCLE_STEPS), under an exclusive lock. */
  private async transition(
    principal: SignedIn,
    step: CycleStep,
    entityCode: string,
    year: number,
    month: number,
    comment: string | null,
    extra: StepExtra = {},
  ): Promise<MonthlySubmissionRow> {
    const to = CYCLE_STEPS[step].to;
    if (!isMonth(month)) throw inputError('El mes debe estar entre 1 y 12.');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw inputError('El año no es válido.');
    const entity = await this.dataSource.getRepository(PartnerEntityRow).findOne({ where: { code: entityCode } });
    if (!entity) throw inputError(`La entidad ${entityCode} no existe.`);
    await this.ensureMonths([entityCode], [`${year}-${String(month).padStart(2, '0')}-01`]);
    let afterCommit = () => {};
    const saved = await this.dataSource.transaction(async (manager) => {
      await this.lockOpenPlan(manager, { year });
      const repository = manager.getRepository(MonthlySubmissionRow);
      // Exclusive: waits for writes holding the month (see lockOpenMonths), then reads its latest state.
      const [existing] = await this.lockRows(manager, [{ entityCode, year, month }], 'pessimistic_write');
      const current = existing?.status ?? 'DRAFT';
      if (!canTakeStep(step, current)) throw conflictError(stepRefusal(step, current, label(entityCode, year, month)), 'STATUS_CHANGED');
      const now = new Date();
      // Each sending is a new version; reviews concern the version last sent.
      const version = (existing?.version ?? 0) + (step === 'submit' ? 1 : 0);
      await extra.within?.(manager, version);
      const values: Partial<MonthlySubmissionRow> =
        to === 'SUBMITTED'
          ? { status: to, submittedBy: principal.viewer.email, submittedAt: now, comment: existing?.comment ?? null, version }
          : { status: to, reviewedBy: principal.viewer.email, reviewedAt: now, comment: comment ?? existing?.comment ?? null };
      let saved: MonthlySubmissionRow;
      if (existing) {
        // The status in the WHERE clause makes two simultaneous reviews impossible.
        const result = await repository.update({ id: existing.id, status: current }, values);
        if (!result.affected)
          throw conflictError(`El reporte de ${label(entityCode, year, month)} cambió mientras tanto. Recargue la página.`, 'STATUS_CHANGED');
        saved = await repository.findOneOrFail({ where: { id: existing.id } });
      } else {
        saved = await repository.save(repository.create({ entityCode, year, month, ...values } as MonthlySubmissionRow));
      }
      await this.audit.record(manager, principal.actor, {
        action: `month.${step}`,
        targetType: 'month',
        targetId: `${entityCode}-${year}-${String(month).padStart(2, '0')}`,
        planYear: year,
        subjectEntities: [entityCode],
        before: { status: current },
        after: { status: to, comment: saved.comment, version, ...(extra.activityComments?.length ? { activityComments: extra.activityComments } : {}) },
      });
      afterCommit = await this.events.record(manager, {
        step,
        entityCode,
        year,
        month,
        actor: principal.actor,
        comment,
        activityComments: extra.activityComments ?? [],
        version,
      });
      return saved;
    });
    afterCommit();
    return saved;
  }
}
