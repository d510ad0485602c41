/**
 * Loads or refreshes departments, provinces, districts and governments from an INEI ubigeo file:
 *   npm run import:ubigeo -- /ruta/ubigeo_inei_2025.csv
 * Idempotent; a file with errors writes nothing and exits with code 1.
 */
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { COMMAND_LINE } from '../audit/audit.service.js';
import { runAsCommand } from './command.js';
import { GeographyService, type ImportTally, type UbigeoImportSummary } from '../geography/geography.service.js';
import { UbigeoFileError } from '../geography/ubigeo-file.js';

const USAGE = `Uso:
  npm run import:ubigeo -- <archivo.csv>

El archivo es la lista de ubigeos del INEI: una fila por distrito, separada por ";", en UTF-8,
con las columnas departamento;provincia;distrito;ubigeo (y opcionalmente población).`;

export interface ImportIO {
  out(line: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

const TABLES: [keyof Omit<UbigeoImportSummary, 'warnings'>, string][] = [
  ['departments', 'departamentos'],
  ['provinces', 'provincias'],
  ['districts', 'distritos'],
  ['governments', 'gobiernos'],
];

function describeTally(t: ImportTally): string {
  const parts = [`${t.inserted} nuevos`, `${t.updated} actualizados`, `${t.unchanged} sin cambios`];
  if (t.notInFile > 0) parts.push(`${t.notInFile} ya no figuran en el archivo (se conservan)`);
  return parts.join(', ');
}

/** The summary as printed, one line per table, then the warnings. */
export function formatSummary(summary: UbigeoImportSummary): string[] {
  const width = Math.max(...TABLES.map(([, label]) => label.length)) + 1;
  const lines = TABLES.map(([key, label]) => `  ${`${label}:`.padEnd(width)} ${describeTally(summary[key])}`);
  if (summary.warnings.length > 0) {
    lines.push(`Advertencias (${summary.warnings.length}):`, ...summary.warnings.map((w) => `  ${w}`));
  }
  return lines;
}

/** Runs the command; returns the exit code. Errors a person must fix are printed in Spanish. */
export async function runImportUbigeo(argv: string[], geography: GeographyService, io: ImportIO): Promise<number> {
  const files = argv.filter((a) => a !== '--');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    io.out(USAGE);
    return 2;
  }
  const path = resolve(io.cwd, files[0]!);
  let content: Buffer;
  try {
    content = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.out(`Error: ${code === 'ENOENT' ? `no existe el archivo ${path}.` : `no se puede leer ${path} (${(error as Error).message}).`}`);
    return 1;
  }
  try {
    const summary = await geography.importUbigeo(content, COMMAND_LINE);
    io.out(`Ubigeos importados de ${path}:`);
    for (const line of formatSummary(summary)) io.out(line);
    return 0;
  } catch (error) {
    if (error instanceof UbigeoFileError) {
      io.out(`Error: ${error.message}`);
      io.out('No se importó nada.');
      return 1;
    }
    throw error;
  }
}

runAsCommand(import.meta.url, (dataSource) =>
  // npm runs workspace scripts inside apps/api; INIT_CWD is where npm was started.
  runImportUbigeo(process.argv.slice(2), new GeographyService(dataSource), { out: (line) => console.log(line), cwd: process.env.INIT_CWD ?? process.cwd() }),
);
