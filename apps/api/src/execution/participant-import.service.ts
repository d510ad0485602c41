import { OUTCOMES, OUTCOME_LABELS, allowedOutcomes, normalizeText, personSearchName, type Outcome } from '@gj/domain';
import type { DataSource } from 'typeorm';
import { assertCan } from '../auth/permissions.js';
import type { Scope, Viewer } from '../auth/viewer.js';
import { normalizeDni, type RowProblem } from '../authority/authority.service.js';
import { AuthorityRow } from '../authority/authority.entity.js';
import { notFoundError } from '../common/errors.js';
import { readSheet, type SheetFormat } from '../common/tabular-file.js';
import { EXECUTION_NOT_FOUND, writeParticipations, type ExecutionService } from './execution.service.js';

/** Columns of a participants file (header text, case and accents ignored). */
export const PARTICIPANT_COLUMNS: Record<string, string> = {
  dni: 'dni',
  nombres: 'givenNames',
  apellidos: 'familyNames',
  ubigeo: 'ubigeo',
  'ubigeo del gobierno': 'ubigeo',
  resultado: 'outcome',
};

const OUTCOME_BY_TEXT = new Map<string, Outcome>([
  ...OUTCOMES.map((o) => [normalizeText(o), o] as const),
  ...OUTCOMES.map((o) => [normalizeText(OUTCOME_LABELS[o]), o] as const),
  ['inscrito', 'ENROLLED'],
  ['matriculada', 'ENROLLED'],
  ['participo', 'ATTENDED'],
  ['asistio', 'ATTENDED'],
  ['culmino', 'COMPLETED'],
  ['aprobo', 'APPROVED'],
  ['aprobada', 'APPROVED'],
  ['asistida', 'ASSISTED'],
  ['asistencia tecnica', 'ASSISTED'],
]);

export interface ParticipantImportResult {
  inserted: number;
  updated: number;
  errors: RowProblem[];
}

/**
 * Bulk import of an execution's participants from CSV or XLSX. Every row is checked against the
 * register first; with any failing row nothing is written and each failure is listed. Otherwise
 * all rows are written in one transaction.
 */
export class ParticipantImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly executions: ExecutionService,
  ) {}

  async import(viewer: Viewer | null, scope: Scope, executionId: number, content: Buffer, format: SheetFormat): Promise<ParticipantImportResult> {
    assertCan(viewer, 'execution:write');
    const execution = await this.executions.get(scope, executionId);
    if (!execution) throw notFoundError(EXECUTION_NOT_FOUND);
    const rows = await readSheet(content, format, PARTICIPANT_COLUMNS);
    if (rows.length === 0) return { inserted: 0, updated: 0, errors: [{ line: 1, message: 'El archivo no tiene filas de participantes.' }] };
    const allowed = allowedOutcomes(execution.activity.rule);

    const register = await this.dataSource
      .getRepository(AuthorityRow)
      .createQueryBuilder('a')
      .innerJoin('a.government', 'g')
      .select(['a.id AS id', 'a.dni AS dni', 'a.searchName AS searchName', 'a.active AS active', 'g.ubigeo AS ubigeo'])
      .getRawMany<{ id: number; dni: string | null; searchName: string; active: number | boolean; ubigeo: string }>();
    const byDni = new Map<string, (typeof register)[number]>();
    const byName = new Map<string, (typeof register)[number][]>();
    for (const a of register) {
      if (a.dni) byDni.set(a.dni, a);
      const key = `${a.searchName}|${a.ubigeo}`;
      byName.set(key, [...(byName.get(key) ?? []), a]);
    }

    const errors: RowProblem[] = [];
    const lineOf = new Map<number, number>();
    const participants: { authorityId: number; outcome: Outcome }[] = [];
    for (const { line, cells } of rows) {
      const fail = (message: string) => errors.push({ line, message: `Fila ${line}: ${message}` });
      const outcome = OUTCOME_BY_TEXT.get(normalizeText(cells.outcome ?? ''));
      if (!outcome) {
        fail(`el resultado "${cells.outcome ?? ''}" no es válido; use ${allowed.map((o) => OUTCOME_LABELS[o]).join(', ')}.`);
        continue;
      }
      if (!allowed.includes(outcome)) {
        fail(`el resultado "${OUTCOME_LABELS[outcome]}" no corresponde a esta actividad; use ${allowed.map((o) => OUTCOME_LABELS[o]).join(', ')}.`);
        continue;
      }
      const dni = normalizeDni(cells.dni);
      let authority: (typeof register)[number] | undefined;
      if (dni) {
        if (!/^\d{8}$/.test(dni)) {
          fail(`el DNI "${cells.dni}" debe tener 8 dígitos.`);
          continue;
        }
        authority = byDni.get(dni);
        if (!authority) {
          fail(`no hay ninguna autoridad con DNI ${dni} en el registro.`);
          continue;
        }
      } else {
        if (!cells.givenNames || !cells.familyNames || !cells.ubigeo) {
          fail('indique el DNI, o los nombres, apellidos y ubigeo del gobierno.');
          continue;
        }
        const matches = byName.get(`${personSearchName(cells.givenNames, cells.familyNames)}|${cells.ubigeo}`) ?? [];
        if (matches.length === 0) {
          fail(`no hay en el registro una autoridad llamada ${cells.givenNames} ${cells.familyNames} en el gobierno con ubigeo ${cells.ubigeo}.`);
          continue;
        }
        if (matches.length > 1) {
          fail(`${cells.givenNames} ${cells.familyNames} coincide con ${matches.length} autoridades del mismo gobierno; indique el DNI.`);
          continue;
        }
        authority = matches[0]!;
      }
      if (!authority.active) {
        fail('la autoridad está inactiva en el registro.');
        continue;
      }
      const previous = lineOf.get(authority.id);
      if (previous !== undefined) {
        fail(`la misma autoridad ya figura en la fila ${previous}.`);
        continue;
      }
      lineOf.set(authority.id, line);
      participants.push({ authorityId: Number(authority.id), outcome });
    }
    if (errors.length > 0) return { inserted: 0, updated: 0, errors };
    const written = await this.dataSource.transaction(async (manager) => {
      const result = await writeParticipations(manager, executionId, participants);
      const byOutcome: Partial<Record<Outcome, number>> = {};
      for (const p of participants) byOutcome[p.outcome] = (byOutcome[p.outcome] ?? 0) + 1;
      await this.executions.guardAndAudit(manager, viewer, execution, [execution.date], 'participants.import', null, {
        format,
        rows: participants.length,
        ...result,
        byOutcome,
        authorityIds: participants.length <= 2000 ? participants.map((p) => p.authorityId) : undefined,
      });
      return result;
    });
    return { ...written, errors: [] };
  }
}
