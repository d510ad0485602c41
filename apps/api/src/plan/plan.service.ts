import {
  PLAN_STATUS_LABELS,
  checkReprogramming,
  describeReprogramming,
  limaDate,
  parsePlanDocument,
  planEditRefusal,
  publishProblems,
  seesPlan,
  type ActivityDocument,
  type PlanDocument,
  type PlanStatus,
  type ProgrammingSnapshot,
} from '@gj/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { ActivityRow } from '../activity/activity.entity.js';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal, SignedIn } from '../auth/principal.js';
import { assertYear } from '../common/dates.js';
import { conflictError, inputError, notFoundError, problemsError } from '../common/errors.js';
import { decodeUpload, readingUpload } from '../common/upload.js';
import { UnitRow } from '../partner/unit.entity.js';
import { ObjectiveRow } from './objective.entity.js';
import { PlanRow } from './plan.entity.js';
import { activityDocumentOf, readPlanDocument, syncUnits, emptySummary, writePlanDocument } from './plan-store.js';
import { ReprogrammingRow } from './reprogramming.entity.js';
import { readPlanWorkbook, type PlanSheetError } from './plan-sheet.js';

const PLAN_NOT_FOUND = (year: number) => `No hay plan de trabajo ${year}.`;

/**
 * Plan-years: reading them (a draft only for those who manage plans, as if it did not exist for
 * anyone else) and their lifecycle, coordination only and audited: create (empty or copied),
 * edit while a draft, publish when complete, reprogram while in force, close.
 */
