import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { CountedThing, IndicatorRule, ScheduleMark, TargetUnit } from '@gj/domain';
import { UnitRow } from '../partner/unit.entity.js';
import { ObjectiveRow } from '../plan/objective.entity.js';
import { PlanRow } from '../plan/plan.entity.js';

/** An activity of a year's plan, as loaded from the domain package. */
@Entity({ name: 'activities' })
@Index('UQ_activities_plan_code', ['planYear', 'code'], { unique: true })
export class ActivityRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'plan_year', type: 'integer' })
  planYear!: number;

  @ManyToOne(() => PlanRow, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_year' })
  plan!: Relation<PlanRow>;

  @Column({ type: 'varchar', length: 8 })
  code!: string;

  /** Order within the plan (codes such as 1.10 do not sort as text). */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ name: 'objective_id', type: 'integer' })
  objectiveId!: number;

  @ManyToOne(() => ObjectiveRow, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'objective_id' })
  objective!: Relation<ObjectiveRow>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'target_value', type: 'double' })
  targetValue!: number;

  @Column({ name: 'target_unit', type: 'varchar', length: 10 })
  targetUnit!: TargetUnit;

  @Column({ name: 'target_counted', type: 'varchar', length: 16 })
  targetCounted!: CountedThing;

  @Column({ name: 'target_description', type: 'text' })
  targetDescription!: string;

  @Column({ type: 'text', nullable: true })
  indicator!: string | null;

  /** Read marks of the schedule: candidates, best reading and ambiguity note. */
  @Column({ type: 'simple-json' })
  schedule!: ScheduleMark[];

  @Column({ name: 'strategy_objectives', type: 'simple-json' })
  strategyObjectives!: string[];

  @Column({ type: 'simple-json' })
  footnotes!: number[];

  @Column({ type: 'simple-json' })
  rule!: IndicatorRule;

  @Column({ type: 'text', nullable: true })
  interpretation!: string | null;

  @ManyToMany(() => UnitRow)
  @JoinTable({
    name: 'activity_units',
    joinColumn: { name: 'activity_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'unit_code', referencedColumnName: 'code' },
  })
  units!: Relation<UnitRow[]>;
}
