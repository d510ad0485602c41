import type { SubmissionStatus } from '@gj/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An entity's month of a plan year, through the cycle: submitted, then approved or returned. */
@Entity({ name: 'monthly_submissions' })
@Index('UQ_monthly_submissions_entity_month', ['entityCode', 'year', 'month'], { unique: true })
export class MonthlySubmissionRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'entity_code', type: 'varchar', length: 16 })
  entityCode!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  month!: number;

  @Column({ type: 'varchar', length: 10 })
  status!: SubmissionStatus;

  @Column({ name: 'submitted_by', type: 'varchar', length: 254, nullable: true })
  submittedBy!: string | null;

  @Column({ name: 'submitted_at', type: 'datetime', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'reviewed_by', type: 'varchar', length: 254, nullable: true })
  reviewedBy!: string | null;

  @Column({ name: 'reviewed_at', type: 'datetime', nullable: true })
  reviewedAt!: Date | null;

  /** How many times the month has been sent: the narrative of each sending is kept under its number. */
  @Column({ type: 'integer', default: 0 })
  version!: number;

  /** The coordinator's comment when returning or reopening. */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;
}
