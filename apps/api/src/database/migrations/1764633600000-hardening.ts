import { Table, TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Sessions that end (sign-out, disabling), register changes held for review, month rows to lock. */
export class Hardening1764633600000 implements MigrationInterface {
  name = 'Hardening1764633600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('accounts', new TableColumn({ name: 'session_version', type: 'integer', default: 0 }));
    await queryRunner.createTable(
      new Table({
        name: 'revoked_sessions',
        columns: [
          { name: 'jti', type: 'varchar', length: '36', isPrimary: true },
          { name: 'account_id', type: 'integer' },
          { name: 'expires_at', type: 'datetime' },
        ],
        indices: [{ name: 'IDX_revoked_sessions_expires', columnNames: ['expires_at'] }],
      }),
    );
    const types = queryRunner.connection.driver.mappedDataTypes;
    await queryRunner.createTable(
      new Table({
        name: 'register_reviews',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'authority_id', type: 'integer' },
          { name: 'reason', type: 'varchar', length: '24' },
          { name: 'message', type: 'varchar', length: '500' },
          { name: 'proposed', type: 'text' },
          { name: 'line', type: 'integer', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '254' },
          { name: 'created_at', type: 'datetime', precision: types.createDatePrecision, default: types.createDateDefault },
          { name: 'resolved_by', type: 'varchar', length: '254', isNullable: true },
          { name: 'resolved_at', type: 'datetime', isNullable: true },
          { name: 'resolution', type: 'varchar', length: '10', isNullable: true },
        ],
        indices: [{ name: 'IDX_register_reviews_pending', columnNames: ['resolved_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('register_reviews');
    await queryRunner.dropTable('revoked_sessions');
    await queryRunner.dropColumn('accounts', 'session_version');
  }
}
