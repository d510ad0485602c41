import {
  OUTCOME_LABELS,
  OUTCOMES,
  allowedOutcomes,
  matchUbigeo,
  outcomeFromText,
  outcomeWordList,
  personSearchName,
  readDni,
  restoredDniWarning,
  restoredUbigeoWarning,
  rowProblemList,
  sameIdentity,
  unknownUbigeoProblem,
  type Outcome,
} from '@gj/domain';
import type { DataSource } from 'typeorm';
import type { Principal } from '../auth/principal.js';
import type { RowProblem } from '../authorities/authority.service.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import { notFoundError } from '../common/errors.js';
import { columnMap, isTemplateExample, readSheet, TEMPLATE_EXAMPLE_SKIPPED, type ImportColumn, type SheetFormat } from '../common/tabular-file.js';
import { GovernmentRow } from '../geography/geography.entity.js';
import { EXECUTION_NOT_FOUND, writeParticipations, type ExecutionService } from './execution.service.js';

/** Columns of a participants file (header text, case and accents ignored); its template is built from them. */
export const PARTICIPANT_SHEET: readonly ImportColumn[] = [
  {
    key: 'dni',
    header: 'dni',
    required: 'Sí, salvo que la fila traiga nombres, apellidos y ubigeo',
    format: '8 dígitos, con los ceros iniciales. Guarde la columna como Texto: Excel quita los ceros (si faltan, se restituyen y se avisa).',
    example: '04123456',
  },
  {
    key: 'givenNames',
    header: 'nombres',
    required: 'Solo sin DNI (si hay DNI y nombres, deben ser los de esa persona)',
    format: 'Texto.',
    example: 'Rosa Elena',
  },
  { key: 'familyNames', header: 'apellidos', required: 'Solo sin DNI', format: 'Texto.', example: 'Quispe Mamaní' },
  {
    key: 'ubigeo',
    header: 'ubigeo',
    aliases: ['ubigeo del gobierno'],
    required: 'Solo sin DNI',
    format:
      'Ubigeo del gobierno como Texto: 2 dígitos (gobierno regional), 4 (municipalidad provincial) o 6 (distrital), p. ej. 010102. El distrito capital de una provincia (…01) lo gobierna la municipalidad provincial: use sus 4 dígitos. Excel quita el cero inicial de los departamentos 01 a 09.',
    example: '010102',
  },
  {
    key: 'outcome',
    header: 'resultado',
    required: 'Sí',
    format: `Uno de: ${outcomeWordList(OUTCOMES)}. Mayúsculas y tildes dan igual; cada actividad admite solo algunos.`,
    example: OUTCOME_LABELS.COMPLETED,
  },
];

export const PARTICIPANT_COLUMNS = columnMap(PARTICIPANT_SHEET);

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
    this.executions.assertMayEdit(principal, execution);
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
    const governments = new Map(
      (await this.dataSource.getRepository(GovernmentRow).find({ select: { ubigeo: true, name: true } })).map((g) => [g.ubigeo, g.name]),
    );
    for (const { line, cells } of rows) {
      const fail = (message: string) => errors.push({ line, message: `Fila ${line}: ${message}` });
      if (isTemplateExample(PARTICIPANT_SHEET, cells)) {
        warnings.push({ line, message: `Fila ${line}: ${TEMPLATE_EXAMPLE_SKIPPED}` });
        continue;
      }
      const outcome = outcomeFromText(cells.outcome ?? '');
      if (!outcome) {
        fail(
          cells.outcome
            ? `el resultado "${cells.outcome}" no es válido. Palabras aceptadas: ${outcomeWordList(allowed)}.`
            : `falta el resultado. Palabras aceptadas: ${outcomeWordList(allowed)}.`,
        );
        continue;
      }
      if (!allowed.includes(outcome)) {
        fail(`el resultado "${OUTCOME_LABELS[outcome]}" no corresponde a esta actividad; use ${allowed.map((o) => OUTCOME_LABELS[o]).join(', ')}.`);
        continue;
      }
      const dni = readDni(cells.dni);
      const ubigeo = matchUbigeo(cells.ubigeo, (u) => governments.get(u));
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
          // A focal point cannot add people to the register: say who can.
          fail(
            `el DNI ${dni.dni} no está en el registro de mujeres autoridades. Pida a la coordinación (MIMP) que registre a esa autoridad, o corrija el DNI.`,
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
        if (ubigeo.kind === 'UNKNOWN') {
          fail(rowProblemList({ ubigeo: unknownUbigeoProblem(ubigeo.text) }) + '.');
          continue;
        }
        if (!cells.givenNames || !cells.familyNames || ubigeo.kind !== 'FOUND') {
          fail('indique el DNI, o los nombres, apellidos y ubigeo del gobierno.');
          continue;
        }
        const matches = byName.get(`${personSearchName(cells.givenNames, cells.familyNames)}|${ubigeo.ubigeo}`) ?? [];
        if (matches.length === 0) {
          fail(
            `${cells.givenNames} ${cells.familyNames} no está en el registro de mujeres autoridades de ${ubigeo.government} (ubigeo ${ubigeo.ubigeo}). Pida a la coordinación (MIMP) que registre a esa autoridad, o corrija los nombres o el ubigeo.`,
          );
          continue;
        }
        if (matches.length > 1) {
          fail(`${cells.givenNames} ${cells.familyNames} coincide con ${matches.length} autoridades del mismo gobierno; indique el DNI.`);
          continue;
        }
        authority = matches[0]!;
        if (ubigeo.restored) warnings.push({ line, message: `Fila ${line}: ${restoredUbigeoWarning(cells.ubigeo ?? '', ubigeo.ubigeo, ubigeo.government)}` });
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
        const people = { activityIds: [locked.activity.id], authorityIds: participants.map((p) => p.authorityId), addedOn: locked.date };
        const result = await this.executions.aggregates.around(manager, people, () => writeParticipations(manager, executionId, participants));
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
