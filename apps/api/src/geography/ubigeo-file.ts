/**
 * INEI's ubigeo list (one row per district, `;`-separated, UTF-8 with or without BOM) parsed and
 * validated into departments, provinces, districts and the governments derived from them.
 * Parsing is pure; `readBundledUbigeo` reads the list shipped with the API.
 */
import { readFile } from 'node:fs/promises';
import type { GovernmentLevel } from '@gj/domain';
import { parse } from 'csv-parse/sync';

export interface UbigeoDepartment {
  code: string;
  name: string;
}

export interface UbigeoProvince {
  code: string;
  departmentCode: string;
  name: string;
}

export interface UbigeoDistrict {
  /** Line of the file the district was read from (the header is line 1). */
  line: number;
  ubigeo: string;
  provinceCode: string;
  departmentCode: string;
  name: string;
  population: number | null;
}

export interface UbigeoGovernment {
  ubigeo: string;
  level: GovernmentLevel;
  name: string;
  departmentCode: string;
}

export interface UbigeoList {
  departments: UbigeoDepartment[];
  provinces: UbigeoProvince[];
  districts: UbigeoDistrict[];
  /** Problems that did not stop the import (e.g. a province named two ways), in Spanish. */
  warnings: string[];
}

/** The file cannot be imported; `problems` holds one Spanish sentence per problem, with its line. */
export class UbigeoFileError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? problems[0]!
        : [
            `El archivo de ubigeos tiene ${problems.length} errores; no se importó nada.`,
            ...problems.slice(0, MAX_LISTED_PROBLEMS),
            ...(problems.length > MAX_LISTED_PROBLEMS ? [`… y ${problems.length - MAX_LISTED_PROBLEMS} errores más.`] : []),
          ].join('\n'),
    );
    this.name = 'UbigeoFileError';
  }
}

const MAX_LISTED_PROBLEMS = 20;

/** Column lengths of the tables (see geography.entity.ts). */
const MAX_LENGTH = { department: 100, province: 100, district: 150 } as const;

type ColumnKey = 'department' | 'province' | 'district' | 'ubigeo' | 'population';

/** Header (lower case, no accents) → column; the first four are required. */
const COLUMNS: Record<ColumnKey, { header: string; required: boolean }> = {
  department: { header: 'departamento', required: true },
  province: { header: 'provincia', required: true },
  district: { header: 'distrito', required: true },
  ubigeo: { header: 'ubigeo', required: true },
  population: { header: 'poblacion', required: false },
};

const CALLAO = '07';
const LIMA_PROVINCE = '1501';

const headerKey = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();

function decode(content: string | Uint8Array): string {
  if (typeof content === 'string') return content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content); // drops a BOM
  } catch {
    throw new UbigeoFileError(['El archivo de ubigeos no está codificado en UTF-8: guárdelo como "CSV UTF-8" y vuelva a intentarlo.']);
  }
}

function parseTable(text: string): { line: number; values: string[] }[] {
  try {
    // With `info: true` each record comes as { record, info }; the typings only describe the plain form.
    const records = parse(text, {
      delimiter: ';',
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ line: info.lines, values: record }));
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const where = typeof line === 'number' ? `Fila ${line}: ` : '';
    throw new UbigeoFileError([`${where}el archivo no es un CSV válido separado por ";" (${(error as Error).message}).`]);
  }
}

function parsePopulation(text: string): number | null | undefined {
  if (text === '') return null;
  const match = /^(\d+)(?:\.0+)?$/.exec(text.replace(/\s/g, ''));
  if (!match) return undefined;
  const value = Number(match[1]);
  return Number.isSafeInteger(value) && value <= 2_147_483_647 ? value : undefined;
}

