import { PLAN_2024, PLANS, type PlanDefinition } from '@gj/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityService } from '../activity/activity.service.js';
import { ActivityRow } from '../activity/activity.entity.js';
import { backends, openTestDataSource, type TestDataSource } from '../test/harness.js';
import { PlanLoaderService } from './plan-loader.service.js';
import { Principal } from '../auth/principal.js';

/** The coordination: reaches every activity. */
const ALL = Principal.of({ accountId: 1, email: 'coordinacion@demo.gob.pe', role: 'COORDINATOR', entityCode: 'MIMP' });

describe.each(backends())('plan loader on %s', (backend) => {
  let db: TestDataSource;
  let loader: PlanLoaderService;
  let firstLoad: Awaited<ReturnType<PlanLoaderService['load']>>;

  beforeAll(async () => {
    db = await openTestDataSource(backend);
    loader = new PlanLoaderService(db.dataSource);
    firstLoad = await loader.load(PLANS);
  });
  afterAll(() => db?.close());

  const count = (table: string) => db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`).then((r: { n: number | string }[]) => Number(r[0]!.n));

  it('loads the catalogue and the 2024 plan', async () => {
    const summary = firstLoad;
    const rows = {
      entities: await count('partner_entities'),
      units: await count('units'),
      plans: await count('plans WHERE year = 2024'),
      objectives: await count('objectives WHERE plan_year = 2024'),
      activities: await count('activities WHERE plan_year = 2024'),
      links: await count('activity_units WHERE activity_id IN (SELECT id FROM activities WHERE plan_year = 2024)'),
      census: await count('term_census WHERE term_start = 2023'),
    };
    expect(rows).toEqual({ entities: 7, units: 16, plans: 1, objectives: 3, activities: 19, links: 24, census: 7 });
    // Every row of the catalogue was new.
    expect(summary).toMatchObject({ updated: 0, deleted: 0, unchanged: 0 });
    expect(summary.inserted).toBe(Object.values(rows).reduce((a, b) => a + b, 0));
  });

  it('changes nothing on a second run', async () => {
    expect(await loader.load(PLANS)).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
  });

  it('stores each activity as the domain defines it', async () => {
    const rows = await new ActivityService(db.dataSource).list(ALL, 2024);
    expect(rows.map((r) => r.code)).toEqual(PLAN_2024.activities.map((a) => a.code));
    const a31 = rows.find((r) => r.code === '3.1')!;
    expect(a31).toMatchObject({ targetValue: 60, targetUnit: 'PERCENT', rule: { kind: 'GROUP_SHARE', group: 'LEADING_AUTHORITIES' } });
    expect(a31.units.map((u) => u.code)).toEqual(['DGCVG']);
    const a15 = rows.find((r) => r.code === '1.5')!;
    expect(a15.schedule.find((m) => m.ambiguous)).toMatchObject({ candidates: [9, 10], reading: [10] });
  });

  it('never writes over a plan-year the database already holds: from then on it is the coordination’s', async () => {
    const before = await db.dataSource.getRepository(ActivityRow).findOneByOrFail({ planYear: 2024, code: '1.3' });
    const corrected: PlanDefinition = {
      ...PLAN_2024,
      activities: PLAN_2024.activities.map((a) => (a.code === '1.3' ? { ...a, name: 'Foro Nacional de Alcaldesas (corregido)' } : a)),
    };
    expect(await loader.load([corrected])).toMatchObject({ inserted: 0, updated: 0, deleted: 0 });
    const after = await db.dataSource.getRepository(ActivityRow).findOneByOrFail({ planYear: 2024, code: '1.3' });
    expect(after).toEqual(before);
  });

  it('adds another year as data, beside 2024', async () => {
    const plan2025: PlanDefinition = { ...PLAN_2024, year: 2025, activities: PLAN_2024.activities.slice(0, 2) };
    await loader.load([...PLANS, plan2025]);
    const service = new ActivityService(db.dataSource);
    expect((await service.list(ALL, 2025)).map((r) => r.code)).toEqual(['1.1', '1.2']);
    expect(await service.list(ALL, 2024)).toHaveLength(19);
  });

  it('writes nothing when a plan is invalid', async () => {
    const before = await count('activities');
    const plans = await count('plans');
    const broken: PlanDefinition = {
      ...PLAN_2024,
      year: 2026,
      activities: [PLAN_2024.activities[0]!, { ...PLAN_2024.activities[1]!, objective: '9' }],
    };
    await expect(loader.load([broken])).rejects.toThrow(/missing objective/);
    expect(await count('activities')).toBe(before);
    expect(await count('plans')).toBe(plans);
  });
});
