import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ExecutionKind, Modality, Outcome } from '@gj/domain';
import { ActivityRow } from '../activity/activity.entity.js';
import { AccountRow } from '../auth/account.entity.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import type { PartnerEntityRow } from '../partner/partner-entity.entity.js';

/** Something an entity did towards an activity: an event, a course edition, an assistance… */
@Entity({ name: 'executions' })
@Index('IDX_executions_activity_date', ['activityId', 'date'])
export class ExecutionRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'activity_id', type: 'integer' })
  activityId!: number;

  @ManyToOne(() => ActivityRow, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'activity_id' })
  activity!: Relation<ActivityRow>;

  /** Calendar date in Peru, "YYYY-MM-DD". */
  @Column({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: ExecutionKind;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'varchar', length: 12 })
  modality!: Modality;

  @Column({ type: 'varchar', length: 300, nullable: true })
  place!: string | null;

  @Column({ name: 'evidence_url', type: 'varchar', length: 500, nullable: true })
  evidenceUrl!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /**
   * Entity that recorded it (a joint activity has executions of both): only it, or the
   * coordination, may change it (@gj/domain canEditExecution). Null when no record says which.
   */
  @Column({ name: 'entity_code', type: 'varchar', length: 16, nullable: true })
  entityCode!: string | null;

  /** The entity of `entityCode`, when the query joined it (ExecutionService's scoped reads). Not a column. */
  recorder?: PartnerEntityRow | null;

  @Column({ name: 'created_by', type: 'integer', nullable: true })
  createdBy!: number | null;

  @ManyToOne(() => AccountRow, { nullable: true, onDelete: 'SET NULL', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'created_by' })
  creator!: Relation<AccountRow> | null;

  /** Incremented on every change; updates must name the version they read. */
  @Column({ type: 'integer', default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}

/** A woman authority's participation in an execution, with the furthest outcome she reached. */
@Entity({ name: 'participations' })
@Index('UQ_participations_execution_authority', ['executionId', 'authorityId'], { unique: true })
@Index('IDX_participations_authority', ['authorityId'])
export class ParticipationRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'execution_id', type: 'integer' })
  executionId!: number;

  @ManyToOne(() => ExecutionRow, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'execution_id' })
  execution!: Relation<ExecutionRow>;

  @Column({ name: 'authority_id', type: 'integer' })
  authorityId!: number;

  @ManyToOne(() => AuthorityRow, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'authority_id' })
  authority!: Relation<AuthorityRow>;

  @Column({ type: 'varchar', length: 12 })
  outcome!: Outcome;
}
