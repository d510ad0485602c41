import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../config.js';
import { createDataSource } from '../database/data-source.js';

/**
 * Runs an operator command against the configured database (migrated first) when the module is
 * the entry point; tests import the command's function instead.
 */
export function runAsCommand(moduleUrl: string, command: (dataSource: DataSource) => Promise<number>): void {
  if (!process.argv[1] || moduleUrl !== new URL(`file://${process.argv[1]}`).href) return;
  (async () => {
    const dataSource = createDataSource(loadConfig().database);
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      process.exitCode = await command(dataSource);
    } finally {
      await dataSource.destroy();
    }
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
