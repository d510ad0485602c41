/**
 * The maintained aggregates (progress/aggregate.service.ts), from the command line:
 *   npm run rebuild:aggregates      recomputes them from the records (after a bulk load, a restore)
 *   npm run check:aggregates        compares them with a computation from the records
 */
import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { AggregateService } from '../progress/aggregate.service.js';
import { runAsCommand } from './command.js';

const USAGE = 'Uso:\n  npm run rebuild:aggregates\n  npm run check:aggregates';

export async function runAggregatesCommand(argv: string[], dataSource: DataSource, out: (line: string) => void): Promise<number> {
  const aggregates = new AggregateService(dataSource);
  if (argv.length === 1 && argv[0] === 'rebuild') {
    const started = Date.now();
    const result = await dataSource.transaction((manager) => aggregates.rebuild(manager));
    out(
      `Agregados recalculados desde los registros en ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.progress} filas de avance, ` +
        `${result.reach} primeras participaciones, ${result.days} días con ejecuciones.`,
    );
    return 0;
  }
  if (argv.length === 1 && argv[0] === 'check') {
    const differences = await aggregates.check();
    if (differences.length === 0) {
      out('Los agregados coinciden con un cálculo desde los registros.');
      return 0;
    }
    out(`Los agregados difieren del cálculo desde los registros en ${differences.length} filas (corrija con npm run rebuild:aggregates):`);
    for (const d of differences.slice(0, 20)) out(`  ${d.table} ${d.key}: esperado ${d.expected ?? '—'}, guardado ${d.actual ?? '—'}`);
    return 1;
  }
  out(USAGE);
  return 2;
}

runAsCommand(import.meta.url, (dataSource) => runAggregatesCommand(process.argv.slice(2), dataSource, (line) => console.log(line)));
