import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/** Monthly submissions of each entity and the audit trail. */
export class ConsolidatedMonitoring1733040000000 implements MigrationInterface {
  name = 'ConsolidatedMonitoring1733040000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = queryRunner.connection.driver.mappedDataTypes;
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      isNullable: nullable,
    });

    await queryRunner.createTable(
      new Table({
        name: 'monthly_submissions',
        columns: [
          id,
          text('entity_code', 16),
          { name: 'year', type: 'integer' },
          { name: 'month', type: 'integer' },
          text('status', 10),
          text('submitted_by', 254, true),
          { name: 'submitted_at', type: 'datetime', isNullable: true },
          text('reviewed_by', 254, true),
          { name: 'reviewed_at', type: 'datetime', isNullable: true },
          { name: 'comment', type: 'text', isNullable: true },
        ],
        indices: [{ name: 'UQ_monthly_submissions_entity_month', columnNames: ['entity_code', 'year', 'month'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          id,
          { name: 'occurred_at', type: 'datetime', precision: types.createDatePrecision, default: types.createDateDefault },
          { name: 'actor_id', type: 'integer', isNullable: true },
          text('actor_email', 254),
          text('actor_role', 16),
          text('action', 40),
          text('target_type', 24),
          text('target_id', 40, true),
          { name: 'plan_year', type: 'integer', isNullable: true },
          text('activity_code', 8, true),
          text('subject_entity', 16, true),
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
        ],
        indices: [
          { name: 'IDX_audit_occurred', columnNames: ['occurred_at'] },
          { name: 'IDX_audit_subject_entity', columnNames: ['subject_entity'] },
          { name: 'IDX_audit_activity', columnNames: ['activity_code'] },
          { name: 'IDX_audit_actor', columnNames: ['actor_email'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
    await queryRunner.dropTable('monthly_submissions');
  }
}
