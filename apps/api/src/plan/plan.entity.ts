import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Footnote } from '@gj/domain';

@Entity({ name: 'plans' })
export class PlanRow {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ name: 'legal_basis', type: 'varchar', length: 200 })
  legalBasis!: string;

  @Column({ name: 'general_objective', type: 'text' })
  generalObjective!: string;

  @Column({ type: 'simple-json' })
  footnotes!: Footnote[];
}
