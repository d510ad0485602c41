import type { DataSource } from 'typeorm';
import { ObjectiveRow } from './objective.entity.js';
import { PlanRow } from './plan.entity.js';

/** Plans and their objectives: a public catalogue, the same for every viewer. */
export class PlanService {
  constructor(private readonly dataSource: DataSource) {}

  years(): Promise<PlanRow[]> {
    return this.dataSource.getRepository(PlanRow).find({ order: { year: 'ASC' } });
  }

  async find(year: number): Promise<{ plan: PlanRow; objectives: ObjectiveRow[] } | null> {
    const plan = await this.dataSource.getRepository(PlanRow).findOne({ where: { year } });
    if (!plan) return null;
    const objectives = await this.dataSource.getRepository(ObjectiveRow).find({ where: { planYear: year }, order: { code: 'ASC' } });
    return { plan, objectives };
  }
}
