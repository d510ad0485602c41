import { Table, TableColumn, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';

/**
 * The monthly report as the strategy lives it: the narrative of each sent version of a month, the
 * coordination's comments per activity, means of verification attached to executions, and the
 * notices of the bell (and their e-mail delivery).
 */
export class MonthlyReport1765152000000 implements MigrationInterface {
  name = 'MonthlyReport1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    const varchar = (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      ...extra,
    });
    const int = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'integer', ...extra });
    const text = (name: string): TableColumnOptions => ({ name, type: 'text' });
    const datetime = (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...extra });
    const month = [varchar('entity_code', 16), int('year'), int('month'), int('version')];

    await queryRunner.addColumn('monthly_submissions', new TableColumn(int('version', { default: 0 })));
    await queryRunner.createTable(
      new Table({
        name: 'month_narratives',
        columns: [
          id,
          ...month,
          int('activity_id'),
          text('achievements'),
          text('difficulties'),
          text('corrective_actions'),
          varchar('updated_by', 254),
          datetime('updated_at'),
        ],
        indices: [{ name: 'UQ_month_narratives_version_activity', columnNames: ['entity_code', 'year', 'month', 'version', 'activity_id'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'month_review_comments',
        columns: [id, ...month, int('activity_id', { isNullable: true }), text('comment'), varchar('author', 254), datetime('created_at')],
        indices: [{ name: 'IDX_month_review_comments_month', columnNames: ['entity_code', 'year', 'month'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'evidence_files',
        columns: [
          id,
          int('execution_id'),
          varchar('file_name', 160),
          varchar('content_type', 100),
          int('size'),
          varchar('sha256', 64),
          varchar('storage_key', 200),
          varchar('uploaded_by', 254),
          datetime('uploaded_at'),
        ],
        indices: [
          { name: 'IDX_evidence_files_execution', columnNames: ['execution_id'] },
          { name: 'UQ_evidence_files_storage_key', columnNames: ['storage_key'], isUnique: true },
        ],
        foreignKeys: [
          { columnNames: ['execution_id'], referencedTableName: 'executions', referencedColumnNames: ['id'], onDelete: 'CASCADE', onUpdate: 'NO ACTION' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'notices',
        columns: [
          id,
          int('account_id'),
          varchar('kind', 24),
          varchar('title', 200),
          text('body'),
          varchar('link', 300),
          varchar('dedupe_key', 120, { isNullable: true }),
          datetime('created_at'),
          datetime('read_at', { isNullable: true }),
          varchar('email_status', 10),
          int('email_attempts', { default: 0 }),
          datetime('emailed_at', { isNullable: true }),
        ],
        indices: [
          { name: 'IDX_notices_account_read', columnNames: ['account_id', 'read_at'] },
          { name: 'IDX_notices_email_status', columnNames: ['email_status'] },
          { name: 'UQ_notices_account_dedupe', columnNames: ['account_id', 'dedupe_key'], isUnique: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('notices');
    await queryRunner.dropTable('evidence_files');
    await queryRunner.dropTable('month_review_comments');
    await queryRunner.dropTable('month_narratives');
    await queryRunner.dropColumn('monthly_submissions', 'version');
  }
}
