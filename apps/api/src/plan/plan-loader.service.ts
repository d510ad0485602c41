import { PARTNER_ENTITIES, UNITS, planDocumentOf, type PlanDefinition } from '@gj/domain';
import type { DataSource } from 'typeorm';
import { AuditService, SYSTEM } from '../audit/audit.service.js';
import { PartnerEntityRow } from '../partner/partner-entity.entity.js';
import { UnitRow } from '../partner/unit.entity.js';
import { ObjectiveRow } from './objective.entity.js';
import { PlanRow } from './plan.entity.js';
import { seedCensus } from '../terms/term.service.js';
import { emptySummary, writePlanDocument, type WriteSummary } from './plan-store.js';

export type LoadSummary = WriteSummary;

/**
 * Seeds the database from the domain package: the partner entities and units of 2024, the plans
 * written as code (2024, in force) and their term's census (2023–2026). A seed only fills what is missing: once a year or an
 * entity is in the database it belongs to the coordination, who edits, reprograms and closes it,
 * and start-up never writes over that. One transaction; idempotent.
 */
export class PlanLoaderService {
  constructor(private readonly dataSource: DataSource) {}

  async load(plans: readonly PlanDefinition[]): Promise<LoadSummary> {
    return this.dataSource.transaction(async (manager) => {
      const summary = emptySummary();
      const entities = manager.getRepository(PartnerEntityRow);
      for (const entity of PARTNER_ENTITIES) {
        if (await entities.findOne({ where: { code: entity.code } })) summary.unchanged += 1;
        else {
          await entities.insert({ code: entity.code, name: entity.name, shortName: entity.shortName });
          summary.inserted += 1;
        }
      }
      const units = manager.getRepository(UnitRow);
      for (const unit of UNITS) {
        if (await units.findOne({ where: { code: unit.code } })) summary.unchanged += 1;
        else {
          await units.insert({ code: unit.code, name: unit.name, kind: unit.kind, entityCode: unit.entity });
          summary.inserted += 1;
        }
      }
      for (const plan of plans) {
        summary.inserted += await seedCensus(manager, plan.census);
        const document = planDocumentOf(plan);
        if (!(await manager.getRepository(PlanRow).findOne({ where: { year: plan.year } }))) {
          const written = await writePlanDocument(manager, document, 'IN_FORCE');
          for (const key of ['inserted', 'updated', 'deleted', 'unchanged'] as const) summary[key] += written[key];
          continue;
        }
        // Databases seeded before objectives carried their footnotes get them once.
        for (const objective of document.objectives) {
          const result = await manager
            .getRepository(ObjectiveRow)
            .createQueryBuilder()
            .update()
            .set({ footnotes: [...objective.footnotes] })
            .where('plan_year = :year AND code = :code AND footnotes IS NULL', { year: plan.year, code: objective.code })
            .execute();
          if (result.affected) summary.updated += result.affected;
        }
        summary.unchanged += 1;
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
