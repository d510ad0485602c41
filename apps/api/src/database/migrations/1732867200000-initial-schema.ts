import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * Plan catalogue and accounts. Written with the QueryRunner table API so that the same migration
 * builds the same schema on SQLite and on MySQL/MariaDB.
 */
export class InitialSchema1732867200000 implements MigrationInterface {
  name = 'InitialSchema1732867200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = queryRunner.connection.driver.mappedDataTypes;
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    const code = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      ...extra,
    });
    const timestamp = (name: string): TableColumnOptions => ({
      name,
      type: 'datetime',
      precision: types.createDatePrecision,
      default: types.createDateDefault,
    });

    await queryRunner.createTable(
      new Table({
        name: 'partner_entities',
        columns: [code('code', 16, { isPrimary: true }), code('name', 200), code('short_name', 60)],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'units',
        columns: [code('code', 16, { isPrimary: true }), code('name', 300), code('kind', 10), code('entity_code', 16)],
        foreignKeys: [
          {
            columnNames: ['entity_code'],
            referencedTableName: 'partner_entities',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plans',
        columns: [
          { name: 'year', type: 'integer', isPrimary: true },
          code('title', 300),
          code('legal_basis', 200),
          { name: 'general_objective', type: 'text' },
          { name: 'footnotes', type: 'text' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'objectives',
        columns: [id, { name: 'plan_year', type: 'integer' }, code('code', 8), { name: 'name', type: 'text' }],
        indices: [{ name: 'UQ_objectives_plan_code', columnNames: ['plan_year', 'code'], isUnique: true }],
        foreignKeys: [
          { columnNames: ['plan_year'], referencedTableName: 'plans', referencedColumnNames: ['year'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activities',
        columns: [
          id,
          { name: 'plan_year', type: 'integer' },
          code('code', 8),
          { name: 'position', type: 'integer' },
          { name: 'objective_id', type: 'integer' },
          { name: 'name', type: 'text' },
          { name: 'target_value', type: 'double' },
          code('target_unit', 10),
          code('target_counted', 16),
          { name: 'target_description', type: 'text' },
          { name: 'indicator', type: 'text', isNullable: true },
          { name: 'schedule', type: 'text' },
          { name: 'strategy_objectives', type: 'text' },
          { name: 'footnotes', type: 'text' },
          { name: 'rule', type: 'text' },
          { name: 'interpretation', type: 'text', isNullable: true },
        ],
        indices: [{ name: 'UQ_activities_plan_code', columnNames: ['plan_year', 'code'], isUnique: true }],
        foreignKeys: [
          { columnNames: ['plan_year'], referencedTableName: 'plans', referencedColumnNames: ['year'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
          { columnNames: ['objective_id'], referencedTableName: 'objectives', referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activity_units',
        columns: [{ name: 'activity_id', type: 'integer', isPrimary: true }, code('unit_code', 16, { isPrimary: true })],
        indices: [{ columnNames: ['activity_id'] }, { columnNames: ['unit_code'] }],
        foreignKeys: [
          { columnNames: ['activity_id'], referencedTableName: 'activities', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'CASCADE' },
          { columnNames: ['unit_code'], referencedTableName: 'units', referencedColumnNames: ['code'], onDelete: 'CASCADE', onUpdate: 'CASCADE' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'accounts',
        columns: [
          id,
          code('email', 254),
          code('password_hash', 255),
          code('role', 16),
          code('entity_code', 16, { isNullable: true }),
          { name: 'active', type: 'boolean', default: 1 },
          timestamp('created_at'),
        ],
        indices: [{ name: 'UQ_accounts_email', columnNames: ['email'], isUnique: true }],
        foreignKeys: [
          {
            columnNames: ['entity_code'],
            referencedTableName: 'partner_entities',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['accounts', 'activity_units', 'activities', 'objectives', 'plans', 'units', 'partner_entities']) {
      await queryRunner.dropTable(table);
    }
  }
}
