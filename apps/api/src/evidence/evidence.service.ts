import { createHash } from 'node:crypto';
import {
  EVIDENCE_MAX_BYTES,
  EVIDENCE_MAX_FILES,
  evidenceCountMessage,
  evidenceExtensionOf,
  evidenceTooLargeMessage,
  evidenceTypeMessage,
  sanitizeFileName,
} from '@gj/domain';
import { fileTypeFromBuffer } from 'file-type';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service.js';
import type { Principal } from '../auth/principal.js';
import { conflictError, inputError, notFoundError } from '../common/errors.js';
import { ExecutionRow } from '../execution/execution.entity.js';
import { EXECUTION_NOT_FOUND, type ExecutionService } from '../execution/execution.service.js';
import { EvidenceFileRow } from './evidence-file.entity.js';
import { newStorageKey, type FileStorage } from './storage.js';

export const EVIDENCE_NOT_FOUND = 'El archivo no existe.';

export interface UploadedFile {
  /** The name the browser sent (only its last segment is kept, sanitised). */
  name: string;
  data: Buffer;
}

/**
 * Means of verification of executions. Every operation goes through the execution's scope (a file
 * of an execution the viewer cannot see does not exist for her); uploads and deletions also take
 * the execution's month lock and the recorder rule, like any change of the execution.
 */
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly executions: ExecutionService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async upload(principal: Principal, executionId: number, file: UploadedFile): Promise<EvidenceFileRow> {
    principal.assert('execution:write');
    const shownName = (file.name.split(/[\\/]/).pop() ?? '').slice(0, 120) || 'archivo';
    if (file.data.length === 0) throw inputError(`El archivo «${shownName}» está vacío.`);
    if (file.data.length > EVIDENCE_MAX_BYTES) throw inputError(evidenceTooLargeMessage(shownName));
    const seen = await this.executions.get(principal, executionId);
    if (!seen) throw notFoundError(EXECUTION_NOT_FOUND);
    this.executions.assertMayEdit(principal, seen);
    // The type comes from the bytes: a renamed executable or web page is not a PDF.
    const detected = await fileTypeFromBuffer(file.data);
    const extension = detected ? evidenceExtensionOf(detected.mime) : null;
    if (!extension || !detected) throw inputError(evidenceTypeMessage(shownName));

    const key = newStorageKey(seen.date);
    // Stored first, recorded second: a failed transaction removes the object; a row never points to nothing.
    await this.storage.put(key, file.data, detected.mime);
    try {
      return await this.executions.writeLocked(
        principal,
        executionId,
        () => [],
        async (manager, execution) => {
          await this.lockExecution(manager, executionId);
          const repository = manager.getRepository(EvidenceFileRow);
          const files = await repository.count({ where: { executionId } });
          if (files >= EVIDENCE_MAX_FILES) throw conflictError(evidenceCountMessage(), 'DUPLICATE');
          // The first file makes the execution one "with means of verification".
          if (files === 0)
            await this.executions.aggregates.addDay(manager, execution.activity.id, execution.date, { executions: 0, actions: 0, withEvidence: 1 });
          const row = await repository.save(
            repository.create({
              executionId,
              fileName: sanitizeFileName(file.name, extension),
              contentType: detected.mime,
              size: file.data.length,
              sha256: createHash('sha256').update(file.data).digest('hex'),
              storageKey: key,
              uploadedBy: principal.viewer!.email,
              uploadedAt: new Date(),
            }),
          );
          await this.executions.recordChange(manager, principal, execution, 'evidence.upload', null, describe(row));
          return row;
        },
      );
    } catch (error) {
      await this.storage.delete(key).catch(() => {});
      throw error;
    }
  }

  /** Files of executions the caller already reached (the Execution.evidence field). */
  async listFor(executionIds: readonly number[]): Promise<Map<number, EvidenceFileRow[]>> {
    const result = new Map<number, EvidenceFileRow[]>(executionIds.map((id) => [id, []]));
    if (executionIds.length === 0) return result;
    const rows = await this.dataSource.getRepository(EvidenceFileRow).find({ where: { executionId: In([...executionIds]) }, order: { id: 'ASC' } });
    for (const row of rows) result.get(row.executionId)?.push(row);
    return result;
  }

  /** A file and its bytes, if the caller reaches its execution; audited. */
  async download(principal: Principal, id: number): Promise<{ file: EvidenceFileRow; data: Buffer }> {
    const file = await this.find(principal, id);
    const data = await this.storage.get(file.storageKey);
    if (!data) {
      console.error(`Medio de verificación ${file.id}: falta el objeto ${file.storageKey} en el almacenamiento.`);
      throw notFoundError('El archivo ya no está disponible en el almacenamiento. Comuníquese con la coordinación.');
    }
    const execution = (await this.executions.get(principal, file.executionId))!;
    await this.audit.recordNow(principal.actor, {
      action: 'evidence.download',
      targetType: 'evidence',
      targetId: file.id,
      planYear: execution.activity.planYear,
      activityCode: execution.activity.code,
      subjectEntities: execution.entityCode ? [execution.entityCode] : [],
      after: describe(file),
    });
    return { file, data };
  }

  async delete(principal: Principal, id: number): Promise<boolean> {
    principal.assert('execution:write');
    const file = await this.find(principal, id);
    await this.executions.writeLocked(
      principal,
      file.executionId,
      () => [],
      async (manager, execution) => {
        await this.lockExecution(manager, execution.id);
        const result = await manager.getRepository(EvidenceFileRow).delete({ id, executionId: execution.id });
        if (!result.affected) throw notFoundError(EVIDENCE_NOT_FOUND);
        if ((await manager.getRepository(EvidenceFileRow).count({ where: { executionId: execution.id } })) === 0) {
          await this.executions.aggregates.addDay(manager, execution.activity.id, execution.date, { executions: 0, actions: 0, withEvidence: -1 });
        }
        await this.executions.recordChange(manager, principal, execution, 'evidence.delete', describe(file), null);
      },
    );
    // After the commit: a failure leaves an orphan object, never a row without its file.
    await this.storage.delete(file.storageKey).catch((error: unknown) => console.error(`No se pudo borrar ${file.storageKey}: ${(error as Error).message}`));
    return true;
  }

  /** Objects of executions that were deleted (their rows went with them). */
  async purge(storageKeys: readonly string[]): Promise<void> {
    for (const key of storageKeys)
      await this.storage.delete(key).catch((error: unknown) => console.error(`No se pudo borrar ${key}: ${(error as Error).message}`));
  }

  /** The execution's row, exclusively: uploads and deletions of its files take turns (the count, the "with files" mark). */
  private async lockExecution(manager: EntityManager, executionId: number): Promise<void> {
    if (manager.connection.options.type === 'better-sqlite3') return;
    await manager.getRepository(ExecutionRow).createQueryBuilder('e').setLock('pessimistic_write').where('e.id = :id', { id: executionId }).getOne();
  }

  private async find(principal: Principal, id: number): Promise<EvidenceFileRow> {
    if (!Number.isInteger(id) || id < 1) throw notFoundError(EVIDENCE_NOT_FOUND);
    const file = await this.dataSource.getRepository(EvidenceFileRow).findOne({ where: { id } });
    if (!file || !(await this.executions.get(principal, file.executionId))) throw notFoundError(EVIDENCE_NOT_FOUND);
    return file;
  }
}

/** What the audit trail keeps of a file (never its bytes). */
function describe(file: EvidenceFileRow) {
  return { id: file.id, executionId: file.executionId, fileName: file.fileName, contentType: file.contentType, size: file.size, sha256: file.sha256 };
}
