import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What an entity says of one activity in one month's report. Version 0 is the draft the focal
 * point is writing; each time the month is sent, the draft is kept as version 1, 2, … (the
 * submission's `version`), so a returned and corrected month keeps what was sent before.
 */
@Entity({ name: 'month_narratives' })
@Index('UQ_month_narratives_version_activity', ['entityCode', 'year', 'month', 'version', 'activityId'], { unique: true })
export class MonthNarrativeRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'entity_code', type: 'varchar', length: 16 })
  entityCode!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'integer' })
  month!: number;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId!: number;

  @Column({ type: 'text' })
  achievements!: string;

  @Column({ type: 'text' })
  difficulties!: string;

  @Column({ name: 'corrective_actions', type: 'text' })
  correctiveActions!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 254 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}
