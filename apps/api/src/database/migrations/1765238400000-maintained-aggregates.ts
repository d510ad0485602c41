import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { AggregateService } from '../../progress/aggregate.service.js';

/**
 * Maintained aggregates (progress/aggregate.service.ts): progress and reach as additive changes by
 * date, and executions by day, so that reads never scan participations. Built here from the
 * records an existing database already holds.
 */
export class MaintainedAggregates1765238400000 implements MigrationInterface {
  name = 'MaintainedAggregates1765238400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const int = (name: string, primary = false): TableColumnOptions => ({ name, type: 'integer', isPrimary: primary });
    const text = (name: string, length: number, primary = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isPrimary: primary });
    await queryRunner.createTable(
      new Table({
        name: 'progress_deltas',
        columns: [
          int('activity_id', true),
          text('date', 10, true),
          text('office', 24, true),
          text('department_code', 2, true),
          int('outcome_rank', true),
          int('delta'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({ name: 'reach_firsts', columns: [int('plan_year', true), text('scope', 16, true), int('authority_id', true), text('first_date', 10)] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'reach_deltas',
        columns: [
          int('plan_year', true),
          text('scope', 16, true),
          text('date', 10, true),
          text('office', 24, true),
          text('department_code', 2, true),
          int('delta'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activity_days',
        columns: [int('activity_id', true), text('date', 10, true), int('executions'), int('actions'), int('with_evidence')],
      }),
    );
    await new AggregateService(queryRunner.connection).rebuild(queryRunner.manager);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['activity_days', 'reach_deltas', 'reach_firsts', 'progress_deltas']) await queryRunner.dropTable(table);
  }
}
