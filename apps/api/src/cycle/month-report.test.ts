/**
 * The monthly report with its content: which activities it speaks of, the narrative each one
 * requires, drafts, versions kept across a return, comments per activity, and the scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, executionInput } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const REPORT = `query ($e: String!, $m: Int!) { monthReport(entityCode: $e, year: 2024, month: $m) {
  entityCode entityName status version editable comment
  activities { activity { code } planned delayed requiredFields executions { id title evidence { fileName } }
    draft { achievements difficulties correctiveActions updatedBy } sent { achievements difficulties correctiveActions } comments { activityCode comment author version } }
  versions { version entries { activityCode achievements difficulties correctiveActions } comments { activityCode comment } } } }`;
const SAVE =
  'mutation ($m: Int!, $n: [NarrativeInput!]!) { saveMonthNarrative(year: 2024, month: $m, entries: $n) { version activities { activity { code } draft { achievements } } } }';
const SUBMIT = 'mutation ($m: Int!, $n: [NarrativeInput!]) { submitMonth(year: 2024, month: $m, narratives: $n) { status } }';
const RETURN = `mutation ($m: Int!, $c: String, $a: [ActivityCommentInput!]) {
  returnMonth(entityCode: "PCM", year: 2024, month: $m, comment: $c, activityComments: $a) { status comment } }`;

interface Activity {
  activity: { code: string };
  planned: boolean;
  delayed: boolean;
  requiredFields: string[];
  executions: { id: number; title: string; evidence: { fileName: string }[] }[];
  draft: Record<string, string> | null;
  sent: Record<string, string> | null;
  comments: { activityCode: string; comment: string; author: string; version: number }[];
}

describe.each(backends())('monthly report content on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;
  let osce: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    [coordinator, pcm, osce] = [await api.login('coordinacion@demo.gob.pe'), await api.login('pcm@demo.gob.pe'), await api.login('osce@demo.gob.pe')];
  });
  afterAll(() => api?.close());

  const report = async (token: string, month: number, entity = 'PCM') => (await api.gql(REPORT, { e: entity, m: month }, { token })).data!.monthReport;
  const activity = (r: { activities: Activity[] }, code: string) => r.activities.find((a) => a.activity.code === code)!;

  it('lists the activities planned or executed in the month, and what each requires', async () => {
    // PCM's May 2024: 1.4, 1.9 and 2.1 planned, nothing executed yet.
    const may = await report(pcm, 5);
    expect(may).toMatchObject({ entityCode: 'PCM', status: 'DRAFT', version: 0, editable: true });
    expect(may.activities.map((a: Activity) => a.activity.code)).toEqual(['1.4', '1.9', '2.1']);
    expect(activity(may, '1.4')).toMatchObject({ planned: true, delayed: true, requiredFields: ['difficulties', 'correctiveActions'] });
    // An execution in a month without plan brings its activity in, and asks for achievements.
    const created = await api.gql(
      'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2024, input: $i) { id } }',
      { i: executionInput('2024-03-11', { title: 'Taller adelantado' }) },
      { token: pcm },
    );
    expect(created.errors).toBeUndefined();
    const march = await report(pcm, 3);
    expect(march.activities.map((a: Activity) => [a.activity.code, a.planned, a.delayed, a.requiredFields])).toEqual([['1.4', false, false, ['achievements']]]);
    expect(activity(march, '1.4').executions.map((e) => e.title)).toEqual(['Taller adelantado']);
    // The coordination reads any entity's month; another entity's month does not exist for a focal point.
    expect((await report(coordinator, 5)).activities).toHaveLength(3);
    expect(await report(osce, 5)).toBeNull();
    expect((await report(coordinator, 5)).editable).toBe(false);
  });

  it('refuses to send a month without what its activities require, listing every gap', async () => {
    const r = await api.gql(SUBMIT, { m: 6 }, { token: pcm });
    expect(r.errors![0]!.message).toBe('Complete el informe de junio de 2024 de PCM antes de enviarlo.');
    const problems = r.errors![0]!.extensions!.problems as string[];
    expect(problems).toContain('Actividad 1.4 (estaba programada y no tiene ejecuciones en el mes): complete «Dificultades» y «Medidas correctivas».');
    expect(problems.length).toBe((await report(pcm, 6)).activities.length);
    expect((await report(pcm, 6)).status).toBe('DRAFT');
    // Limits hold for drafts too, and foreign activities are named.
    const tooLong = await api.gql(
      SAVE,
      {
        m: 6,
        n: [
          { activityCode: '1.4', achievements: 'x'.repeat(1501) },
          { activityCode: '3.2', achievements: 'ajena' },
        ],
      },
      { token: pcm },
    );
    expect(tooLong.errors![0]!.extensions!.problems).toEqual([
      'Actividad 1.4: «Logros» tiene 1501 caracteres; el máximo es 1500.',
      'La actividad 3.2 no corresponde al reporte de este mes.',
    ]);
    expect(activity(await report(pcm, 6), '1.4').draft).toBeNull();
  });

  it('keeps a draft, sends it as a version, takes comments per activity, and keeps each version when corrected', async () => {
    const month = 7;
    const codes = (await report(pcm, month)).activities.map((a: Activity) => a.activity.code);
    const complete = codes.map((code: string) => ({ activityCode: code, difficulties: `Demora en ${code}.`, correctiveActions: `Reprogramar ${code}.` }));
    // A draft saved half-way, then completed when sending.
    const saved = await api.gql(
      SAVE,
      { m: month, n: [{ activityCode: codes[0], difficulties: '  Falta   de aula.\r\n\r\n\r\nSe buscó otra. ' }] },
      { token: pcm },
    );
    expect(saved.errors).toBeUndefined();
    expect(activity(await report(pcm, month), codes[0]).draft).toMatchObject({
      difficulties: 'Falta   de aula.\n\nSe buscó otra.',
      updatedBy: 'pcm@demo.gob.pe',
    });
    expect((await api.gql(SUBMIT, { m: month, n: complete }, { token: pcm })).data!.submitMonth.status).toBe('SUBMITTED');
    const sent = await report(coordinator, month);
    expect(sent).toMatchObject({ status: 'SUBMITTED', version: 1 });
    expect(activity(sent, codes[0]).sent).toEqual({ achievements: '', difficulties: `Demora en ${codes[0]}.`, correctiveActions: `Reprogramar ${codes[0]}.` });
    // Sent: the draft is closed until the coordination returns it.
    const late = await api.gql(SAVE, { m: month, n: complete }, { token: pcm });
    expect(late.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT' } });

    // Returned with a comment on one activity and none on the month.
    expect((await api.gql(RETURN, { m: month }, { token: coordinator })).errors![0]!.message).toBe('Indique un comentario para devolver el reporte.');
    expect((await api.gql(RETURN, { m: month, a: [{ activityCode: '3.3', comment: 'x' }] }, { token: coordinator })).errors![0]!.message).toBe(
      'Las actividades 3.3 no forman parte del reporte de julio de 2024 de PCM.',
    );
    const returned = await api.gql(
      RETURN,
      { m: month, a: [{ activityCode: codes[0], comment: 'Precise la nueva fecha del taller.' }] },
      { token: coordinator },
    );
    expect(returned.data!.returnMonth).toEqual({ status: 'RETURNED', comment: null });
    const back = await report(pcm, month);
    expect(back.editable).toBe(true);
    expect(activity(back, codes[0]).comments).toEqual([
      { activityCode: codes[0], comment: 'Precise la nueva fecha del taller.', author: 'coordinacion@demo.gob.pe', version: 1 },
    ]);

    // Corrected and sent again: version 2, and version 1 still says what it said.
    const corrected = complete.map((e: { activityCode: string }, i: number) =>
      i === 0 ? { ...e, correctiveActions: 'Taller el 15 de agosto en Ayacucho.' } : e,
    );
    expect((await api.gql(SUBMIT, { m: month, n: corrected }, { token: pcm })).data!.submitMonth.status).toBe('SUBMITTED');
    const second = await report(coordinator, month);
    expect(second.version).toBe(2);
    expect(activity(second, codes[0]).sent!.correctiveActions).toBe('Taller el 15 de agosto en Ayacucho.');
    // Comments belong to the version they answered: the new one has none yet.
    expect(activity(second, codes[0]).comments).toEqual([]);
    expect(second.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const first = second.versions[1];
    expect(first.entries.find((e: { activityCode: string }) => e.activityCode === codes[0]).correctiveActions).toBe(`Reprogramar ${codes[0]}.`);
    expect(first.comments).toEqual([{ activityCode: codes[0], comment: 'Precise la nueva fecha del taller.' }]);

    // Approved: locked for good, and every step is in the audit trail.
    expect((await api.gql('mutation { approveMonth(entityCode: "PCM", year: 2024, month: 7) { status } }', {}, { token: coordinator })).errors).toBeUndefined();
    expect((await report(pcm, month)).editable).toBe(false);
    const trail = await auditOf(api.dataSource, { targetType: 'month', targetId: 'PCM-2024-07' });
    expect(trail.map((t) => t.action)).toEqual([
      'month.narrative',
      'month.narrative',
      'month.submit',
      'month.return',
      'month.narrative',
      'month.submit',
      'month.approve',
    ]);
    expect(trail[3]!.after).toMatchObject({
      status: 'RETURNED',
      version: 1,
      activityComments: [{ activityCode: codes[0], comment: 'Precise la nueva fecha del taller.' }],
    });
    expect(trail[4]!.after[codes[0]].correctiveActions).toBe('Taller el 15 de agosto en Ayacucho.');
  });

  it('refuses the coordination writing an entity’s narrative, and focal points returning months', async () => {
    expect((await api.gql(SAVE, { m: 5, n: [] }, { token: coordinator })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(RETURN, { m: 5, c: 'x' }, { token: pcm })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(SAVE, { m: 13, n: [] }, { token: pcm })).errors![0]!.message).toBe('El mes debe estar entre 1 y 12.');
  });

  it('hides a draft year’s months from focal points, as if they did not exist', async () => {
    await api.services.plans.create(await api.principal(coordinator), 2038, 2024);
    const draft = 'query { monthReport(entityCode: "PCM", year: 2038, month: 5) { entityCode } }';
    expect((await api.gql(draft, {}, { token: coordinator })).data!.monthReport).toEqual({ entityCode: 'PCM' });
    expect((await api.gql(draft, {}, { token: pcm })).data!.monthReport).toBeNull();
    expect(
      (await api.gql('query { monthReport(entityCode: "PCM", year: 2037, month: 5) { entityCode } }', {}, { token: coordinator })).data!.monthReport,
    ).toBeNull();
  });

  it('refuses review comments over the limit, on the month or on an activity', async () => {
    expect(
      (
        await api.gql(
          SUBMIT,
          {
            m: 4,
            n: (await report(pcm, 4)).activities.map((a: Activity) => ({
              activityCode: a.activity.code,
              achievements: 'Hecho.',
              difficulties: 'Ninguna.',
              correctiveActions: 'Ninguna.',
            })),
          },
          { token: pcm },
        )
      ).errors,
    ).toBeUndefined();
    const long = 'x'.repeat(2001);
    expect((await api.gql(RETURN, { m: 4, c: long }, { token: coordinator })).errors![0]!.message).toBe('El comentario del mes supera los 2000 caracteres.');
    const code = (await report(pcm, 4)).activities[0].activity.code;
    expect((await api.gql(RETURN, { m: 4, a: [{ activityCode: code, comment: long }] }, { token: coordinator })).errors![0]!.message).toBe(
      `El comentario de la actividad ${code} supera los 2000 caracteres.`,
    );
    expect((await report(coordinator, 4)).status).toBe('SUBMITTED');
  });
});
