/**
 * The month as the strategy lives it, on each database: PCM sends May 2024 with its narrative and
 * a means of verification; the coordination returns it with a comment on one activity; PCM
 * corrects and sends again; the coordination approves. Each step's notice reaches the right
 * people through a real SMTP server, and under their bell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NoticeRow } from '../notice/notice.entity.js';
import { executionInput } from '../test/fixtures.js';
import { backends, startTestApi, TEST_RATE_LIMITS, type TestApi } from '../test/harness.js';
import { Mailbox } from '../test/mailbox.js';

const REPORT = `query { monthReport(entityCode: "PCM", year: 2024, month: 5) { status version
  activities { activity { code } requiredFields executions { evidence { fileName } } sent { achievements correctiveActions } comments { comment } } } }`;
const SUBMIT = 'mutation ($n: [NarrativeInput!]) { submitMonth(year: 2024, month: 5, narratives: $n) { status } }';

describe.each(backends())('a month from sending to approval, with its notices, on %s', (backend) => {
  const mailbox = new Mailbox();
  let api: TestApi;
  let coordinator: string;
  let pcm: string;

  beforeAll(async () => {
    const smtpUrl = await mailbox.start();
    api = await startTestApi(backend, { rateLimits: TEST_RATE_LIMITS, notices: { smtpUrl, digestSeconds: 0.3, publicUrl: 'https://gj.example.gob.pe' } });
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
  });
  afterAll(async () => {
    await api?.close();
    await mailbox.stop();
  });

  const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
    const r = await api.gql(query, variables, { token });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };
  /** Until every notice's e-mail left (or was given up), then what the address received since `mark`. */
  const mailSince = async (mark: number, to: string) => {
    await expect.poll(() => api.dataSource.getRepository(NoticeRow).count({ where: { emailStatus: 'PENDING' } }), { timeout: 15_000 }).toBe(0);
    return mailbox.since(mark, to);
  };

  it('sends, returns, corrects and approves, telling each side at each step', async () => {
    // May's activities of PCM; 1.4 gets an execution with its attendance list.
    const { createExecution } = await ok(
      'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2024, input: $i) { id } }',
      { i: executionInput('2024-05-09', { title: 'Gestión pública municipal: módulo 1' }) },
      pcm,
    );
    const form = new FormData();
    form.append('archivo', new Blob([new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n')]), 'Lista de asistencia.pdf');
    const upload = await fetch(`${api.url}/api/executions/${createExecution.id}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pcm}` },
      body: form,
    });
    expect(upload.status).toBe(201);

    const before = (await ok(REPORT, {}, pcm)).monthReport;
    const narratives = before.activities.map((a: { activity: { code: string }; requiredFields: string[] }) => ({
      activityCode: a.activity.code,
      achievements: a.requiredFields.includes('achievements') ? `Se dictó el módulo 1 de ${a.activity.code}.` : '',
      difficulties: a.requiredFields.includes('difficulties') ? 'Las autoridades estaban en sesión de concejo.' : '',
      correctiveActions: a.requiredFields.includes('correctiveActions') ? 'Se reprogramó para junio.' : '',
    }));

    // 1. Sent: the coordination is told, the sender is not.
    let mark = mailbox.messages.length;
    expect((await ok(SUBMIT, { n: narratives }, pcm)).submitMonth.status).toBe('SUBMITTED');
    const [sent, ...more] = await mailSince(mark, 'coordinacion@demo.gob.pe');
    expect(more).toEqual([]);
    expect(sent!.subject).toBe('PCM envió el reporte de mayo de 2024');
    expect(sent!.text).toContain('https://gj.example.gob.pe/ciclo?anio=2024&mes=5&entidad=PCM');
    expect(await mailSince(mark, 'pcm@demo.gob.pe')).toEqual([]);

    // 2. Returned with a comment on 1.4: PCM's focal point reads it by e-mail and under the bell.
    mark = mailbox.messages.length;
    await ok(
      'mutation { returnMonth(entityCode: "PCM", year: 2024, month: 5, activityComments: [{ activityCode: "1.4", comment: "Indique cuántas alcaldesas asistieron." }]) { status } }',
      {},
      coordinator,
    );
    const [returned] = await mailSince(mark, 'pcm@demo.gob.pe');
    expect(returned!.subject).toBe('La coordinación devolvió el reporte de mayo de 2024');
    expect(returned!.text).toContain('Indique cuántas alcaldesas asistieron.');
    const bell = (await ok('{ unreadNoticeCount notices(first: 5) { nodes { kind title link } } }', {}, pcm)) as {
      unreadNoticeCount: number;
      notices: { nodes: { kind: string; link: string }[] };
    };
    expect(bell.unreadNoticeCount).toBeGreaterThanOrEqual(1);
    expect(bell.notices.nodes[0]).toMatchObject({ kind: 'MONTH_RETURNED', link: '/ciclo?anio=2024&mes=5&entidad=PCM' });
    const back = (await ok(REPORT, {}, pcm)).monthReport;
    expect(back.activities.find((a: { activity: { code: string } }) => a.activity.code === '1.4').comments).toEqual([
      { comment: 'Indique cuántas alcaldesas asistieron.' },
    ]);

    // 3. Corrected and sent again: version 2, and the coordination is told again.
    mark = mailbox.messages.length;
    const corrected = narratives.map((n: { activityCode: string; achievements: string }) =>
      n.activityCode === '1.4' ? { ...n, achievements: 'Se dictó el módulo 1 a 29 autoridades, 6 de ellas alcaldesas.' } : n,
    );
    expect((await ok(SUBMIT, { n: corrected }, pcm)).submitMonth.status).toBe('SUBMITTED');
    expect((await mailSince(mark, 'coordinacion@demo.gob.pe')).map((m) => m.subject)).toEqual(['PCM envió el reporte de mayo de 2024']);

    // 4. Approved: PCM is told; the month and its file are locked.
    mark = mailbox.messages.length;
    await ok('mutation { approveMonth(entityCode: "PCM", year: 2024, month: 5) { status } }', {}, coordinator);
    expect((await mailSince(mark, 'pcm@demo.gob.pe')).map((m) => m.subject)).toEqual(['La coordinación aprobó el reporte de mayo de 2024']);
    const final = (await ok(REPORT, {}, coordinator)).monthReport;
    expect(final).toMatchObject({ status: 'APPROVED', version: 2 });
    const a14 = final.activities.find((a: { activity: { code: string } }) => a.activity.code === '1.4');
    expect(a14.sent.achievements).toBe('Se dictó el módulo 1 a 29 autoridades, 6 de ellas alcaldesas.');
    expect(a14.executions[0].evidence).toEqual([{ fileName: 'Lista de asistencia.pdf' }]);
    const again = new FormData();
    again.append('archivo', new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')]), 'otra.pdf');
    const locked = await fetch(`${api.url}/api/executions/${createExecution.id}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${pcm}` },
      body: again,
    });
    expect(locked.status).toBe(409);
  });
});
