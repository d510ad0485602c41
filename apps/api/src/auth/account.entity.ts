import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Role } from '@gj/domain';
import { PartnerEntityRow } from '../partner/partner-entity.entity.js';

@Entity({ name: 'accounts' })
@Index('UQ_accounts_email', ['email'], { unique: true })
export class AccountRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  /** Stored in lower case; unique. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ name: 'entity_code', type: 'varchar', length: 16, nullable: true })
  entityCode!: string | null;

  @ManyToOne(() => PartnerEntityRow, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entity_code' })
  entity!: Relation<PartnerEntityRow> | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** In every token; raised when the account is disabled or enabled, which ends older tokens. */
  @Column({ name: 'session_version', type: 'integer', default: 0 })
  sessionVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
