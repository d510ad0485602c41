import {
  ENTITY_CODES,
  MONTH_LABELS,
  SUBMISSION_STATUS_LABELS,
  SUBMISSION_TRANSITIONS,
  getEntity,
  isEntityCode,
  isMonth,
  type Month,
  type SubmissionStatus,
} from '@gj/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { activityEntities } from '../activity/activity.service.js';
import { actorOf, type AuditService } from '../audit/audit.service.js';
import { assertCan } from '../auth/permissions.js';
import type { Scope, Viewer } from '../auth/viewer.js';
import { conflictError, forbiddenError, inputError } from '../common/errors.js';
import { PartnerEntityRow } from '../entity/partner-entity.entity.js';
import { MonthlySubmissionRow } from './monthly-submission.entity.js';

export interface MonthCell {
  entityCode: string;
  year: number;
  month: Month;
  status: SubmissionStatus;
  row: MonthlySubmissionRow | null;
}

function label(entityCode: string, year: number, month: number) {
  const entity = isEntityCode(entityCode) ? getEntity(entityCode).shortName : entityCode;
  return `${MONTH_LABELS[month as Month]} de ${year} de ${entity}`;
}

/**
 * The monthly cycle: a focal point submits its entity's month; the coordination approves it
 * (locking its executions) or returns it with a comment, and may reopen an approved month.
 */
export class CycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The grid of entity × month within the scope: a focal point sees only its entity's row. */
  async grid(scope: Scope, year: number): Promise<MonthCell[]> {
    const entities: string[] = scope.kind === 'ALL' ? [...ENTITY_CODES] : scope.kind === 'ENTITY' ? [scope.entityCode] : [];
    if (entities.length === 0) return [];
    const rows = await this.dataSource.getRepository(MonthlySubmissionRow).find({ where: { year } });
    const byKey = new Map(rows.map((r) => [`${r.entityCode}|${r.month}`, r]));
    return entities.flatMap((entityCode) =>
      Array.from({ length: 12 }, (_, i) => {
        const row = byKey.get(`${entityCode}|${i + 1}`) ?? null;
        return { entityCode, year, month: (i + 1) as Month, status: row?.status ?? 'DRAFT', row };
      }),
    );
  }

  async submit(viewer: Viewer | null, year: number, month: number): Promise<MonthlySubmissionRow> {
    assertCan(viewer, 'month:submit');
    const entityCode = viewer.entityCode;
    if (!entityCode) throw forbiddenError('Su cuenta no está vinculada a una entidad.');
    return this.transition(viewer, entityCode, year, month, SUBMISSION_TRANSITIONS.submit, 'SUBMITTED', 'month.submit', null);
  }

  async approve(viewer: Viewer | null, entityCode: string, year: number, month: number): Promise<MonthlySubmissionRow> {
    assertCan(viewer, 'month:review');
    return this.transition(viewer, entityCode, year, month, SUBMISSION_TRANSITIONS.approve, 'APPROVED', 'month.approve', null);
  }

  async return(viewer: Viewer | null, entityCode: string, year: number, month: number, comment: string): Promise<MonthlySubmissionRow> {
    assertCan(viewer, 'month:review');
    if (!comment.trim()) throw inputError('Indique un comentario para devolver el reporte.');
    return this.transition(viewer, entityCode, year, month, SUBMISSION_TRANSITIONS.return, 'RETURNED', 'month.return', comment.trim());
  }

  async reopen(viewer: Viewer | null, entityCode: string, year: number, month: number, comment: string): Promise<MonthlySubmissionRow> {
    assertCan(viewer, 'month:review');
    if (!comment.trim()) throw inputError('Indique por qué se reabre el mes.');
    return this.transition(viewer, entityCode, year, month, SUBMISSION_TRANSITIONS.reopen, 'RETURNED', 'month.reopen', comment.trim());
  }

  /**
   * Refuses a change to executions of an activity in months that are approved for any entity
   * responsible for it (a joint activity's month belongs to both).
   */
  async assertOpen(manager: EntityManager, activityId: number, dates: readonly string[]): Promise<void> {
    const months = [...new Set(dates.map((d) => `${Number(d.slice(0, 4))}|${Number(d.slice(5, 7))}`))];
    if (months.length === 0) return;
    const entities = await activityEntities(manager, activityId);
    if (entities.length === 0) return;
    const approved = await manager
      .getRepository(MonthlySubmissionRow)
      .createQueryBuilder('s')
      .where('s.entityCode IN (:...entities)', { entities })
      .andWhere("s.status = 'APPROVED'")
      .getMany();
    const locked = approved.find((s) => months.includes(`${s.year}|${s.month}`));
    if (locked) {
      throw conflictError(
        `El reporte de ${label(locked.entityCode, locked.year, locked.month)} está aprobado: sus ejecuciones no se pueden modificar. Solicite a la coordinación que reabra el mes.`,
        'MONTH_LOCKED',
      );
    }
  }

  private async transition(
    viewer: Viewer,
    entityCode: string,
    year: number,
    month: number,
    from: readonly SubmissionStatus[],
    to: SubmissionStatus,
    action: string,
    comment: string | null,
  ): Promise<MonthlySubmissionRow> {
    if (!isMonth(month)) throw inputError('El mes debe estar entre 1 y 12.');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw inputError('El año no es válido.');
    return this.dataSource.transaction(async (manager) => {
      const entity = await manager.getRepository(PartnerEntityRow).findOne({ where: { code: entityCode } });
      if (!entity) throw inputError(`La entidad ${entityCode} no existe.`);
      const repository = manager.getRepository(MonthlySubmissionRow);
      const existing = await repository.findOne({ where: { entityCode, year, month } });
      const current = existing?.status ?? 'DRAFT';
      if (!from.includes(current)) throw conflictError(transitionError(current, to, label(entityCode, year, month)), 'STATUS_CHANGED');
      const now = new Date();
      const values: Partial<MonthlySubmissionRow> =
        to === 'SUBMITTED'
          ? { status: to, submittedBy: viewer.email, submittedAt: now, comment: existing?.comment ?? null }
          : { status: to, reviewedBy: viewer.email, reviewedAt: now, comment: comment ?? existing?.comment ?? null };
      let saved: MonthlySubmissionRow;
      if (existing) {
        // The status in the WHERE clause makes two simultaneous reviews impossible.
        const result = await repository.update({ id: existing.id, status: current }, values);
        if (!result.affected) throw conflictError(`El reporte de ${label(entityCode, year, month)} cambió mientras tanto. Recargue la página.`, 'STATUS_CHANGED');
        saved = await repository.findOneOrFail({ where: { id: existing.id } });
      } else {
        saved = await repository.save(repository.create({ entityCode, year, month, ...values } as MonthlySubmissionRow));
      }
      await this.audit.record(manager, actorOf(viewer), {
        action,
        targetType: 'month',
        targetId: `${entityCode}-${year}-${String(month).padStart(2, '0')}`,
        planYear: year,
        subjectEntities: [entityCode],
        before: { status: current },
        after: { status: to, comment: saved.comment },
      });
      return saved;
    });
  }
}

function transitionError(current: SubmissionStatus, to: SubmissionStatus, what: string): string {
  const verbs: Record<SubmissionStatus, string> = { DRAFT: 'dejar sin enviar', SUBMITTED: 'enviar', APPROVED: 'aprobar', RETURNED: to === 'RETURNED' && current === 'APPROVED' ? 'reabrir' : 'devolver' };
  return `No se puede ${verbs[to]} el reporte de ${what}: está ${SUBMISSION_STATUS_LABELS[current].toLowerCase()}.`;
}
