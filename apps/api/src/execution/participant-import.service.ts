import {
  OUTCOME_LABELS,
  allowedOutcomes,
  outcomeFromText,
  personSearchName,
  readDni,
  readUbigeo,
  restoredDniWarning,
  sameIdentity,
  type Outcome,
} from '@gj/domain';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import type { RowProblem } from '../authorities/authority.service.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
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

/** People per audit entry of an import (each entry stays well under the audit's size limit). */
const AUDIT_CHUNK = 1_000;

export interface ParticipantImportResult {
  inserted: number;
  updated: number;
  /** Rows read with an assumption the person should check (e.g. a DNI's leading zeros restored). */
  warnings: RowProblem[];
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

  async import(principal: Principal, executionId: number, content: Buffer, format: SheetFormat): Promise<ParticipantImportResult> {
    principal.assert('execution:write');
    const execution = await this.executions.get(principal, executionId);
    if (!execution) throw notFoundError(EXECUTION_NOT_FOUND);
    const rows = await readSheet(content, format, PARTICIPANT_COLUMNS);
    if (rows.length === 0) return { inserted: 0, updated: 0, warnings: [], errors: [{ line: 1, message: 'El archivo no tiene filas de participantes.' }] };
    const allowed = allowedOutcomes(execution.activity.rule);

    const register = await this.dataSource
      .getRepository(AuthorityRow)
      .createQueryBuilder('a')
      .innerJoin('a.government', 'g')
      .select([
        'a.id AS id',
        'a.dni AS dni',
        'a.givenNames AS givenNames',
        'a.familyNames AS familyNames',
        'a.searchName AS searchName',
        'a.active AS active',
        'a.termStart AS termStart',
        'a.termEnd AS termEnd',
        'g.ubigeo AS ubigeo',
      ])
      .getRawMany<{
        id: number;
        dni: string | null;
        givenNames: string;
        familyNames: string;
        searchName: string;
        active: number | boolean;
        termStart: number;
        termEnd: number;
        ubigeo: string;
      }>();
    // People are matched among those in office in the plan's year: a re-elected woman has a record per term.
    const year = execution.activity.planYear;
    const inOffice = (a: (typeof register)[number]) => Number(a.termStart) <= year && year <= Number(a.termEnd);
    const byDni = new Map<string, (typeof register)[number]>();
    const otherTerm = new Map<string, (typeof register)[number]>();
    const byName = new Map<string, (typeof register)[number][]>();
    for (const a of register) {
      if (a.dni && !inOffice(a)) otherTerm.set(a.dni, a);
      if (!inOffice(a)) continue;
      if (a.dni) byDni.set(a.dni, a);
      const key = `${a.searchName}|${a.ubigeo}`;
      byName.set(key, [...(byName.get(key) ?? []), a]);
    }

    const errors: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    const lineOf = new Map<number, number>();
    const participants: { authorityId: number; outcome: Outcome }[] = [];
    for (const { line, cells } of rows) {
      const fail = (message: string) => errors.push({ line, message: `Fila ${line}: ${message}` });
      const outcome = outcomeFromText(cells.outcome ?? '');
      if (!outcome) {
        fail(`el resultado "${cells.outcome ?? ''}" no es válido; use ${allowed.map((o) => OUTCOME_LABELS[o]).join(', ')}.`);
        continue;
      }
      if (!allowed.includes(outcome)) {
        fail(`el resultado "${OUTCOME_LABELS[outcome]}" no corresponde a esta actividad; use ${allowed.map((o) => OUTCOME_LABELS[o]).join(', ')}.`);
        continue;
      }
      const dni = readDni(cells.dni);
      const ubigeo = readUbigeo(cells.ubigeo);
      let authority: (typeof register)[number] | undefined;
      if (dni.kind === 'INVALID') {
        fail(`el DNI "${dni.text}" debe tener 8 dígitos.`);
        continue;
      }
      if (dni.kind === 'VALID') {
        authority = byDni.get(dni.dni);
        const elsewhere = otherTerm.get(dni.dni);
        if (!authority && elsewhere) {
          fail(
            `la autoridad con DNI ${dni.dni} (${elsewhere.givenNames} ${elsewhere.familyNames}) está registrada en el periodo ${elsewhere.termStart}–${elsewhere.termEnd}, no en funciones en ${year}.`,
          );
          continue;
        }
        if (!authority) {
          fail(
            `no hay ninguna autoridad con DNI ${dni.dni} en el registro. Si es una autoridad en funciones, pida a la coordinación del MIMP que la registre y vuelva a importar el archivo.`,
          );
          continue;
        }
        // A DNI typo that lands on another woman must not credit her.
        if (cells.givenNames && cells.familyNames && !sameIdentity(authority, { givenNames: cells.givenNames, familyNames: cells.familyNames })) {
          fail(
            `el DNI ${dni.dni} corresponde a ${authority.givenNames} ${authority.familyNames}, no a ${cells.givenNames} ${cells.familyNames}. Revise el DNI.`,
          );
          continue;
        }
        if (dni.restored) warnings.push({ line, message: `Fila ${line}: ${restoredDniWarning(cells.dni ?? '', dni.dni)}` });
      } else {
        if (!cells.givenNames || !cells.familyNames || ubigeo.kind !== 'VALID') {
          fail(
            ubigeo.kind === 'INVALID'
              ? `el ubigeo "${ubigeo.text}" no es válido (2, 4 o 6 dígitos).`
              : 'indique el DNI, o los nombres, apellidos y ubigeo del gobierno.',
          );
          continue;
        }
        const matches = byName.get(`${personSearchName(cells.givenNames, cells.familyNames)}|${ubigeo.ubigeo}`) ?? [];
        if (matches.length === 0) {
          fail(
            `no hay en el registro una autoridad llamada ${cells.givenNames} ${cells.familyNames} en el gobierno con ubigeo ${ubigeo.ubigeo}. Si es una autoridad en funciones, pida a la coordinación del MIMP que la registre.`,
          );
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
    if (errors.length > 0) return { inserted: 0, updated: 0, warnings, errors };
    const written = await this.executions.writeLocked(
      principal,
      executionId,
      () => [],
      async (manager, locked) => {
        const result = await writeParticipations(manager, executionId, participants);
        // Every person with her outcome before and after, in entries small enough to keep whole.
        const parts = Math.max(1, Math.ceil(participants.length / AUDIT_CHUNK));
        for (let part = 0; part < parts; part++) {
          const chunk = participants.slice(part * AUDIT_CHUNK, (part + 1) * AUDIT_CHUNK);
          const before = chunk
            .filter((p) => result.previous.has(p.authorityId))
            .map((p) => ({ authorityId: p.authorityId, outcome: result.previous.get(p.authorityId)! }));
          await this.executions.recordChange(manager, principal, locked, 'participants.import', before.length > 0 ? { participants: before } : null, {
            format,
            rows: participants.length,
            inserted: result.inserted,
            updated: result.updated,
            part: `${part + 1}/${parts}`,
            participants: chunk.map((p) => ({ authorityId: p.authorityId, outcome: p.outcome })),
          });
        }
        return { inserted: result.inserted, updated: result.updated };
      },
    );
    return { ...written, warnings, errors: [] };
  }
}
