import { normalizeText, type GovernmentLevel } from '@gj/domain';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { DepartmentRow, DistrictRow, GovernmentRow, ProvinceRow } from './geography.entity.js';
import { deriveGovernments, parseUbigeoFile } from './ubigeo-file.js';
import { AuditService, SYSTEM, type Actor } from '../audit/audit.service.js';

/** What an import did to one table. Rows missing from the file are kept, and counted. */
export interface ImportTally {
  inserted: number;
  updated: number;
  unchanged: number;
  notInFile: number;
}

export interface UbigeoImportSummary {
  departments: ImportTally;
  provinces: ImportTally;
  districts: ImportTally;
  governments: ImportTally;
  /** Problems in the file that did not stop the import, in Spanish. */
  warnings: string[];
}

export interface GovernmentSearch {
  search?: string | null;
  level?: GovernmentLevel | null;
  departmentCode?: string | null;
  limit: number;
}

/** Rows per INSERT statement. */
const CHUNK = 500;

/**
 * Departments, provinces, districts and their governments, loaded from INEI's ubigeo list.
 * Public data, the same for every viewer.
 */
export class GeographyService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Imports an INEI ubigeo file (see ubigeo-file.ts). Validation happens before any write; all
   * writes share one transaction. Rows are matched by code/ubigeo and written only when new or
   * changed; rows the file no longer lists are kept (other tables reference governments).
   */
  async importUbigeo(content: string | Uint8Array, actor: Actor = SYSTEM): Promise<UbigeoImportSummary> {
    const list = parseUbigeoFile(content);
    const governments = deriveGovernments(list);
    return this.dataSource.transaction(async (manager) => {
      const summary: UbigeoImportSummary = {
        departments: await sync(manager, DepartmentRow, 'code', list.departments, ['name']),
        provinces: await sync(manager, ProvinceRow, 'code', list.provinces, ['name', 'departmentCode']),
        districts: await sync(
          manager,
          DistrictRow,
          'ubigeo',
          list.districts.map(({ line: _line, ...district }) => district),
          ['name', 'population', 'provinceCode', 'departmentCode'],
        ),
        governments: await sync(manager, GovernmentRow, 'ubigeo', governments, ['name', 'level', 'departmentCode']),
        warnings: list.warnings,
      };
      await new AuditService(this.dataSource).record(manager, actor, { action: 'geography.import', targetType: 'geography', after: summary });
      return summary;
    });
  }

  async isEmpty(): Promise<boolean> {
    return (await this.dataSource.getRepository(DepartmentRow).count()) === 0;
  }

  listDepartments(): Promise<DepartmentRow[]> {
    return this.dataSource.getRepository(DepartmentRow).find({ order: { code: 'ASC' } });
  }

  /**
   * Governments by level and department, in ubigeo order (each region before its provinces and
   * districts). `search` is found inside the name ignoring case, accents and repeated spaces: the
   * rows of the filter (at most ~2,100) are compared in TypeScript, the same on every database.
   */
  async searchGovernments({ search, level, departmentCode, limit }: GovernmentSearch): Promise<GovernmentRow[]> {
    const query = this.dataSource
      .getRepository(GovernmentRow)
      .createQueryBuilder('government')
      .innerJoinAndSelect('government.department', 'department')
      .orderBy('government.ubigeo', 'ASC');
    if (level) query.andWhere('government.level = :level', { level });
    if (departmentCode) query.andWhere('government.departmentCode = :departmentCode', { departmentCode });
    const wanted = normalizeText(search ?? '');
    // Many-to-one join: one row per government, so a plain LIMIT is right.
    if (wanted === '') return query.limit(limit).getMany();
    const rows = await query.getMany();
    const matches: GovernmentRow[] = [];
    for (const row of rows) {
      if (normalizeText(row.name).includes(wanted)) matches.push(row);
      if (matches.length === limit) break;
    }
    return matches;
  }
}

/**
 * Brings one table in line with the file: loads it once, inserts the new rows in chunks and
 * updates only the rows whose compared columns differ.
 */
async function sync<T extends ObjectLiteral, K extends keyof T & string>(
  manager: EntityManager,
  target: EntityTarget<T>,
  key: K,
  wanted: readonly Partial<T>[],
  compared: readonly (keyof T & string)[],
): Promise<ImportTally> {
  const existing = new Map<unknown, T>();
  for (const row of await manager.getRepository(target).find()) existing.set(row[key], row);

  const tally: ImportTally = { inserted: 0, updated: 0, unchanged: 0, notInFile: 0 };
  const inserts: Partial<T>[] = [];
  const seen = new Set<unknown>();
  for (const row of wanted) {
    seen.add(row[key]);
    const current = existing.get(row[key]);
    if (!current) {
      inserts.push(row);
      continue;
    }
    const changes: Partial<T> = {};
    for (const column of compared) if (current[column] !== row[column]) changes[column] = row[column];
    if (Object.keys(changes).length === 0) {
      tally.unchanged += 1;
      continue;
    }
    await manager
      .createQueryBuilder()
      .update(target)
      .set(changes as QueryDeepPartialEntity<T>)
      .where({ [key]: row[key] })
      .execute();
    tally.updated += 1;
  }
  for (let start = 0; start < inserts.length; start += CHUNK) {
    const chunk = inserts.slice(start, start + CHUNK) as QueryDeepPartialEntity<T>[];
    await manager.createQueryBuilder().insert().into(target).values(chunk).updateEntity(false).execute();
  }
  tally.inserted = inserts.length;
  for (const code of existing.keys()) if (!seen.has(code)) tally.notInFile += 1;
  return tally;
}