export class PlanService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async years(principal: Principal): Promise<PlanRow[]> {
    const plans = await this.dataSource.getRepository(PlanRow).find({ order: { year: 'ASC' } });
    return plans.filter((p) => seesPlan(principal.viewer, p.status));
  }

  async find(principal: Principal, year: number): Promise<{ plan: PlanRow; objectives: ObjectiveRow[] } | null> {
    const plan = await this.dataSource.getRepository(PlanRow).findOne({ where: { year: assertYear(year) } });
    if (!plan || !seesPlan(principal.viewer, plan.status)) return null;
    const objectives = await this.dataSource.getRepository(ObjectiveRow).find({ where: { planYear: year }, order: { code: 'ASC' } });
    return { plan, objectives };
  }

  /**
   * The year shown when none is asked for: this year (in Lima) if its plan is in force, otherwise
   * the latest plan in force, otherwise the latest the principal sees.
   */
  async defaultYear(principal: Principal, today = limaDate(new Date())): Promise<number> {
    const plans = await this.years(principal);
    const inForce = plans.filter((p) => p.status === 'IN_FORCE');
    if (inForce.some((p) => p.year === today.year)) return today.year;
    return inForce.at(-1)?.year ?? plans.at(-1)?.year ?? today.year;
  }

  /** The whole plan as a document (export, copy, editor); drafts only for those who manage plans. */
  async document(principal: Principal, year: number): Promise<PlanDocument | null> {
    if (!(await this.find(principal, year))) return null;
    return readPlanDocument(this.dataSource.manager, year);
  }

  async create(principal: Principal, year: number, copyFrom: number | null): Promise<PlanRow> {
    principal.assert('plan:manage');
    assertYear(year);
    return this.dataSource.transaction(async (manager) => {
      if (await manager.getRepository(PlanRow).findOne({ where: { year } })) throw conflictError(`Ya existe el plan ${year}.`, 'STATUS_CHANGED');
      let document: PlanDocument;
      if (copyFrom !== null) {
        const source = await readPlanDocument(manager, assertYear(copyFrom));
        if (!source) throw notFoundError(PLAN_NOT_FOUND(copyFrom));
        // The copy takes each activity as it stands now (reprogrammings included).
        document = { ...source, year, title: source.title.replaceAll(String(copyFrom), String(year)) };
      } else {
        document = {
          year,
          title: `Plan de Trabajo ${year} de la Estrategia Gobernando Juntas`,
          legalBasis: '',
          generalObjective: '',
          objectives: [],
          activities: [],
          footnotes: [],
        };
      }
      await writePlanDocument(manager, document, 'DRAFT');
      await this.audit.record(manager, principal.actor, { action: 'plan.create', targetType: 'plan', targetId: year, planYear: year, after: { copyFrom } });
      return manager.getRepository(PlanRow).findOneOrFail({ where: { year } });
    });
  }

  /** Replaces a draft's whole document (the editor's header, objectives and footnotes; an import). */
  async saveDocument(principal: Principal, year: number, input: unknown, action = 'plan.update'): Promise<PlanRow> {
    principal.assert('plan:manage');
    return this.editDraft(principal, year, action, () => {
      const parsed = parsePlanDocument({ ...(input as object), year });
      if (!parsed.ok) throw problemsError(`El plan ${year} tiene datos no válidos.`, parsed.problems);
      return parsed.plan;
    });
  }

  /**
   * Imports a plan from its spreadsheet as the year's draft (created if missing, replaced if a
   * draft): all or nothing, every failing row with its reason.
   */
  async importWorkbook(
    principal: Principal,
    year: number,
    fileName: string,
    contentBase64: string,
  ): Promise<{ plan: PlanRow | null; errors: PlanSheetError[] }> {
    principal.assert('plan:manage');
    assertYear(year);
    const { format, content } = decodeUpload(fileName, contentBase64);
    if (format !== 'XLSX')
      throw inputError('El plan se importa desde su hoja de cálculo Excel (.xlsx), descargada de la plataforma o armada con el mismo formato.');
    const read = await readingUpload(() => readPlanWorkbook(content, year));
    if ('errors' in read) return { plan: null, errors: read.errors };
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.getRepository(PlanRow).findOne({ where: { year } });
      if (existing && existing.status !== 'DRAFT') return { plan: null, errors: [{ line: 0, message: planEditRefusal(year, existing.status)! }] };
      try {
        await assertReferences(manager, read.plan);
      } catch (error) {
        const problems = (error as { extensions?: { problems?: string[] } }).extensions?.problems;
        if (problems) return { plan: null, errors: problems.map((message) => ({ line: 0, message })) };
        throw error;
      }
      const before = existing ? await readPlanDocument(manager, year) : null;
      await writePlanDocument(manager, read.plan, 'DRAFT');
      await this.audit.record(manager, principal.actor, {
        action: 'plan.import',
        targetType: 'plan',
        targetId: year,
        planYear: year,
        before,
        after: { fileName, activities: read.plan.activities.length },
      });
      return { plan: await manager.getRepository(PlanRow).findOneOrFail({ where: { year } }), errors: [] };
    });
  }

  /** Adds an activity to a draft, or replaces the one with the same code. */
  async saveActivity(principal: Principal, year: number, activity: unknown): Promise<PlanRow> {
    principal.assert('plan:manage');
    return this.editDraft(principal, year, 'plan.activity.save', (current) => {
      const code = (activity as { code?: unknown } | null)?.code;
      const others = current.activities.filter((a) => a.code !== code);
      const position = current.activities.findIndex((a) => a.code === code);
      const activities = [...others] as unknown[];
      activities.splice(position === -1 ? others.length : position, 0, activity);
      const parsed = parsePlanDocument({ ...current, activities });
      if (!parsed.ok) throw problemsError('La actividad tiene datos no válidos.', parsed.problems);
      return { ...parsed.plan, activities: sortedActivities(parsed.plan.activities) };
    });
  }

  async deleteActivity(principal: Principal, year: number, code: string): Promise<PlanRow> {
    principal.assert('plan:manage');
    return this.editDraft(principal, year, 'plan.activity.delete', (current) => {
      if (!current.activities.some((a) => a.code === code)) throw notFoundError(`La actividad ${code} no existe en el plan ${year}.`);
      return { ...current, activities: current.activities.filter((a) => a.code !== code) };
    });
  }

  /**
   * Publishes a draft: refused while anything is incomplete or inconsistent, every problem listed
   * in `extensions.problems`, nothing changed.
   */
  async publish(principal: Principal, year: number): Promise<PlanRow> {
    principal.assert('plan:manage');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockPlan(manager, year);
      if (plan.status !== 'DRAFT') throw conflictError(`El plan ${year} ya está ${PLAN_STATUS_LABELS[plan.status].toLowerCase()}.`, 'STATUS_CHANGED');
      const document = (await readPlanDocument(manager, year))!;
      const problems = publishProblems(document, { unitCodes: await unitCodes(manager) });
      if (problems.length > 0)
        throw problemsError(
          `El plan ${year} no se puede publicar todavía: ${problems.length === 1 ? 'hay 1 problema' : `hay ${problems.length} problemas`}.`,
          problems,
        );
      return this.moveTo(manager, principal, year, 'DRAFT', 'IN_FORCE');
    });
  }

  /** Closes a plan in force: read-only from then on. Waits for writes under way (they hold the plan row shared). */
  async close(principal: Principal, year: number): Promise<PlanRow> {
    principal.assert('plan:manage');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockPlan(manager, year);
      if (plan.status !== 'IN_FORCE') {
        throw conflictError(
          plan.status === 'DRAFT' ? `El plan ${year} es un borrador: se cierra un plan publicado.` : `El plan ${year} ya está cerrado.`,
          'STATUS_CHANGED',
        );
      }
      return this.moveTo(manager, principal, year, 'IN_FORCE', 'CLOSED');
    });
  }

  /**
   * Reprograms an activity of a plan in force: the row takes the new programming, the change is
   * kept with what it replaced, its reason, document and effective date.
   */
  async reprogram(principal: Principal, year: number, code: string, input: unknown): Promise<ActivityRow> {
    principal.assert('plan:manage');
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockPlan(manager, year);
      if (plan.status !== 'IN_FORCE') {
        throw conflictError(
          plan.status === 'DRAFT' ? `El plan ${year} es un borrador: edite la actividad directamente.` : `El plan ${year} está cerrado: ya no admite cambios.`,
          'PLAN_NOT_OPEN',
        );
      }
      const activities = manager.getRepository(ActivityRow);
      const row = await activities.findOne({ where: { planYear: year, code }, relations: { objective: true, units: true } });
      if (!row) throw notFoundError(`La actividad ${code} no existe en el plan ${year}.`);
      const history = await manager.getRepository(ReprogrammingRow).find({ where: { activityId: row.id }, order: { effectiveDate: 'ASC', id: 'ASC' } });
      const current = snapshotOf(activityDocumentOf(row));
      const check = checkReprogramming(input, current, {
        year,
        unit: row.targetUnit,
        composition: row.rule.kind === 'COMPOSITION',
        knownUnits: await unitCodes(manager),
        latestEffectiveDate: history.at(-1)?.effectiveDate ?? null,
      });
      if (!check.ok) throw problemsError(`La reprogramación de la actividad ${code} no es válida.`, check.problems);
      const { after } = check;
      await activities.update({ id: row.id }, {
        targetValue: after.targetValue,
        schedule: after.schedule.map((m) => ({ candidates: [...m.candidates], reading: [...m.reading], ambiguous: m.candidates.length > 1, note: m.note })),
      } as Partial<ActivityRow>);
      await syncUnits(manager, row.id, after.unitCodes, emptySummary());
      await manager.getRepository(ReprogrammingRow).insert({
        activityId: row.id,
        effectiveDate: check.effectiveDate,
        reason: check.reason,
        document: check.document,
        before: current,
        after,
        createdBy: principal.viewer.email,
      });
      const entities = await unitEntities(manager, [...new Set([...current.unitCodes, ...after.unitCodes])]);
      await this.audit.record(manager, principal.actor, {
        action: 'plan.reprogram',
        targetType: 'activity',
        targetId: row.id,
        planYear: year,
        activityCode: code,
        subjectEntities: entities,
        before: current,
        after: { ...after, effectiveDate: check.effectiveDate, document: check.document, reason: check.reason, summary: describeReprogramming(current, after) },
      });
      return activities.findOneOrFail({ where: { id: row.id }, relations: { plan: true, objective: true, units: { entity: true } } });
    });
  }

  /** The status change itself, stamped and audited (the caller holds the plan row and has checked `from`). */
  private async moveTo(manager: EntityManager, principal: SignedIn, year: number, from: PlanStatus, to: 'IN_FORCE' | 'CLOSED'): Promise<PlanRow> {
    const now = new Date();
    await manager.getRepository(PlanRow).update({ year }, to === 'IN_FORCE' ? { status: to, publishedAt: now } : { status: to, closedAt: now });
    await this.audit.record(manager, principal.actor, {
      action: to === 'IN_FORCE' ? 'plan.publish' : 'plan.close',
      targetType: 'plan',
      targetId: year,
      planYear: year,
      before: { status: from },
      after: { status: to },
    });
    return manager.getRepository(PlanRow).findOneOrFail({ where: { year } });
  }

  private async editDraft(principal: SignedIn, year: number, action: string, change: (current: PlanDocument) => PlanDocument): Promise<PlanRow> {
    return this.dataSource.transaction(async (manager) => {
      const plan = await this.lockPlan(manager, year);
      const refusal = planEditRefusal(year, plan.status);
      if (refusal) throw conflictError(refusal, 'PLAN_NOT_OPEN');
      const before = (await readPlanDocument(manager, year))!;
      const after = change(before);
      await assertReferences(manager, after);
      await writePlanDocument(manager, after, 'DRAFT');
      await this.audit.record(manager, principal.actor, { action, targetType: 'plan', targetId: year, planYear: year, before, after });
      return manager.getRepository(PlanRow).findOneOrFail({ where: { year } });
    });
  }

  /** The plan row, held exclusively for the transaction (SQLite serialises transactions anyway). */
  private async lockPlan(manager: EntityManager, year: number): Promise<PlanRow & { status: PlanStatus }> {
    assertYear(year);
    const query = manager.getRepository(PlanRow).createQueryBuilder('plan').where('plan.year = :year', { year });
    if (manager.connection.options.type !== 'better-sqlite3') query.setLock('pessimistic_write');
    const plan = await query.getOne();
    if (!plan) throw notFoundError(PLAN_NOT_FOUND(year));
    return plan;
  }
}

