import {
  canTakeStep,
  cleanNarrative,
  daysInMonth,
  isMonth,
  narrativeProblems,
  plannedMonthsOf,
  REVIEW_COMMENT_MAX_LENGTH,
  stepRefusal,
  type MonthActivity,
  type Narrative,
} from '@gj/domain';
import type { DataSource, EntityManager } from 'typeorm';
import type { ActivityRow } from '../activity/activity.entity.js';
import type { ActivityService } from '../activity/activity.service.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { conflictError, forbiddenError, inputError, problemsError } from '../common/errors.js';
import type { ExecutionRow } from '../execution/execution.entity.js';
import type { ExecutionService } from '../execution/execution.service.js';
import { PartnerEntityRow } from '../partner/partner-entity.entity.js';
import { PlanRow } from '../plan/plan.entity.js';
import type { ProgressService } from '../progress/progress.service.js';
import { label, type CycleService } from './cycle.service.js';
import { MonthNarrativeRow } from './month-narrative.entity.js';
import { MonthReviewCommentRow } from './month-review-comment.entity.js';
import { MonthlySubmissionRow } from './monthly-submission.entity.js';

export interface NarrativeEntry extends Partial<Narrative> {
  activityCode: string;
}

/** An activity the month's report speaks of, with its executions of the month. */
export interface MonthActivityRow {
  activity: ActivityRow;
  planned: boolean;
  executions: ExecutionRow[];
}

export interface MonthReport {
  entityCode: string;
  entityName: string;
  year: number;
  month: number;
  submission: MonthlySubmissionRow | null;
  activities: MonthActivityRow[];
  /** Every narrative row of the month (draft = version 0, then each sent version). */
  narratives: MonthNarrativeRow[];
  comments: MonthReviewCommentRow[];
  /** Whether the viewer may write the draft and send the month now. */
  editable: boolean;
}

const asMonthActivity = (row: MonthActivityRow): MonthActivity => ({ code: row.activity.code, planned: row.planned, executions: row.executions.length });

/**
 * The content of an entity's monthly report: the activities it speaks of (planned that month, or
 * executed in it), their executions, the narrative (a draft while the focal point writes, then one
 * copy per sending) and the coordination's comments. Reads go through the principal's scope: a
 * month of an entity she does not reach does not exist for her.
 */
