import { Table, type MigrationInterface, type QueryRunner, type TableColumnOptions, type TableForeignKeyOptions } from 'typeorm';

/** Geography and governments, the register of women authorities, executions and participations. */
export class ExecutionReporting1732953600000 implements MigrationInterface {
  name = 'ExecutionReporting1732953600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = queryRunner.connection.driver.mappedDataTypes;
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    const text = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      ...extra,
    });
    const createdAt: TableColumnOptions = { name: 'created_at', type: 'datetime', precision: types.createDatePrecision, default: types.createDateDefault };
    const fk = (column: string, table: string, referenced: string, onDelete = 'RESTRICT'): TableForeignKeyOptions => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: [referenced],
      onDelete,
      onUpdate: 'NO ACTION',
    });

    await queryRunner.createTable(new Table({ name: 'departments', columns: [text('code', 2, { isPrimary: true }), text('name', 100)] }));
    await queryRunner.createTable(
      new Table({
        name: 'provinces',
        columns: [text('code', 4, { isPrimary: true }), text('department_code', 2), text('name', 100)],
        foreignKeys: [fk('department_code', 'departments', 'code')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'districts',
        columns: [
          text('ubigeo', 6, { isPrimary: true }),
          text('province_code', 4),
          text('department_code', 2),
          text('name', 150),
          { name: 'population', type: 'integer', isNullable: true },
        ],
        foreignKeys: [fk('province_code', 'provinces', 'code')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'governments',
        columns: [id, text('ubigeo', 6), text('level', 10), text('name', 200), text('department_code', 2)],
        indices: [
          { name: 'UQ_governments_ubigeo', columnNames: ['ubigeo'], isUnique: true },
          { name: 'IDX_governments_department', columnNames: ['department_code'] },
        ],
        foreignKeys: [fk('department_code', 'departments', 'code')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'authorities',
        columns: [
          id,
          text('given_names', 120),
          text('family_names', 120),
          text('search_name', 250),
          text('dni', 8, { isNullable: true }),
          text('office', 24),
          { name: 'government_id', type: 'integer' },
          { name: 'term_start', type: 'integer' },
          { name: 'term_end', type: 'integer' },
          { name: 'active', type: 'boolean', default: 1 },
          { name: 'synthetic', type: 'boolean', default: 0 },
          { name: 'possible_duplicate_of', type: 'integer', isNullable: true },
          createdAt,
        ],
        indices: [
          { name: 'UQ_authorities_dni', columnNames: ['dni'], isUnique: true },
          { name: 'IDX_authorities_government', columnNames: ['government_id'] },
          { name: 'IDX_authorities_office', columnNames: ['office'] },
          { name: 'IDX_authorities_search', columnNames: ['search_name'] },
        ],
        foreignKeys: [fk('government_id', 'governments', 'id')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'executions',
        columns: [
          id,
          { name: 'activity_id', type: 'integer' },
          text('date', 10),
          text('kind', 24),
          text('title', 300),
          text('modality', 12),
          text('place', 300, { isNullable: true }),
          text('evidence_url', 500, { isNullable: true }),
          { name: 'notes', type: 'text', isNullable: true },
          text('entity_code', 16, { isNullable: true }),
          { name: 'created_by', type: 'integer', isNullable: true },
          { name: 'version', type: 'integer', default: 1 },
          createdAt,
        ],
        indices: [{ name: 'IDX_executions_activity_date', columnNames: ['activity_id', 'date'] }],
        foreignKeys: [fk('activity_id', 'activities', 'id'), fk('created_by', 'accounts', 'id', 'SET NULL')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'participations',
        columns: [id, { name: 'execution_id', type: 'integer' }, { name: 'authority_id', type: 'integer' }, text('outcome', 12)],
        indices: [
          { name: 'UQ_participations_execution_authority', columnNames: ['execution_id', 'authority_id'], isUnique: true },
          { name: 'IDX_participations_authority', columnNames: ['authority_id'] },
        ],
        foreignKeys: [fk('execution_id', 'executions', 'id', 'CASCADE'), fk('authority_id', 'authorities', 'id')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['participations', 'executions', 'authorities', 'governments', 'districts', 'provinces', 'departments']) {
      await queryRunner.dropTable(table);
    }
  }
}
