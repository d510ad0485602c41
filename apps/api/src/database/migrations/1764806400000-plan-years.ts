import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Plan-years managed as data: a status per plan (the 2024 plan is in force) and reprogrammings kept as history. */
export class PlanYears1764806400000 implements MigrationInterface {
  name = 'PlanYears1764806400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = queryRunner.connection.driver.mappedDataTypes;
    await queryRunner.addColumn('plans', new TableColumn({ name: 'status', type: 'varchar', length: '10', default: "'IN_FORCE'" }));
    await queryRunner.addColumn('plans', new TableColumn({ name: 'published_at', type: 'datetime', isNullable: true }));
    await queryRunner.addColumn('plans', new TableColumn({ name: 'closed_at', type: 'datetime', isNullable: true }));
    await queryRunner.addColumn('objectives', new TableColumn({ name: 'footnotes', type: 'text', isNullable: true }));
    await queryRunner.createTable(
      new Table({
        name: 'activity_reprogrammings',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'activity_id', type: 'integer' },
          { name: 'effective_date', type: 'varchar', length: '10' },
          { name: 'reason', type: 'text' },
          { name: 'document', type: 'varchar', length: '300' },
          { name: 'before', type: 'text' },
          { name: 'after', type: 'text' },
          { name: 'created_by', type: 'varchar', length: '254' },
          { name: 'created_at', type: 'datetime', precision: types.createDatePrecision, default: types.createDateDefault },
        ],
        indices: [{ name: 'IDX_activity_reprogrammings_activity', columnNames: ['activity_id', 'effective_date'] }],
        foreignKeys: [
          { columnNames: ['activity_id'], referencedTableName: 'activities', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('activity_reprogrammings');
    await queryRunner.dropColumn('objectives', 'footnotes');
    await queryRunner.dropColumn('plans', 'closed_at');
    await queryRunner.dropColumn('plans', 'published_at');
    await queryRunner.dropColumn('plans', 'status');
  }
}
