import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A partner entity of the strategy (MIMP, PCM, …). Named so as not to clash with TypeORM's @Entity. */
@Entity({ name: 'partner_entities' })
export class PartnerEntityRow {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ name: 'short_name', type: 'varchar', length: 60 })
  shortName!: string;
}
