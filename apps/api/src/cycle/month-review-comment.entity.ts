import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The coordination's comment on a sent version of a month: on one activity, or on the whole month (no activity). */
@Entity({ name: 'month_review_comments' })
@Index('IDX_month_review_comments_month', ['entityCode', 'year', 'month'])
export class MonthReviewCommentRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'entity_code', type: 'varchar', length: 16 })
  entityCode!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  month!: number;

  /** The sent version it answers. */
  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'activity_id', type: 'integer', nullable: true })
  activityId!: number | null;

  @Column({ type: 'text' })
  comment!: string;

  @Column({ type: 'varchar', length: 254 })
  author!: string;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
