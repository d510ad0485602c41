import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import { assertYear } from '../common/dates.js';
import { ActivityRow } from './activity.entity.js';

/**
 * The one way to read activities. Each call takes the principal; an activity outside its scope is
 * filtered in SQL (Principal.restrict) and so behaves exactly like one that does not exist.
 */
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  list(principal: Principal, year: number): Promise<ActivityRow[]> {
    return this.scoped(principal, year).orderBy('activity.position', 'ASC').addOrderBy('unit.code', 'ASC').getMany();
  }

  findByCode(principal: Principal, code: string, year: number): Promise<ActivityRow | null> {
    return this.scoped(principal, year).andWhere('activity.code = :code', { code }).addOrderBy('unit.code', 'ASC').getOne();
  }

  /** Whether the principal reaches any activity of any plan it sees (a focal point of an entity with none reaches none). */
  async reachesAny(principal: Principal): Promise<boolean> {
    const query = this.dataSource.getRepository(ActivityRow).createQueryBuilder('activity').select('activity.id');
    return (await principal.restrict(query).getOne()) !== null;
  }

  private scoped(principal: Principal, year: number): SelectQueryBuilder<ActivityRow> {
    assertYear(year);
    const query = this.dataSource
      .getRepository(ActivityRow)
      .createQueryBuilder('activity')
      .innerJoinAndSelect('activity.plan', 'plan')
      .innerJoinAndSelect('activity.objective', 'objective')
      .leftJoinAndSelect('activity.units', 'unit')
      .leftJoinAndSelect('unit.entity', 'unitEntity')
      .where('activity.planYear = :year', { year });
    return principal.restrict(query);
  }
}

/** Entities responsible for an activity (two for a joint one). */
export async function activityEntities(manager: EntityManager, activityId: number): Promise<string[]> {
  const rows: { entity_code: string }[] = await manager.query(
    'SELECT DISTINCT u.entity_code AS entity_code FROM activity_units au INNER JOIN units u ON u.code = au.unit_code WHERE au.activity_id = ?',
    [activityId],
  );
  return rows.map((r) => r.entity_code).sort();
}
