import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, openTestDataSource, type TestDataSource } from '../test/harness.js';
import { MIGRATIONS } from './migrations/index.js';

describe.each(backends())('migrations on %s', (backend) => {
  let db: TestDataSource;
  beforeAll(async () => {
    db = await openTestDataSource(backend);
  });
  afterAll(() => db?.close());

  it('build exactly the schema the entities describe', async () => {
    const pending = await db.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('run once: a second run has nothing to do', async () => {
    expect(await db.dataSource.showMigrations()).toBe(false);
    expect(await db.dataSource.runMigrations()).toEqual([]);
  });

  it('can be reverted and applied again, one by one', async () => {
    const names = MIGRATIONS.map((m) => m.name);
    for (let i = 0; i < names.length; i++) await db.dataSource.undoLastMigration();
    expect((await db.dataSource.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(names);
    expect(await db.dataSource.driver.createSchemaBuilder().log()).toMatchObject({ upQueries: [] });
  });
});
