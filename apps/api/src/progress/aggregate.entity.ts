import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Maintained aggregates of the records (see aggregate.service.ts): updated in the same
 * transaction as every write that changes them, so reads never scan participations.
 */

/** Distinct women of an activity by furthest outcome, office and department, as additive changes by date. */
@Entity({ name: 'progress_deltas' })
export class ProgressDeltaRow {
  @PrimaryColumn({ name: 'activity_id', type: 'integer' })
  activityId!: number;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  date!: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  office!: string;

  @PrimaryColumn({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode!: string;

  @PrimaryColumn({ name: 'outcome_rank', type: 'integer' })
  outcomeRank!: number;

  @Column({ type: 'integer' })
  delta!: number;
}

/** The first date a woman took part in an activity of a plan-year within a scope ("*": all; else an entity). */
@Entity({ name: 'reach_firsts' })
export class ReachFirstRow {
  @PrimaryColumn({ name: 'plan_year', type: 'integer' })
  planYear!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  scope!: string;

  @PrimaryColumn({ name: 'authority_id', type: 'integer' })
  authorityId!: number;

  @Column({ name: 'first_date', type: 'varchar', length: 10 })
  firstDate!: string;
}

/** Women reached in a plan-year and scope, by office and department, as additive changes by date. */
@Entity({ name: 'reach_deltas' })
export class ReachDeltaRow {
  @PrimaryColumn({ name: 'plan_year', type: 'integer' })
  planYear!: number;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  scope!: string;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  date!: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  office!: string;

  @PrimaryColumn({ name: 'department_code', type: 'varchar', length: 2 })
  departmentCode!: string;

  @Column({ type: 'integer' })
  delta!: number;
}

/** Executions of an activity on a date: how many, how many dissemination actions, how many with files. */
@Entity({ name: 'activity_days' })
export class ActivityDayRow {
  @PrimaryColumn({ name: 'activity_id', type: 'integer' })
  activityId!: number;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'integer' })
  executions!: number;

  @Column({ type: 'integer' })
  actions!: number;

  @Column({ name: 'with_evidence', type: 'integer' })
  withEvidence!: number;
}
