import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One write, as it happened: who, when, what, and the values before and after. Never updated. */
@Entity({ name: 'audit_entries' })
@Index('IDX_audit_occurred', ['occurredAt'])
@Index('IDX_audit_subject_entity', ['subjectEntity'])
@Index('IDX_audit_activity', ['activityCode'])
@Index('IDX_audit_actor', ['actorEmail'])
export class AuditEntryRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @CreateDateColumn({ name: 'occurred_at', type: 'datetime' })
  occurredAt!: Date;

  /** Null for operators' commands (e.g. `npm run users`). */
  @Column({ name: 'actor_id', type: 'integer', nullable: true })
  actorId!: number | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254 })
  actorEmail!: string;

  @Column({ name: 'actor_role', type: 'varchar', length: 16 })
  actorRole!: string;

  /** e.g. "execution.update", "month.approve". */
  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ name: 'target_type', type: 'varchar', length: 24 })
  targetType!: string;

  @Column({ name: 'target_id', type: 'varchar', length: 40, nullable: true })
  targetId!: string | null;

  @Column({ name: 'plan_year', type: 'integer', nullable: true })
  planYear!: number | null;

  @Column({ name: 'activity_code', type: 'varchar', length: 8, nullable: true })
  activityCode!: string | null;

  /** The entity whose data changed (responsible for the activity, or the month's entity). */
  @Column({ name: 'subject_entity', type: 'varchar', length: 16, nullable: true })
  subjectEntity!: string | null;

  @Column({ type: 'text', nullable: true })
  before!: string | null;

  @Column({ type: 'text', nullable: true })
  after!: string | null;
}
