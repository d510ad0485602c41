import type { Office } from '@gj/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How many women hold each office in a term (and how many seats it has, where known). */
@Entity({ name: 'term_census' })
export class CensusRow {
  @PrimaryColumn({ name: 'term_start', type: 'integer' })
  termStart!: number;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  office!: Office;

  @Column({ type: 'integer' })
  women!: number;

  @Column({ type: 'integer', nullable: true })
  seats!: number | null;

  /** Where the figures come from, e.g. "Oficio N° 000309-2024-SG/JNE". */
  @Column({ type: 'varchar', length: 300 })
  source!: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 254 })
  updatedBy!: string;

  @Column({ name: 'updated_at', type: 'datetime' })
  updatedAt!: Date;
}
