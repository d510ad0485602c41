import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A session token ended by signing out before it expired; kept until it would have expired. */
@Entity({ name: 'revoked_sessions' })
@Index('IDX_revoked_sessions_expires', ['expiresAt'])
export class RevokedSessionRow {
  /** The token's `jti`. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  jti!: string;

  @Column({ name: 'account_id', type: 'integer' })
  accountId!: number;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;
}
