import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PlanRow } from './plan.entity.js';

@Entity({ name: 'objectives' })
@Index('UQ_objectives_plan_code', ['planYear', 'code'], { unique: true })
export class ObjectiveRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'plan_year', type: 'integer' })
  planYear!: number;

  @ManyToOne(() => PlanRow, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_year' })
  plan!: Relation<PlanRow>;

  @Column({ type: 'varchar', length: 8 })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  /** Footnotes of the plan attached to the objective (null in rows loaded before plans were data). */
  @Column({ type: 'simple-json', nullable: true })
  footnotes!: number[] | null;
}
