import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const REVIEW_REASONS = ['IDENTITY_MISMATCH', 'APPROVED_FIGURES'] as const;
export type ReviewReason = (typeof REVIEW_REASONS)[number];
export type ReviewResolution = 'APPLIED' | 'DISMISSED';

/**
 * A change a register import proposed for an existing person and did not apply, because it
 * needs a person's decision: the DNI's names are someone else's, or the change would move the
 * figures of approved months.
 */
@Entity({ name: 'register_reviews' })
@Index('IDX_register_reviews_pending', ['resolvedAt'])
export class RegisterReviewRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'authority_id', type: 'integer' })
  authorityId!: number;

  @Column({ type: 'varchar', length: 24 })
  reason!: ReviewReason;

  /** What the person reviewing reads, in Spanish. */
  @Column({ type: 'varchar', length: 500 })
  message!: string;

  /** The values the file proposed (JSON of the register's fields). */
  @Column({ type: 'text' })
  proposed!: string;

  /** Line of the file it came from. */
  @Column({ type: 'integer', nullable: true })
  line!: number | null;

  @Column({ name: 'created_by', type: 'varchar', length: 254 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'resolved_by', type: 'varchar', length: 254, nullable: true })
  resolvedBy!: string | null;

  @Column({ name: 'resolved_at', type: 'datetime', nullable: true })
  resolvedAt!: Date | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  resolution!: ReviewResolution | null;
}
