import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Terms of office: a re-elected woman keeps her DNI and gets a record per term, so a DNI is unique
 * within a term, not across terms; and the census of women per office becomes data per term.
 */
export class Terms1764892800000 implements MigrationInterface {
  name = 'Terms1764892800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('authorities', 'UQ_authorities_dni');
    await queryRunner.createIndex('authorities', new TableIndex({ name: 'UQ_authorities_dni_term', columnNames: ['dni', 'term_start'], isUnique: true }));
    await queryRunner.createTable(
      new Table({
        name: 'term_census',
        columns: [
          { name: 'term_start', type: 'integer', isPrimary: true },
          { name: 'office', type: 'varchar', length: '24', isPrimary: true },
          { name: 'women', type: 'integer' },
          { name: 'seats', type: 'integer', isNullable: true },
          { name: 'source', type: 'varchar', length: '300' },
          { name: 'updated_by', type: 'varchar', length: '254' },
          { name: 'updated_at', type: 'datetime' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('term_census');
    await queryRunner.dropIndex('authorities', 'UQ_authorities_dni_term');
    await queryRunner.createIndex('authorities', new TableIndex({ name: 'UQ_authorities_dni', columnNames: ['dni'], isUnique: true }));
  }
}
