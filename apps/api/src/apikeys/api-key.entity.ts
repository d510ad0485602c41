import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A read-only credential of another state system. Only a hash of the secret is stored. */
@Entity({ name: 'api_keys' })
export class ApiKeyRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Public part of the key ("gj_<prefix>_…"), to find it without scanning. */
  @Index('UQ_api_keys_prefix', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  /** SHA-256 of the whole key: the key is 256 random bits, so a fast hash is enough. */
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash!: string;

  /** Null: all entities; otherwise the only entity it may read. */
  @Column({ name: 'entity_code', type: 'varchar', length: 16, nullable: true })
  entityCode!: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 254 })
  createdBy!: string;

  @CreateDateColumn({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'datetime', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'datetime', nullable: true })
  revokedAt!: Date | null;
}
