import type { NoticeKind } from '@gj/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type EmailStatus = 'PENDING' | 'SENT' | 'SKIPPED' | 'FAILED';

/** A notice for one account: shown under the bell, and e-mailed (alone or in a digest) when SMTP is configured. */
@Entity({ name: 'notices' })
@Index('IDX_notices_account_read', ['accountId', 'readAt'])
@Index('IDX_notices_email_status', ['emailStatus'])
@Index('UQ_notices_account_dedupe', ['accountId', 'dedupeKey'], { unique: true })
export class NoticeRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @Column({ type: 'varchar', length: 24 })
  kind!: NoticeKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  /** Path of the page in the web app, e.g. "/ciclo?anio=2024&mes=5". */
  @Column({ type: 'varchar', length: 300 })
  link!: string;

  /** Reminders are created once per account and month (a second replica's run inserts nothing). */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 120, nullable: true })
  dedupeKey!: string | null;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'datetime', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'email_status', type: 'varchar', length: 10 })
  emailStatus!: EmailStatus;

  @Column({ name: 'email_attempts', type: 'integer', default: 0 })
  emailAttempts!: number;

  @Column({ name: 'emailed_at', type: 'datetime', nullable: true })
  emailedAt!: Date | null;
}