function snapshotOf(activity: ActivityDocument): ProgrammingSnapshot {
  return { targetValue: activity.target.value, schedule: activity.schedule, unitCodes: [...activity.responsibleUnits].sort() };
}

/** Numeric code order: 1.2 before 1.10. */
function sortedActivities(activities: readonly ActivityDocument[]): ActivityDocument[] {
  const key = (code: string) => code.split('.').map(Number);
  return [...activities].sort((a, b) => {
    const [a1 = 0, a2 = 0] = key(a.code);
    const [b1 = 0, b2 = 0] = key(b.code);
    return a1 - b1 || a2 - b2;
  });
}

async function unitCodes(manager: EntityManager): Promise<Set<string>> {
  return new Set((await manager.getRepository(UnitRow).find({ select: { code: true } })).map((u) => u.code));
}

async function unitEntities(manager: EntityManager, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const units = await manager.getRepository(UnitRow).find({ select: { code: true, entityCode: true } });
  return [...new Set(units.filter((u) => codes.includes(u.code)).map((u) => u.entityCode))].sort();
}

/** What a draft may hold before it is complete: objectives and units it names must exist (they are keys in the database). */
async function assertReferences(manager: EntityManager, plan: PlanDocument): Promise<void> {
  const problems: string[] = [];
  const objectives = new Set(plan.objectives.map((o) => o.code));
  const units = await unitCodes(manager);
  const codes = new Set<string>();
  for (const a of plan.activities) {
    if (codes.has(a.code)) problems.push(`Actividad ${a.code}: el código está repetido.`);
    codes.add(a.code);
    if (!objectives.has(a.objective)) problems.push(`Actividad ${a.code}: el objetivo específico ${a.objective} no existe en el plan; agréguelo primero.`);
    for (const unit of a.responsibleUnits)
      if (!units.has(unit)) problems.push(`Actividad ${a.code}: la unidad responsable "${unit}" no existe en el catálogo de entidades.`);
  }
  if (objectives.size !== plan.objectives.length) problems.push('Hay objetivos específicos con el mismo código.');
  if (problems.length > 0) throw problemsError('El plan tiene referencias que no existen.', problems);
}
