import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PartnerEntityRow } from './partner-entity.entity.js';

@Entity({ name: 'units' })
export class UnitRow {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 300 })
  name!: string;

  /** UNIT, or ENTITY where the plan names the entity itself as responsible. */
  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ name: 'entity_code', type: 'varchar', length: 16 })
  entityCode!: string;

  @ManyToOne(() => PartnerEntityRow, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entity_code' })
  entity!: Relation<PartnerEntityRow>;
}
