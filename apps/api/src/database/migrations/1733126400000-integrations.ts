import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** API keys of integrators. */
export class Integrations1733126400000 implements MigrationInterface {
  name = 'Integrations1733126400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const types = queryRunner.connection.driver.mappedDataTypes;
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'prefix', type: 'varchar', length: '16' },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'entity_code', type: 'varchar', length: '16', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '254' },
          { name: 'created_at', type: 'datetime', precision: types.createDatePrecision, default: types.createDateDefault },
          { name: 'last_used_at', type: 'datetime', isNullable: true },
          { name: 'revoked_at', type: 'datetime', isNullable: true },
        ],
        indices: [{ name: 'UQ_api_keys_prefix', columnNames: ['prefix'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
  }
}
