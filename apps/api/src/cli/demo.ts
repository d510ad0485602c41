/**
 * The demo database's data, from the command line:
 *   npm run demo -- purge     disables the demo accounts and deletes the demo register and executions
 */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { purgeDemoData } from '../demo/demo-data.js';
import { runAsCommand } from './command.js';

const USAGE = 'Uso:\n  npm run demo -- purge';

export async function runDemoCommand(argv: string[], dataSource: DataSource, out: (line: string) => void): Promise<number> {
  if (argv[0] !== 'purge' || argv.length !== 1) {
    out(USAGE);
    return 2;
  }
  const summary = await purgeDemoData(dataSource, new AuditService(dataSource));
  out(
    `Datos de demostración eliminados: ${summary.executions} ejecuciones, ${summary.participations} participaciones, ` +
      `${summary.authorities} autoridades ficticias, ${summary.submissions} reportes mensuales; ` +
      `cuentas deshabilitadas: ${summary.accountsDisabled.length ? summary.accountsDisabled.join(', ') : 'ninguna'}.`,
  );
  return 0;
}

runAsCommand(import.meta.url, (dataSource) => runDemoCommand(process.argv.slice(2), dataSource, (line) => console.log(line)));
