import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger, QueryRunner } from 'typeorm';

interface Tally {
  statements: number;
}

const storage = new AsyncLocalStorage<Tally>();

/**
 * Counts the SQL statements the ORM sends within a unit of work (a request, a test block), to
 * prove that a request costs a fixed number of queries whatever the data size.
 */
export const queryCounter = {
  /** Runs `work` and returns its result with the number of statements it sent. */
  async count<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
    const tally: Tally = { statements: 0 };
    const result = await storage.run(tally, work);
    return { result, statements: tally.statements };
  },
  /** Starts counting for the rest of the current asynchronous context (e.g. an HTTP request). */
  enter(): Tally {
    const tally: Tally = { statements: 0 };
    storage.enterWith(tally);
    return tally;
  },
};

/** A TypeORM logger that only counts; it never prints queries (they may hold personal data). */
export class CountingLogger implements Logger {
  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    const tally = storage.getStore();
    if (tally) tally.statements += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(message);
  }
}