export class MonthReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly activities: ActivityService,
    private readonly progress: ProgressService,
    private readonly executions: ExecutionService,
    private readonly cycle: CycleService,
    private readonly audit: AuditService,
  ) {}

  /** The month's activities of an entity, as the principal sees them (schedule as reprogrammed by the month's end). */
  async monthActivities(principal: Principal, entityCode: string, year: number, month: number): Promise<MonthActivityRow[]> {
    if (!isMonth(month)) throw inputError('El mes debe estar entre 1 y 12.');
    const listed = (await this.activities.list(principal, year)).filter((a) => a.units.some((u) => u.entityCode === entityCode));
    if (listed.length === 0) return [];
    const inForce = await this.progress.inForce(listed, { year, month, day: daysInMonth(year, month) });
    const executions = await this.executions.listInMonth(
      principal,
      inForce.map((a) => a.id),
      year,
      month,
    );
    return inForce
      .map((activity) => ({
        activity,
        planned: plannedMonthsOf(activity.schedule).includes(month),
        executions: executions.filter((e) => e.activityId === activity.id),
      }))
      .filter((row) => row.planned || row.executions.length > 0);
  }

  async get(principal: Principal, entityCode: string, year: number, month: number): Promise<MonthReport | null> {
    if (!isMonth(month) || !Number.isInteger(year)) return null;
    const code = entityCode.toUpperCase();
    const entity = await this.dataSource.getRepository(PartnerEntityRow).findOne({ where: { code } });
    const [plan] = await this.dataSource.getRepository(PlanRow).find({ select: { status: true }, where: { year } });
    // A draft year, like another entity's month, does not exist for whoever may not see it.
    if (!entity || !plan || !principal.reaches([code], plan.status)) return null;
    const [activities, submission, narratives, comments] = await Promise.all([
      this.monthActivities(principal, code, year, month),
      this.dataSource.getRepository(MonthlySubmissionRow).findOne({ where: { entityCode: code, year, month } }),
      this.dataSource.getRepository(MonthNarrativeRow).find({ where: { entityCode: code, year, month }, order: { version: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(MonthReviewCommentRow).find({ where: { entityCode: code, year, month }, order: { id: 'ASC' } }),
    ]);
    const status = submission?.status ?? 'DRAFT';
    const editable = principal.can('month:submit') && principal.entityCode === code && canTakeStep('submit', status);
    return { entityCode: code, entityName: entity.name, year, month, submission, activities, narratives, comments, editable };
  }

  /** Keeps what the focal point has written so far (version 0); only while the month may be sent. */
  async saveDraft(principal: Principal, year: number, month: number, entries: readonly NarrativeEntry[]): Promise<void> {
    principal.assert('month:submit');
    const entityCode = principal.entityCode;
    if (!entityCode) throw forbiddenError('Su cuenta no está vinculada a una entidad.');
    const rows = await this.monthActivities(principal, entityCode, year, month);
    const problems = narrativeProblems(rows.map(asMonthActivity), entries, { draft: true });
    if (problems.length > 0) throw problemsError(`El informe de ${label(entityCode, year, month)} tiene observaciones.`, problems);
    const ids = new Map(rows.map((r) => [r.activity.code, r.activity.id]));
    await this.cycle.ensureMonths([entityCode], [`${year}-${String(month).padStart(2, '0')}-01`]);
    await this.dataSource.transaction(async (manager) => {
      // The month's row, exclusively: a draft is never written while the month is being sent or reviewed.
      const submission = await this.cycle.lockMonth(manager, entityCode, year, month);
      if (!canTakeStep('submit', submission.status)) {
        throw conflictError(
          `El reporte de ${label(entityCode, year, month)} ya fue enviado: su informe solo se puede cambiar si la coordinación lo devuelve o reabre.`,
          'STATUS_CHANGED',
        );
      }
      const repository = manager.getRepository(MonthNarrativeRow);
      const existing = await repository.find({ where: { entityCode, year, month, version: 0 } });
      const now = new Date();
      const changes: { activityCode: string; before: Narrative | null; after: Narrative }[] = [];
      for (const entry of entries) {
        const activityId = ids.get(entry.activityCode)!;
        const text = cleanNarrative(entry);
        const current = existing.find((r) => r.activityId === activityId);
        const before = current ? cleanNarrative(current) : null;
        if (before && JSON.stringify(before) === JSON.stringify(text)) continue;
        if (current) await repository.update({ id: current.id }, { ...text, updatedBy: principal.viewer.email, updatedAt: now });
        else await repository.insert({ entityCode, year, month, version: 0, activityId, ...text, updatedBy: principal.viewer.email, updatedAt: now });
        changes.push({ activityCode: entry.activityCode, before, after: text });
      }
      if (changes.length === 0) return;
      await this.audit.record(manager, principal.actor, {
        action: 'month.narrative',
        targetType: 'month',
        targetId: `${entityCode}-${year}-${String(month).padStart(2, '0')}`,
        planYear: year,
        subjectEntities: [entityCode],
        before: Object.fromEntries(changes.map((c) => [c.activityCode, c.before])),
        after: Object.fromEntries(changes.map((c) => [c.activityCode, c.after])),
      });
    });
  }

  /** Sends the month: the draft (with `entries` saved first, if given) must say what each activity requires. */
  async submit(principal: Principal, year: number, month: number, entries: readonly NarrativeEntry[] | null): Promise<MonthlySubmissionRow> {
    principal.assert('month:submit');
    const entityCode = principal.entityCode;
    if (!entityCode) throw forbiddenError('Su cuenta no está vinculada a una entidad.');
    // A month already sent or approved is refused as such, before its draft would be.
    const current = (await this.dataSource.getRepository(MonthlySubmissionRow).findOne({ where: { entityCode, year, month } }))?.status ?? 'DRAFT';
    if (!canTakeStep('submit', current)) throw conflictError(stepRefusal('submit', current, label(entityCode, year, month)), 'STATUS_CHANGED');
    if (entries && entries.length > 0) await this.saveDraft(principal, year, month, entries);
    const activities = isMonth(month) ? await this.monthActivities(principal, entityCode, year, month) : [];
    return this.cycle.submit(principal, year, month, {
      freeze: (manager, version) => this.freeze(manager, principal, entityCode, year, month, version, activities),
    });
  }

  /** Returns the month with a comment on the whole month and/or on activities of it. */
  async return(
    principal: Principal,
    entityCode: string,
    year: number,
    month: number,
    comment: string | null,
    activityComments: readonly { activityCode: string; comment: string }[],
  ): Promise<MonthlySubmissionRow> {
    principal.assert('month:review');
    const code = entityCode.toUpperCase();
    const given = activityComments.map((c) => ({ activityCode: c.activityCode, comment: c.comment.trim() })).filter((c) => c.comment);
    const rows = given.length > 0 ? await this.monthActivities(principal, code, year, month) : [];
    const ids = new Map(rows.map((r) => [r.activity.code, r.activity.id]));
    const unknown = given.filter((c) => !ids.has(c.activityCode)).map((c) => c.activityCode);
    if (unknown.length > 0) throw inputError(`Las actividades ${unknown.join(', ')} no forman parte del reporte de ${label(code, year, month)}.`);
    const over = [
      ...(comment && comment.trim().length > REVIEW_COMMENT_MAX_LENGTH ? ['del mes'] : []),
      ...given.filter((c) => c.comment.length > REVIEW_COMMENT_MAX_LENGTH).map((c) => `de la actividad ${c.activityCode}`),
    ];
    if (over.length > 0) throw inputError(`El comentario ${over.join(', ')} supera los ${REVIEW_COMMENT_MAX_LENGTH} caracteres.`);
    return this.cycle.returnMonth(principal, code, year, month, comment, given, async (manager, version) => {
      const now = new Date();
      const repository = manager.getRepository(MonthReviewCommentRow);
      const all = [
        ...(comment?.trim() ? [{ activityId: null, comment: comment.trim() }] : []),
        ...given.map((c) => ({ activityId: ids.get(c.activityCode)!, comment: c.comment })),
      ];
      for (const c of all) await repository.insert({ entityCode: code, year, month, version, ...c, author: principal.viewer!.email, createdAt: now });
    });
  }

  /**
   * Inside the sending's transaction, with the month locked: checks the draft against what each
   * activity requires and keeps it as the sent version.
   */
  private async freeze(
    manager: EntityManager,
    principal: Principal,
    entityCode: string,
    year: number,
    month: number,
    version: number,
    activities: readonly MonthActivityRow[],
  ): Promise<void> {
    const repository = manager.getRepository(MonthNarrativeRow);
    const draft = await repository.find({ where: { entityCode, year, month, version: 0 } });
    const byId = new Map(activities.map((r) => [r.activity.id, r.activity.code]));
    const entries = draft.filter((r) => byId.has(r.activityId)).map((r) => ({ activityCode: byId.get(r.activityId)!, ...cleanNarrative(r) }));
    const problems = narrativeProblems(activities.map(asMonthActivity), entries);
    if (problems.length > 0) throw problemsError(`Complete el informe de ${label(entityCode, year, month)} antes de enviarlo.`, problems);
    const now = new Date();
    const sent = draft.filter((r) => byId.has(r.activityId));
    if (sent.length > 0) {
      await repository.insert(
        sent.map((r) => ({
          entityCode,
          year,
          month,
          version,
          activityId: r.activityId,
          ...cleanNarrative(r),
          updatedBy: principal.viewer!.email,
          updatedAt: now,
        })),
      );
    }
  }
}
