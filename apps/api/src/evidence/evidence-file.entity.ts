import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ExecutionRow } from '../execution/execution.entity.js';

/** A means of verification attached to an execution; the bytes live in the storage (see storage.ts). */
@Entity({ name: 'evidence_files' })
@Index('IDX_evidence_files_execution', ['executionId'])
@Index('UQ_evidence_files_storage_key', ['storageKey'], { unique: true })
export class EvidenceFileRow {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ name: 'execution_id', type: 'integer' })
  executionId!: number;

  @ManyToOne(() => ExecutionRow, { nullable: false, onDelete: 'CASCADE', onUpdate: 'NO ACTION' })
  @JoinColumn({ name: 'execution_id' })
  execution!: Relation<ExecutionRow>;

  /** Sanitised, with the extension of the detected type. */
  @Column({ name: 'file_name', type: 'varchar', length: 160 })
  fileName!: string;

  /** Detected from the content, never taken from the upload. */
  @Column({ name: 'content_type', type: 'varchar', length: 100 })
  contentType!: string;

  @Column({ type: 'integer' })
  size!: number;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  /** Random; never derived from the name. */
  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ name: 'uploaded_by', type: 'varchar', length: 254 })
  uploadedBy!: string;

  @Column({ name: 'uploaded_at', type: 'datetime' })
  uploadedAt!: Date;
}
