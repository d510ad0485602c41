import type { ActivityDocument, PlanDocument, PlanStatus } from '@gj/domain';
import { AggregateService } from '../progress/aggregate.service.js';
import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { ActivityRow } from '../activity/activity.entity.js';
import type { UnitRow } from '../partner/unit.entity.js';
import { ObjectiveRow } from './objective.entity.js';
import { PlanRow } from './plan.entity.js';

/**
 * A plan-year between its rows and its document: the one mapping used to seed, copy, edit, import
 * and export plans. Numbers of written rows are counted so that start-up can say what it did.
 */
export interface WriteSummary {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

export const emptySummary = (): WriteSummary => ({ inserted: 0, updated: 0, deleted: 0, unchanged: 0 });

export async function readPlanDocument(manager: EntityManager, year: number): Promise<PlanDocument | null> {
  const plan = await manager.getRepository(PlanRow).findOne({ where: { year } });
  if (!plan) return null;
  const objectives = await manager.getRepository(ObjectiveRow).find({ where: { planYear: year }, order: { code: 'ASC' } });
  const activities = await manager.getRepository(ActivityRow).find({
    where: { planYear: year },
    relations: { objective: true, units: true },
    order: { position: 'ASC' },
  });
  return {
    year: plan.year,
    title: plan.title,
    legalBasis: plan.legalBasis,
    generalObjective: plan.generalObjective,
    objectives: objectives.map((o) => ({ code: o.code, name: o.name, footnotes: o.footnotes ?? [] })),
    activities: activities.map(activityDocumentOf),
    footnotes: plan.footnotes.map((f) => ({ number: f.number, text: f.text })),
  };
}

export function activityDocumentOf(row: ActivityRow): ActivityDocument {
  return {
    code: row.code,
    objective: row.objective.code,
    name: row.name,
    responsibleUnits: row.units.map((u) => u.code).sort(),
    target: { value: row.targetValue, unit: row.targetUnit, counted: row.targetCounted, description: row.targetDescription },
    indicator: row.indicator,
    schedule: row.schedule.map((m) => ({ candidates: [...m.candidates], reading: [...m.reading], note: m.note })),
    strategyObjectives: row.strategyObjectives as ActivityDocument['strategyObjectives'],
    footnotes: [...row.footnotes],
    rule: row.rule as ActivityDocument['rule'],
    interpretation: row.interpretation,
  };
}

/**
 * Writes a plan document over a year's rows: the plan, its objectives and activities matched by
 * code (ids kept), the responsible units; what the document no longer has is deleted. Call it in
 * a transaction; the caller has checked that deleted activities hold no executions.
 */
export async function writePlanDocument(manager: EntityManager, plan: PlanDocument, status: PlanStatus): Promise<WriteSummary> {
  const summary = emptySummary();
  const upsert = async <T extends ObjectLiteral>(target: EntityTarget<T>, where: FindOptionsWhere<T>, values: Partial<T>) => {
    const { row, change } = await upsertRow(manager, target, where, values);
    summary[change] += 1;
    return row;
  };
  await upsert(
    PlanRow,
    { year: plan.year },
    {
      year: plan.year,
      title: plan.title,
      legalBasis: plan.legalBasis,
      generalObjective: plan.generalObjective,
      footnotes: plan.footnotes.map((f) => ({ number: f.number, text: f.text })),
      status,
    },
  );
  const objectiveIds = new Map<string, number>();
  for (const objective of plan.objectives) {
    const row = await upsert(
      ObjectiveRow,
      { planYear: plan.year, code: objective.code },
      { planYear: plan.year, code: objective.code, name: objective.name, footnotes: [...objective.footnotes] },
    );
    objectiveIds.set(objective.code, row.id);
  }
  const activities = manager.getRepository(ActivityRow);
  const kept = new Set(plan.activities.map((a) => a.code));
  for (const stale of await activities.find({ where: { planYear: plan.year } })) {
    if (kept.has(stale.code)) continue;
    await activities.delete({ id: stale.id });
    summary.deleted += 1;
  }
  for (const [position, activity] of plan.activities.entries()) {
    const objectiveId = objectiveIds.get(activity.objective);
    if (objectiveId === undefined) throw new Error(`Activity ${activity.code} names a missing objective`);
    const row = await upsert(ActivityRow, { planYear: plan.year, code: activity.code }, {
      planYear: plan.year,
      code: activity.code,
      position,
      objectiveId,
      name: activity.name,
      targetValue: activity.target.value,
      targetUnit: activity.target.unit,
      targetCounted: activity.target.counted,
      targetDescription: activity.target.description,
      indicator: activity.indicator,
      schedule: activity.schedule.map((m) => ({ candidates: [...m.candidates], reading: [...m.reading], ambiguous: m.candidates.length > 1, note: m.note })),
      strategyObjectives: [...activity.strategyObjectives],
      footnotes: [...activity.footnotes],
      rule: activity.rule,
      interpretation: activity.interpretation,
    } as Partial<ActivityRow>);
    await syncUnits(manager, row.id, activity.responsibleUnits, summary);
  }
  const objectives = manager.getRepository(ObjectiveRow);
  for (const stale of await objectives.find({ where: { planYear: plan.year } })) {
    if (objectiveIds.has(stale.code)) continue;
    await objectives.delete({ id: stale.id });
    summary.deleted += 1;
  }
  return summary;
}

export async function upsertRow<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  where: FindOptionsWhere<T>,
  values: Partial<T>,
): Promise<{ row: T; change: 'inserted' | 'updated' | 'unchanged' }> {
  const repository = manager.getRepository(target);
  const existing = await repository.findOne({ where });
  if (!existing) {
    const row = await repository.save(repository.create(values as T));
    return { row, change: 'inserted' };
  }
  const differs = Object.entries(values).some(([key, value]) => JSON.stringify(existing[key]) !== JSON.stringify(value));
  if (!differs) return { row: existing, change: 'unchanged' };
  const row = await repository.save(repository.merge(existing, values as T));
  return { row, change: 'updated' };
}

export async function syncUnits(manager: EntityManager, activityId: number, unitCodes: readonly string[], summary: WriteSummary): Promise<void> {
  const relation = manager.createQueryBuilder().relation(ActivityRow, 'units').of(activityId);
  const current = (await relation.loadMany<UnitRow>()).map((u) => u.code);
  const toAdd = unitCodes.filter((c) => !current.includes(c));
  const toRemove = current.filter((c) => !unitCodes.includes(c));
  if (toAdd.length === 0 && toRemove.length === 0) return;
  await relation.addAndRemove(toAdd, toRemove);
  // Reach by entity follows who is responsible: recomputed for the year if the activity has records.
  const [activity] = (await manager.query(
    'SELECT a.plan_year FROM activities a WHERE a.id = ? AND EXISTS (SELECT 1 FROM executions e WHERE e.activity_id = a.id)',
    [activityId],
  )) as { plan_year: number }[];
  if (activity) await new AggregateService(manager.connection).rebuildReach(manager, Number(activity.plan_year));
  summary.inserted += toAdd.length;
  summary.deleted += toRemove.length;
}
