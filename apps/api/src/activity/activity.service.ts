import { DEFAULT_PLAN_YEAR } from '@gj/domain';
import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../auth/viewer.js';
import { assertYear } from '../common/dates.js';
import { ActivityRow } from './activity.entity.js';

/**
 * The one way to read activities. Each call takes the viewer's scope; an activity outside it is
 * filtered in SQL and so behaves exactly like one that does not exist.
 */
export class ActivityService {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: Scope, year: number = DEFAULT_PLAN_YEAR): Promise<ActivityRow[]> {
    return this.scoped(scope, year).orderBy('activity.position', 'ASC').addOrderBy('unit.code', 'ASC').getMany();
  }

  findByCode(scope: Scope, code: string, year: number = DEFAULT_PLAN_YEAR): Promise<ActivityRow | null> {
    return this.scoped(scope, year).andWhere('activity.code = :code', { code }).addOrderBy('unit.code', 'ASC').getOne();
  }

  private scoped(scope: Scope, year: number): SelectQueryBuilder<ActivityRow> {
    assertYear(year);
    const query = this.dataSource
      .getRepository(ActivityRow)
      .createQueryBuilder('activity')
      .innerJoinAndSelect('activity.plan', 'plan')
      .innerJoinAndSelect('activity.objective', 'objective')
      .leftJoinAndSelect('activity.units', 'unit')
      .leftJoinAndSelect('unit.entity', 'unitEntity')
      .where('activity.planYear = :year', { year });
    return this.scopeQuery(query, scope);
  }

  /**
   * Restricts any query that joins activities as `activity` to the scope. Other services (e.g.
   * executions) reuse it, so that every path to plan data is scoped the same way.
   */
  scopeQuery<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, scope: Scope): SelectQueryBuilder<T> {
    switch (scope.kind) {
      case 'ALL':
        return query;
      case 'NONE':
        return query.andWhere('1 = 0');
      case 'ENTITY':
        // EXISTS keeps every responsible unit of a joint activity in the result, not only the viewer's.
        return query.andWhere(
          `EXISTS (SELECT 1 FROM activity_units scope_au INNER JOIN units scope_unit ON scope_unit.code = scope_au.unit_code
            WHERE scope_au.activity_id = activity.id AND scope_unit.entity_code = :scopeEntity)`,
          { scopeEntity: scope.entityCode },
        );
    }
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
