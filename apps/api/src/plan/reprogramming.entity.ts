import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ProgrammingSnapshot } from '@gj/domain';
import { ActivityRow } from '../activity/activity.entity.js';

/**
 * A change to a published activity's target, months or responsible units, approved by a document
 * and in force from a date. The activity row holds what is in force now; these rows keep what it
 * was before, so nothing is overwritten and any date can be measured against its own target.
 */
@Entity({ name: 'activity_reprogrammings' })
@Index('IDX_activity_reprogrammings_activity', ['activityId', 'effectiveDate'])
export class ReprogrammingRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId!: number;

  @ManyToOne(() => ActivityRow, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id' })
  activity!: Relation<ActivityRow>;

  /** YYYY-MM-DD. */
  @Column({ name: 'effective_date', type: 'varchar', length: 10 })
  effectiveDate!: string;

  @Column({ type: 'text' })
  reason!: string;

  /** The approving document, e.g. "Resolución Ministerial N° 123-2025-MIMP". */
  @Column({ type: 'varchar', length: 300 })
  document!: string;

  @Column({ type: 'simple-json' })
  before!: ProgrammingSnapshot;

  @Column({ type: 'simple-json' })
  after!: ProgrammingSnapshot;

  @Column({ name: 'created_by', type: 'varchar', length: 254 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
