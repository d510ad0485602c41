/** Figures that do not add up are flagged for a person to check, never silently corrected. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

describe.each(backends())('data checks on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
  });
  afterAll(() => api?.close());

  it('flags 3.1 when the register holds more assisted leaders than the census, instead of capping silently', async () => {
    // The census counts 110 leaders (2 + 9 + 99); the register holds 115 assisted: 5 district mayors too many.
    const leaders = [
      ...(await seedAuthorities(api.dataSource, many(2, 'GOBERNADORA', '08', 'Gobernadora'))),
      ...(await seedAuthorities(api.dataSource, many(9, 'ALCALDESA_PROVINCIAL', '0801', 'Alcaldesa provincial'))),
      ...(await seedAuthorities(api.dataSource, many(104, 'ALCALDESA_DISTRITAL', '150103', 'Alcaldesa distrital'))),
    ];
    const created = await api.gql(
      'mutation ($input: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "3.1", input: $input, participants: $p) { participantCount } }',
      { input: executionInput('2024-05-10', { kind: 'TECHNICAL_ASSISTANCE' }), p: leaders.map((authorityId) => ({ authorityId, outcome: 'ASSISTED' })) },
      { token: coordinator },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createExecution.participantCount).toBe(115);

    const progress = (
      await api.gql(
        '{ activity(code: "3.1") { progress(asOf: "2024-12-31") { achieved numerator denominator met warnings byOffice { count } } } }',
        {},
        { token: coordinator },
      )
    ).data!.activity.progress;
    expect(progress).toMatchObject({ achieved: 100, numerator: 110, denominator: 110, met: true });
    expect(progress.byOffice.reduce((n: number, o: { count: number }) => n + o.count, 0)).toBe(115);
    expect(progress.warnings).toHaveLength(1);
    expect(progress.warnings[0]).toMatch(/^Se cuentan 115 mujeres alcanzadas del grupo .+ pero el grupo tiene 110 .+ el avance se calcula sobre 110/);

    const report = (
      await api.gql(
        '{ consolidatedReport(year: 2024, asOf: "2024-12-31") { activities { code warnings } alerts { kind activityCode message } } }',
        {},
        { token: coordinator },
      )
    ).data!.consolidatedReport;
    expect(report.activities.find((a: { code: string }) => a.code === '3.1').warnings).toEqual(progress.warnings);
    expect(report.alerts.filter((a: { kind: string }) => a.kind === 'CHECK')).toEqual([
      { kind: 'CHECK', activityCode: '3.1', message: `Actividad 3.1 (MIMP): ${progress.warnings[0]}` },
    ]);
  });

  it('says what counts when one part of the 1.9 composition is over its own target', async () => {
    const pcm = await api.login('pcm@demo.gob.pe');
    // 2 + 10 + 48 done, 140 regidoras (40 over their 100) and no consejeras: 200 took part, 160 count.
    const people = [
      ...(await seedAuthorities(api.dataSource, many(2, 'GOBERNADORA', '02', 'G 1.9'))),
      ...(await seedAuthorities(api.dataSource, many(10, 'VICEGOBERNADORA', '02', 'V 1.9'))),
      ...(await seedAuthorities(api.dataSource, many(48, 'ALCALDESA_DISTRITAL', '150141', 'A 1.9'))),
      ...(await seedAuthorities(api.dataSource, many(140, 'REGIDORA_DISTRITAL', '150141', 'R 1.9'))),
    ];
    const created = await api.gql(
      'mutation ($input: ExecutionInput!, $p: [ParticipantInput!]) { createExecution(activityCode: "1.9", input: $input, participants: $p) { participantCount } }',
      { input: executionInput('2024-05-20'), p: people.map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })) },
      { token: pcm },
    );
    expect(created.errors).toBeUndefined();
    const progress = (
      await api.gql(
        '{ activity(code: "1.9") { progress(asOf: "2024-12-31") { achieved counted remaining met percentOfTarget parts { key achieved counted } } } }',
        {},
        { token: pcm },
      )
    ).data!.activity.progress;
    expect(progress).toMatchObject({ achieved: 200, counted: 160, remaining: 40, met: false, percentOfTarget: 80 });
    expect(progress.parts.find((p: { key: string }) => p.key === 'REGIDORAS')).toEqual({ key: 'REGIDORAS', achieved: 140, counted: 100 });
    expect(progress.parts.find((p: { key: string }) => p.key === 'CONSEJERAS')).toEqual({ key: 'CONSEJERAS', achieved: 0, counted: 0 });
  });
});