/** The name most rows give; on a tie, the one read first. Other spellings become warnings. */
function pickName(kind: string, code: string, names: { name: string; line: number }[], warnings: string[]): string {
  const counts = new Map<string, number>();
  for (const { name } of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let chosen = names[0]!.name;
  for (const [name, count] of counts) if (count > counts.get(chosen)!) chosen = name;
  for (const { name, line } of names) {
    if (name !== chosen) warnings.push(`Fila ${line}: ${kind} ${code} figura como "${name}"; se usa "${chosen}", el nombre de sus otras filas.`);
  }
  return chosen;
}

/** Parses and validates the whole file; throws UbigeoFileError listing every bad line. */
export function parseUbigeoFile(content: string | Uint8Array): UbigeoList {
  const table = parseTable(decode(content));
  const [header, ...rows] = table;
  if (!header) throw new UbigeoFileError(['El archivo de ubigeos está vacío.']);

  const index = {} as Record<ColumnKey, number>;
  const problems: string[] = [];
  const headers = header.values.map(headerKey);
  for (const [key, { header: name, required }] of Object.entries(COLUMNS) as [ColumnKey, (typeof COLUMNS)[ColumnKey]][]) {
    index[key] = headers.indexOf(name);
    if (index[key] === -1 && required) problems.push(`Fila ${header.line}: falta la columna obligatoria "${name}".`);
  }
  if (problems.length > 0) throw new UbigeoFileError(problems);
  if (rows.length === 0) throw new UbigeoFileError(['El archivo de ubigeos no tiene filas de distritos.']);

  const districts: UbigeoDistrict[] = [];
  const seen = new Map<string, number>();
  const departmentNames = new Map<string, { name: string; line: number }[]>();
  const provinceNames = new Map<string, { name: string; line: number }[]>();

  for (const { line, values } of rows) {
    const cell = (key: ColumnKey): string | undefined => (index[key] === -1 ? undefined : values[index[key]]);
    const rowProblems: string[] = [];
    const missing = (['department', 'province', 'district', 'ubigeo'] as const).filter((k) => cell(k) === undefined);
    if (missing.length > 0) {
      problems.push(
        `Fila ${line}: faltan columnas (${missing.map((k) => COLUMNS[k].header).join(', ')}); la fila tiene ${values.length} de ${header.values.length}.`,
      );
      continue;
    }
    const ubigeo = cell('ubigeo')!;
    if (!/^\d{6}$/.test(ubigeo)) {
      const hint = /^\d{5}$/.test(ubigeo) ? ' (¿se perdió el cero inicial?)' : '';
      rowProblems.push(`Fila ${line}: ubigeo "${ubigeo}" no tiene 6 dígitos${hint}.`);
    } else if (/^(?:00|\d\d00|\d{4}00)/.test(ubigeo)) {
      rowProblems.push(`Fila ${line}: ubigeo "${ubigeo}" no es un código de distrito (departamento, provincia y distrito van de 01 en adelante).`);
    } else if (seen.has(ubigeo)) {
      rowProblems.push(`Fila ${line}: el ubigeo "${ubigeo}" ya figura en la fila ${seen.get(ubigeo)}.`);
    }
    const names = { department: cell('department')!, province: cell('province')!, district: cell('district')! };
    const labels = { department: 'departamento', province: 'provincia', district: 'distrito' } as const;
    for (const key of ['department', 'province', 'district'] as const) {
      if (names[key] === '') rowProblems.push(`Fila ${line}: el nombre del ${labels[key]} está vacío.`);
      else if (names[key].length > MAX_LENGTH[key]) rowProblems.push(`Fila ${line}: el nombre del ${labels[key]} supera los ${MAX_LENGTH[key]} caracteres.`);
    }
    const populationText = cell('population') ?? '';
    const population = parsePopulation(populationText);
    if (population === undefined) rowProblems.push(`Fila ${line}: la población "${populationText}" no es un número entero.`);

    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    seen.set(ubigeo, line);
    const departmentCode = ubigeo.slice(0, 2);
    const provinceCode = ubigeo.slice(0, 4);
    if (!departmentNames.has(departmentCode)) departmentNames.set(departmentCode, []);
    departmentNames.get(departmentCode)!.push({ name: names.department, line });
    if (!provinceNames.has(provinceCode)) provinceNames.set(provinceCode, []);
    provinceNames.get(provinceCode)!.push({ name: names.province, line });
    districts.push({ line, ubigeo, provinceCode, departmentCode, name: names.district, population: population ?? null });
  }
  if (problems.length > 0) throw new UbigeoFileError(problems);

  const warnings: string[] = [];
  const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code);
  const departments = [...departmentNames].map(([code, names]) => ({ code, name: pickName('el departamento', code, names, warnings) })).sort(byCode);
  const provinces = [...provinceNames]
    .map(([code, names]) => ({ code, departmentCode: code.slice(0, 2), name: pickName('la provincia', code, names, warnings) }))
    .sort(byCode);
  districts.sort((a, b) => a.ubigeo.localeCompare(b.ubigeo));
  return { departments, provinces, districts, warnings };
}

/**
 * Governments of the list: one regional government per department, one provincial municipality
 * per province, one district municipality per district except a province's capital (DDPP01),
 * which the provincial municipality governs.
 */
export function deriveGovernments(list: Pick<UbigeoList, 'departments' | 'provinces' | 'districts'>): UbigeoGovernment[] {
  const governments: UbigeoGovernment[] = [
    ...list.departments.map((d) => ({
      ubigeo: d.code,
      level: 'REGIONAL' as const,
      name: d.code === CALLAO ? 'Gobierno Regional del Callao' : `Gobierno Regional de ${d.name}`,
      departmentCode: d.code,
    })),
    ...list.provinces.map((p) => ({
      ubigeo: p.code,
      level: 'PROVINCIAL' as const,
      name: p.code === LIMA_PROVINCE ? 'Municipalidad Metropolitana de Lima' : `Municipalidad Provincial de ${p.name}`,
      departmentCode: p.departmentCode,
    })),
    ...list.districts
      .filter((d) => !d.ubigeo.endsWith('01'))
      .map((d) => ({ ubigeo: d.ubigeo, level: 'DISTRICT' as const, name: `Municipalidad Distrital de ${d.name}`, departmentCode: d.departmentCode })),
  ];
  return governments.sort((a, b) => a.ubigeo.localeCompare(b.ubigeo));
}

/** The INEI 2025 list shipped in apps/api/data/ubigeo (the same path from src/ and dist/). */
export const BUNDLED_UBIGEO_FILE = new URL('../../data/ubigeo/ubigeo_inei_2025.csv', import.meta.url);

export function readBundledUbigeo(): Promise<Buffer> {
  return readFile(BUNDLED_UBIGEO_FILE);
}
