import { PARTNER_ENTITIES, UNITS, resolveActivity, type PlanDefinition } from '@gj/domain';
import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { ActivityRow } from '../activity/activity.entity.js';
import { AuditService, SYSTEM } from '../audit/audit.service.js';
import { PartnerEntityRow } from '../partner/partner-entity.entity.js';
import { UnitRow } from '../partner/unit.entity.js';
import { ObjectiveRow } from './objective.entity.js';
import { PlanRow } from './plan.entity.js';

export interface LoadSummary {
  inserted: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/**
 * Loads the catalogue (entities, units) and plans from the domain package. Idempotent: rows are
 * matched by natural keys and only written when a value differs, all in one transaction.
 */
export class PlanLoaderService {
  constructor(private readonly dataSource: DataSource) {}

  async load(plans: readonly PlanDefinition[]): Promise<LoadSummary> {
    return this.dataSource.transaction(async (manager) => {
      const summary: LoadSummary = { inserted: 0, updated: 0, deleted: 0, unchanged: 0 };
      const upsert = async <T extends ObjectLiteral>(target: EntityTarget<T>, where: FindOptionsWhere<T>, values: Partial<T>) => {
        const { row, change } = await upsertRow(manager, target, where, values);
        summary[change] += 1;
        return row;
      };

      for (const entity of PARTNER_ENTITIES) {
        await upsert(PartnerEntityRow, { code: entity.code }, { code: entity.code, name: entity.name, shortName: entity.shortName });
      }
      for (const unit of UNITS) {
        await upsert(UnitRow, { code: unit.code }, { code: unit.code, name: unit.name, kind: unit.kind, entityCode: unit.entity });
      }

      for (const plan of plans) {
        await upsert(
          PlanRow,
          { year: plan.year },
          {
            year: plan.year,
            title: plan.title,
            legalBasis: plan.legalBasis,
            generalObjective: plan.generalObjective,
            footnotes: [...plan.footnotes],
          },
        );
        const objectiveIds = new Map<string, number>();
        for (const objective of plan.objectives) {
          const row = await upsert(
            ObjectiveRow,
            { planYear: plan.year, code: objective.code },
            {
              planYear: plan.year,
              code: objective.code,
              name: objective.name,
            },
          );
          objectiveIds.set(objective.code, row.id);
        }
        for (const [position, definition] of plan.activities.entries()) {
          const activity = resolveActivity(definition);
          const objectiveId = objectiveIds.get(activity.objective);
          if (objectiveId === undefined) throw new Error(`Activity ${activity.code} names a missing objective`);
          const row = await upsert(
            ActivityRow,
            { planYear: plan.year, code: activity.code },
            {
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
              schedule: activity.marks,
              strategyObjectives: [...activity.strategyObjectives],
              footnotes: [...activity.footnotes],
              rule: activity.rule,
              interpretation: activity.interpretation ?? null,
            },
          );
          await syncUnits(manager, row.id, activity.responsibleUnits, summary);
        }
      }
      if (summary.inserted + summary.updated + summary.deleted > 0) {
        await new AuditService(this.dataSource).record(manager, SYSTEM, {
          action: 'plan.load',
          targetType: 'plan',
          targetId: plans.map((p) => p.year).join(','),
          after: summary,
        });
      }
      return summary;
    });
  }
}

async function upsertRow<T extends ObjectLiteral>(
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
  const differs = Object.entries(values).some(([key, value]) => !sameValue(existing[key], value));
  if (!differs) return { row: existing, change: 'unchanged' };
  const row = await repository.save(repository.merge(existing, values as T));
  return { row, change: 'updated' };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

async function syncUnits(manager: EntityManager, activityId: number, unitCodes: readonly string[], summary: LoadSummary) {
  const relation = manager.createQueryBuilder().relation(ActivityRow, 'units').of(activityId);
  const current = (await relation.loadMany<UnitRow>()).map((u) => u.code);
  const toAdd = unitCodes.filter((c) => !current.includes(c));
  const toRemove = current.filter((c) => !unitCodes.includes(c));
  if (toAdd.length === 0 && toRemove.length === 0) return;
  await relation.addAndRemove(toAdd, toRemove);
  summary.inserted += toAdd.length;
  summary.deleted += toRemove.length;
}
