/** Indicators from records against hand-computed figures, through the API, on both databases. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const CREATE = `mutation ($code: String!, $input: ExecutionInput!, $participants: [ParticipantInput!]) {
  createExecution(activityCode: $code, input: $input, participants: $participants) { id } }`;
const PROGRESS = `query ($code: String!, $asOf: String) { activity(code: $code) { progress(asOf: $asOf) {
  achieved target percentOfTarget remaining met numerator denominator required missing
  byOffice { office count } byDepartment { departmentCode count } parts { key target achieved } } } }`;

describe.each(backends())('indicators on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  const people: Record<string, number[]> = {};

  const record = async (code: string, date: string, participants: [number[], string][], kind = 'EVENT') => {
    const list = participants.flatMap(([ids, outcome]) => ids.map((authorityId) => ({ authorityId, outcome })));
    const r = await api.gql(CREATE, { code, input: executionInput(date, { kind }), participants: list }, { token: coordinator });
    expect(r.errors).toBeUndefined();
  };
  const progress = async (code: string, asOf = '2024-12-31') => (await api.gql(PROGRESS, { code, asOf }, { token: coordinator })).data!.activity.progress;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    const seed = async (key: string, ...args: Parameters<typeof many>) => (people[key] = await seedAuthorities(api.dataSource, many(...args)));
    await seed('gobernadoras', 2, 'GOBERNADORA', '15', 'Gobernadora');
    people.gobernadoras = [people.gobernadoras![0]!, (await seedAuthorities(api.dataSource, many(1, 'GOBERNADORA', '08', 'Gobernadora Cusco')))[0]!];
    await seed('vice', 3, 'VICEGOBERNADORA', '08', 'Vicegobernadora');
    await seed('provinciales', 2, 'ALCALDESA_PROVINCIAL', '0801', 'Alcaldesa provincial');
    await seed('distritales', 12, 'ALCALDESA_DISTRITAL', '150103', 'Alcaldesa distrital');
    await seed('regidoras', 6, 'REGIDORA_PROVINCIAL', '1501', 'Regidora');
    await seed('consejeras', 4, 'CONSEJERA_REGIONAL', '15', 'Consejera');
  });
  afterAll(() => api?.close());

  it('1.3 counts alcaldesas only (regidoras present are not counted)', async () => {
    await record('1.3', '2024-07-10', [
      [people.provinciales!, 'ATTENDED'],
      [people.distritales!.slice(0, 5), 'ATTENDED'],
      [people.regidoras!, 'ATTENDED'],
    ]);
    const p = await progress('1.3');
    // 2 + 5 = 7 of 70 → 10%.
    expect(p).toMatchObject({ achieved: 7, target: 70, percentOfTarget: 10, remaining: 63, met: false });
    expect(p.byOffice).toEqual([
      { office: 'ALCALDESA_DISTRITAL', count: 5 },
      { office: 'ALCALDESA_PROVINCIAL', count: 2 },
    ]);
    expect(p.byDepartment).toEqual([
      { departmentCode: '08', count: 2 },
      { departmentCode: '15', count: 5 },
    ]);
  });

  it('1.7 counts gobernadoras, vicegobernadoras and alcaldesas who completed', async () => {
    await record('1.7', '2024-05-06', [
      [people.gobernadoras!, 'COMPLETED'],
      [people.vice!, 'COMPLETED'],
      [people.distritales!.slice(0, 3), 'ATTENDED'],
      [people.consejeras!, 'COMPLETED'],
    ]);
    await record('1.7', '2024-06-03', [[people.distritales!.slice(0, 3), 'COMPLETED']]);
    // 2 + 3 + 3 = 8 of 40 → 20%; consejeras do not count.
    expect(await progress('1.7')).toMatchObject({ achieved: 8, percentOfTarget: 20 });
    // As of May, the three alcaldesas had only attended: 5 of 40.
    expect(await progress('1.7', '2024-05-31')).toMatchObject({ achieved: 5, percentOfTarget: 12.5 });
  });

  it('1.8 is approved ÷ enrolled × 100', async () => {
    await record(
      '1.8',
      '2024-06-10',
      [
        [people.regidoras!.slice(0, 4), 'APPROVED'],
        [people.regidoras!.slice(4), 'COMPLETED'],
        [people.consejeras!.slice(0, 2), 'ENROLLED'],
      ],
      'COURSE_EDITION',
    );
    // A = 4, B = 8 → 50%, which is 83.33% of the 60% target.
    const p = await progress('1.8');
    expect(p).toMatchObject({ numerator: 4, denominator: 8, achieved: 50, met: false });
    expect(p.percentOfTarget).toBeCloseTo(83.333, 3);
  });

  it('3.1 is the share of the 110 leading authorities assisted, with how many more reach 66', async () => {
    await record(
      '3.1',
      '2024-04-15',
      [
        [people.gobernadoras!, 'ASSISTED'],
        [people.distritales!, 'ASSISTED'],
        [people.consejeras!, 'ASSISTED'],
      ],
      'TECHNICAL_ASSISTANCE',
    );
    await record(
      '3.1',
      '2024-05-15',
      [
        [people.distritales!.slice(0, 6), 'ASSISTED'],
        [people.provinciales!, 'ASSISTED'],
      ],
      'TECHNICAL_ASSISTANCE',
    );
    // Leaders: 2 gobernadoras + 12 distritales + 2 provinciales = 16 (consejeras are not leaders; repeats count once).
    const p = await progress('3.1');
    expect(p).toMatchObject({ numerator: 16, denominator: 110, required: 66, missing: 50, met: false });
    expect(p.achieved).toBeCloseTo((16 / 110) * 100, 10);
    expect(p.percentOfTarget).toBeCloseTo((16 / 66) * 100, 10);
  });

  it('1.9 and 2.2 report their compositions', async () => {
    await record('1.9', '2024-05-20', [
      [people.gobernadoras!, 'COMPLETED'],
      [people.vice!, 'COMPLETED'],
      [people.distritales!.slice(0, 10), 'COMPLETED'],
      [people.regidoras!, 'COMPLETED'],
    ]);
    const p19 = await progress('1.9');
    expect(p19.parts).toEqual([
      { key: 'GOBERNADORAS', target: 2, achieved: 2 },
      { key: 'VICEGOBERNADORAS', target: 10, achieved: 3 },
      { key: 'ALCALDESAS', target: 48, achieved: 10 },
      { key: 'REGIDORAS', target: 100, achieved: 6 },
      { key: 'CONSEJERAS', target: 40, achieved: 0 },
    ]);
    expect(p19).toMatchObject({ achieved: 21, percentOfTarget: 10.5 });
    await record(
      '2.2',
      '2024-04-22',
      [
        [people.gobernadoras!.slice(0, 1), 'ASSISTED'],
        [people.provinciales!, 'ASSISTED'],
        [people.distritales!.slice(0, 4), 'ASSISTED'],
      ],
      'TECHNICAL_ASSISTANCE',
    );
    expect((await progress('2.2')).parts).toEqual([
      { key: 'GOBIERNOS_REGIONALES', target: 2, achieved: 1 },
      { key: 'MUNICIPALIDADES_PROVINCIALES', target: 3, achieved: 2 },
      { key: 'MUNICIPALIDADES_DISTRITALES', target: 25, achieved: 4 },
    ]);
  });

  it('3.2 counts dissemination actions up to the cut-off date', async () => {
    await record('3.2', '2024-04-05', [], 'DISSEMINATION');
    await record('3.2', '2024-06-07', [], 'DISSEMINATION');
    await record('3.2', '2024-06-20', [], 'EVENT');
    expect(await progress('3.2')).toMatchObject({ achieved: 2, percentOfTarget: 40 });
    expect(await progress('3.2', '2024-05-01')).toMatchObject({ achieved: 1, percentOfTarget: 20 });
  });

  it('compares planned and executed months at a date', async () => {
    // Its own executions, without participants and none a dissemination action: they change the
    // months below but none of the figures the other tests compute for these activities.
    await record('3.2', '2024-04-05', [], 'EVENT');
    await record('3.2', '2024-06-07', [], 'EVENT');
    await record('1.8', '2024-06-10', [], 'COURSE_EDITION');
    await record('1.3', '2024-07-10', []);
    // 3.2 is planned in April, June, August, October and November; executed in April and June.
    const months = async (asOf: string) =>
      Object.fromEntries(
        (
          await api.gql(`{ activity(code: "3.2") { months(asOf: "${asOf}") { month status executions } } }`, {}, { token: coordinator })
        ).data!.activity.months.map((m: { month: number; status: string }) => [m.month, m.status]),
      );
    expect(await months('2024-09-15')).toMatchObject({ 4: 'DONE', 6: 'DONE', 8: 'DELAYED', 10: 'UPCOMING', 11: 'UPCOMING', 5: 'NOT_PLANNED' });
    // Before June's execution date, June is still to come.
    expect(await months('2024-05-10')).toMatchObject({ 4: 'DONE', 6: 'UPCOMING' });
    // 1.8 is planned in June and July; executed in June only; as of August, July is delayed.
    const m18 = (await api.gql('{ activity(code: "1.8") { months(asOf: "2024-08-01") { month status } } }', {}, { token: coordinator })).data!.activity.months;
    expect(m18.filter((m: { status: string }) => m.status !== 'NOT_PLANNED')).toEqual([
      { month: 6, status: 'DONE' },
      { month: 7, status: 'DELAYED' },
    ]);
    // 1.3 executed in July as planned: seen from March, July is still to come.
    const m13 = (await api.gql('{ activity(code: "1.3") { months(asOf: "2024-03-01") { month status } } }', {}, { token: coordinator })).data!.activity.months;
    expect(m13.find((m: { month: number }) => m.month === 7).status).toBe('UPCOMING');
  });

  it('marks a month executed without being planned', async () => {
    // 1.6 is planned in June only.
    await record('1.6', '2024-03-12', [], 'COURSE_EDITION');
    const m = (await api.gql('{ activity(code: "1.6") { months(asOf: "2024-07-01") { month status } } }', {}, { token: coordinator })).data!.activity.months;
    expect(m.filter((x: { status: string }) => x.status !== 'NOT_PLANNED')).toEqual([
      { month: 3, status: 'UNPLANNED' },
      { month: 6, status: 'DELAYED' },
    ]);
  });

  it('rejects a malformed cut-off date in Spanish', async () => {
    const r = await api.gql('{ activity(code: "1.6") { progress(asOf: "31/12/2024") { achieved } } }', {}, { token: coordinator });
    expect(r.errors![0]!.message).toContain('fecha de corte');
  });
});
