import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Joint activities: only the entity that recorded an execution (or the coordination) may change
 * it, so `executions.entity_code` must name that entity, one of the activity's responsible
 * entities. The column exists since the first executions, but records may lack it, or name the
 * coordination's own entity (MIMP) for another entity's activity. Each row takes, in order, the
 * first of these that is responsible for its activity: its current entity, its author's account
 * entity, the entity of the account the audit trail names for its creation; else the activity's
 * only responsible entity; else (a joint activity without a trace) none, shown as "No registrado".
 * Data only: nothing to undo.
 */
export class ExecutionRecorder1764979200000 implements MigrationInterface {
  name = 'ExecutionRecorder1764979200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: number; activity_id: number; entity_code: string | null; account_entity: string | null }[] = await queryRunner.query(
      'SELECT e.id AS id, e.activity_id AS activity_id, e.entity_code AS entity_code, acc.entity_code AS account_entity FROM executions e LEFT JOIN accounts acc ON acc.id = e.created_by',
    );
    if (rows.length === 0) return;
    const responsible = new Map<number, Set<string>>();
    const units: { activity_id: number; entity_code: string }[] = await queryRunner.query(
      'SELECT au.activity_id AS activity_id, u.entity_code AS entity_code FROM activity_units au INNER JOIN units u ON u.code = au.unit_code',
    );
    for (const u of units) responsible.set(Number(u.activity_id), (responsible.get(Number(u.activity_id)) ?? new Set()).add(u.entity_code));
    const audited = new Map<number, string>();
    const entries: { target_id: string; entity_code: string | null }[] = await queryRunner.query(
      "SELECT ae.target_id AS target_id, acc.entity_code AS entity_code FROM audit_entries ae INNER JOIN accounts acc ON acc.id = ae.actor_id WHERE ae.action = 'execution.create' AND ae.target_type = 'execution'",
    );
    for (const entry of entries) if (entry.entity_code) audited.set(Number(entry.target_id), entry.entity_code);

    const changes = new Map<string | null, number[]>();
    for (const row of rows) {
      const entities = responsible.get(Number(row.activity_id)) ?? new Set<string>();
      const candidates = [row.entity_code, row.account_entity, audited.get(Number(row.id)) ?? null];
      const found = candidates.find((c): c is string => c !== null && entities.has(c));
      const entity = found ?? (entities.size === 1 ? [...entities][0]! : null);
      if (entity !== row.entity_code) changes.set(entity, [...(changes.get(entity) ?? []), Number(row.id)]);
    }
    for (const [entity, ids] of changes) {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        await queryRunner.query(`UPDATE executions SET entity_code = ? WHERE id IN (${chunk.map(() => '?').join(', ')})`, [entity, ...chunk]);
      }
    }
  }

  async down(): Promise<void> {
    // The previous values were incomplete, not different information: nothing to restore.
  }
}
