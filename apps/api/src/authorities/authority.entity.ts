import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Office } from '@gj/domain';
import { GovernmentRow } from '../geography/geography.entity.js';

/** A woman authority in the register (the strategy's beneficiaries). */
@Entity({ name: 'authorities' })
@Index('IDX_authorities_government', ['governmentId'])
@Index('IDX_authorities_office', ['office'])
@Index('IDX_authorities_search', ['searchName'])
@Index('UQ_authorities_dni_term', ['dni', 'termStart'], { unique: true })
export class AuthorityRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'given_names', type: 'varchar', length: 120 })
  givenNames!: string;

  @Column({ name: 'family_names', type: 'varchar', length: 120 })
  familyNames!: string;

  /** Lower case, no accents, "family given": what searches and duplicate checks compare. */
  @Column({ name: 'search_name', type: 'varchar', length: 250 })
  searchName!: string;

  /** 8 digits; optional, but the same DNI is always the same person (one record per term she holds office in). */
  @Column({ type: 'varchar', length: 8, nullable: true })
  dni!: string | null;

  @Column({ type: 'varchar', length: 24 })
  office!: Office;

  @Column({ name: 'government_id', type: 'integer' })
  governmentId!: number;

  @ManyToOne(() => GovernmentRow, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'government_id' })
  government!: Relation<GovernmentRow>;

  @Column({ name: 'term_start', type: 'integer' })
  termStart!: number;

  @Column({ name: 'term_end', type: 'integer' })
  termEnd!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** Fictional record of the demo database. */
  @Column({ type: 'boolean', default: false })
  synthetic!: boolean;

  /** Set by an import when another record has the same name and government: to be reviewed. */
  @Column({ name: 'possible_duplicate_of', type: 'integer', nullable: true })
  possibleDuplicateOf!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
