import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PlanStatus } from '@gj/domain';

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

  /** Each footnote's number and text (older rows also carry how the 2024 transcription read it). */
  @Column({ type: 'simple-json' })
  footnotes!: { number: number; text: string }[];

  /** DRAFT (coordination only), IN_FORCE (published), CLOSED (read-only). */
  @Column({ type: 'varchar', length: 10, default: 'IN_FORCE' })
  status!: PlanStatus;

  @Column({ name: 'published_at', type: 'datetime', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'closed_at', type: 'datetime', nullable: true })
  closedAt!: Date | null;
}
