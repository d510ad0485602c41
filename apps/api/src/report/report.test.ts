/** The consolidated report against hand-computed figures, at two cut-off dates, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const REPORT = `query ($asOf: String) { consolidatedReport(year: 2024, asOf: $asOf) {
  year asOf
  activities { code entities achieved percentOfTarget met executions plannedMonths executedMonths delayedMonths expectedPercent behind }
  totals { activities averagePercentOfTarget targetsMet withDelays behind reachedAuthorities }
  byObjective { key activities averagePercentOfTarget withDelays behind }
  byEntity { key label activities }
  byStrategyObjective { key activities }
  byOffice { key reached inRegister }
  byDepartment { key label reached inRegister }
  alerts { kind activityCode message } } }`;

describe.each(backends())('consolidated report on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    const distritales = await seedAuthorities(api.dataSource, many(4, 'ALCALDESA_DISTRITAL', '150103', 'Alcaldesa'));
    const provinciales = await seedAuthorities(api.dataSource, many(2, 'ALCALDESA_PROVINCIAL', '0801', 'Alcaldesa provincial'));
    const regidoras = await seedAuthorities(api.dataSource, many(3, 'REGIDORA_DISTRITAL', '150103', 'Regidora'));
    const create = async (code: string, date: string, kind: string, ids: number[], outcome: string) => {
      const r = await api.gql(
        'mutation ($code: String!, $input: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: $code, input: $input, participants: $p) { id } }',
        { code, input: executionInput(date, { kind }), p: ids.map((authorityId) => ({ authorityId, outcome })) },
        { token: coordinator },
      );
      expect(r.errors).toBeUndefined();
    };
    await create('1.3', '2024-07-10', 'EVENT', [...distritales, ...provinciales, ...regidoras], 'ATTENDED');
    await create('3.2', '2024-04-05', 'DISSEMINATION', [], 'ATTENDED');
    await create('2.1', '2024-05-14', 'TECHNICAL_ASSISTANCE', distritales.slice(0, 2), 'ASSISTED');
  });
  afterAll(() => api?.close());

  const report = async (asOf: string, token = coordinator) => {
    const r = await api.gql(REPORT, { asOf }, { token });
    expect(r.errors).toBeUndefined();
    return r.data!.consolidatedReport;
  };
  const row = (rep: { activities: { code: string }[] }, code: string) => rep.activities.find((a) => a.code === code) as Record<string, unknown>;

  it('at mid-year: what is done, late and behind', async () => {
    const r = await report('2024-06-30');
    expect(r.asOf).toBe('2024-06-30');
    expect(r.activities).toHaveLength(19);
    // 1.3 is planned in July: nothing expected yet; its execution is after the cut-off.
    expect(row(r, '1.3')).toMatchObject({ achieved: 0, executions: 0, plannedMonths: [7], delayedMonths: [], expectedPercent: 0, behind: false });
    // 3.2: 1 of 5 actions; April and June of its five planned months are over (the cut-off on
    // 30 June closes June): 40 % expected, June late.
    expect(row(r, '3.2')).toMatchObject({ achieved: 1, percentOfTarget: 20, executedMonths: [4], delayedMonths: [6], expectedPercent: 40, behind: true });
    // 1.11, planned in June and November with nothing done, is late at 30/06, not "al día".
    expect(row(r, '1.11')).toMatchObject({ achieved: 0, delayedMonths: [6], expectedPercent: 50, behind: true });
    // 2.1: 2 of 62; April and May of four planned months are over (50%), April had nothing.
    expect(row(r, '2.1')).toMatchObject({ achieved: 2, executedMonths: [5], delayedMonths: [4], expectedPercent: 50, behind: true, entities: ['PCM'] });
    expect(row(r, '2.1').percentOfTarget as number).toBeCloseTo((2 / 62) * 100, 10);
    // Objective 2: 2.1–2.4 all have late months and are behind.
    const o2 = r.byObjective.find((o: { key: string }) => o.key === '2');
    expect(o2).toMatchObject({ activities: 4, withDelays: 4, behind: 4 });
    expect(o2.averagePercentOfTarget).toBeCloseTo(((2 / 62) * 100) / 4, 10);
    expect(r.alerts).toContainEqual({ kind: 'DELAYED', activityCode: '2.1', message: 'Actividad 2.1 (PCM): meses programados sin ejecución: abril.' });
    expect(r.alerts).toContainEqual({
      kind: 'BEHIND',
      activityCode: '2.1',
      message: expect.stringMatching(/^Actividad 2\.1 \(PCM\): avance de 3[.,]2\s?% de la meta frente a 50\s?% esperado según el cronograma\.$/),
    });
    expect(r.alerts.some((a: { activityCode: string }) => a.activityCode === '1.3')).toBe(false);
    // The last day closes the month: 30/06 raises exactly the alerts of 01/07.
    const next = await report('2024-07-01');
    const kinds = (rep: { alerts: { kind: string; activityCode: string }[] }) => rep.alerts.map((a) => `${a.kind} ${a.activityCode}`).sort();
    expect(kinds(r)).toEqual(kinds(next));
    // Only the two alcaldesas of 2.1 were reached by then.
    expect(r.totals.reachedAuthorities).toBe(2);
  });

  it('at year end: reach by office and department, against the register', async () => {
    const r = await report('2024-12-31');
    expect(row(r, '1.3')).toMatchObject({ achieved: 6, executedMonths: [7], delayedMonths: [], expectedPercent: 100, behind: true });
    expect(row(r, '1.3').percentOfTarget as number).toBeCloseTo((6 / 70) * 100, 10);
    expect(r.totals.reachedAuthorities).toBe(9);
    const office = Object.fromEntries(r.byOffice.map((o: { key: string; reached: number; inRegister: number }) => [o.key, [o.reached, o.inRegister]]));
    expect(office).toMatchObject({ ALCALDESA_DISTRITAL: [4, 4], ALCALDESA_PROVINCIAL: [2, 2], REGIDORA_DISTRITAL: [3, 3], GOBERNADORA: [0, 0] });
    const department = Object.fromEntries(r.byDepartment.map((d: { key: string; reached: number }) => [d.key, d.reached]));
    expect(department).toMatchObject({ '15': 7, '08': 2, '01': 0 });
    expect(r.byDepartment).toHaveLength(25);
    expect(r.byEntity.map((e: { key: string; activities: number }) => [e.key, e.activities])).toEqual([
      ['MIMP', 11],
      ['PCM', 6],
      ['OSCE', 3],
      ['SERVIR', 1],
      ['CEPLAN', 1],
    ]);
    expect(r.byStrategyObjective.map((e: { key: string; activities: number }) => [e.key, e.activities])).toEqual([
      ['Obj1', 13],
      ['Obj2', 4],
      ['Obj3', 2],
      ['Obj4', 4],
      ['Obj5', 3],
    ]);
  });

  it('gives a focal point the same report restricted to its entity', async () => {
    const r = await report('2024-12-31', pcm);
    expect(r.activities.map((a: { code: string }) => a.code)).toEqual(['1.4', '1.9', '1.10', '1.11', '1.12', '2.1']);
    expect(r.byEntity.map((e: { key: string }) => e.key)).toEqual(['PCM']);
    // Reach counts only PCM's activities: the two alcaldesas assisted in 2.1.
    expect(r.totals.reachedAuthorities).toBe(2);
    // Its alerts are exactly the coordination's alerts on its activities; every one of them is late at year end.
    const pcmCodes = ['1.4', '1.9', '1.10', '1.11', '1.12', '2.1'];
    const all = await report('2024-12-31');
    expect(r.alerts).toEqual(all.alerts.filter((a: { activityCode: string }) => pcmCodes.includes(a.activityCode)));
    expect(new Set(r.alerts.map((a: { activityCode: string }) => a.activityCode))).toEqual(new Set(pcmCodes));
  });

  it('gives nothing to an anonymous caller', async () => {
    const r = await api.gql(REPORT, { asOf: '2024-12-31' });
    expect(r.data!.consolidatedReport).toMatchObject({ activities: [], totals: { activities: 0, reachedAuthorities: 0 }, alerts: [] });
  });
});
