/**
 * Notices end to end: the cycle's steps and the reminders write them, the bell reads them, and a
 * real SMTP server (smtp-server, started here) receives the e-mails nodemailer sends.
 */
import { randomBytes } from 'node:crypto';
import { plannedMonthsOf } from '@gj/domain';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityRow } from '../activity/activity.entity.js';
import { Principal } from '../auth/principal.js';
import { backends, startTestApi, TEST_RATE_LIMITS, type TestApi } from '../test/harness.js';
import { Mailbox } from '../test/mailbox.js';
import { NoticeRow } from './notice.entity.js';
import { QUEUE_NAME } from './notice.queue.js';

const PUBLIC_URL = 'https://gj.example.gob.pe';
const REDIS_URL = process.env.GJ_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const SUBMIT = 'mutation ($m: Int!) { submitMonth(year: 2024, month: $m) { status } }';
const APPROVE = 'mutation ($e: String!, $m: Int!) { approveMonth(entityCode: $e, year: 2024, month: $m) { status } }';
const RETURN = 'mutation ($e: String!, $m: Int!, $c: String!) { returnMonth(entityCode: $e, year: 2024, month: $m, comment: $c) { status } }';
const NOTICES = '{ notices(first: 100) { totalCount nodes { id kind title body link readAt } pageInfo { hasNextPage endCursor } } unreadNoticeCount }';

/** Until no notice waits for its e-mail (each test leaves the queue empty for the next). */
async function settled(api: TestApi, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await api.dataSource.getRepository(NoticeRow).count({ where: { emailStatus: 'PENDING' } })) > 0) {
    if (Date.now() > deadline) throw new Error('Notices still pending');
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function accountId(api: TestApi, email: string): Promise<number> {
  const [row] = await api.dataSource.query('SELECT id FROM accounts WHERE email = ?', [email]);
  return Number(row.id);
}

describe.each(backends())('notices on %s', (backend) => {
  const mailbox = new Mailbox();
  let api: TestApi;
  const tokens: Record<string, string> = {};
  const gql = async (query: string, variables: Record<string, unknown>, who: string) => {
    const r = await api.gql(query, variables, { token: tokens[who] });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };

  beforeAll(async () => {
    const smtpUrl = await mailbox.start();
    api = await startTestApi(backend, { rateLimits: TEST_RATE_LIMITS, notices: { smtpUrl, digestSeconds: 0.5, publicUrl: PUBLIC_URL } });
    for (const who of ['coordinacion', 'pcm', 'osce', 'servir']) tokens[who] = await api.login(`${who}@demo.gob.pe`);
  });
  afterAll(async () => {
    await api?.close();
    await mailbox.stop();
  });

  it('tells the coordination when a month is sent, by e-mail and under the bell; not the sender', async () => {
    await gql('mutation { markAllNoticesRead }', {}, 'coordinacion');
    const pcmBefore = (await gql(NOTICES, {}, 'pcm')).notices.totalCount;
    const mark = mailbox.messages.length;
    await gql(SUBMIT, { m: 1 }, 'pcm');
    await settled(api);

    const [email, ...more] = mailbox.since(mark, 'coordinacion@demo.gob.pe');
    expect(more).toEqual([]);
    expect(email!.subject).toBe('PCM envió el reporte de enero de 2024');
    expect(email!.text).toContain('El reporte de enero de 2024 de PCM espera su revisión');
    expect(email!.text).toContain(`${PUBLIC_URL}/ciclo?anio=2024&mes=1&entidad=PCM`);
    expect(email!.html).toContain(`href="${PUBLIC_URL}/ciclo?anio=2024&amp;mes=1&amp;entidad=PCM"`);
    expect(email!.from?.text).toContain('no-responder@localhost');
    expect(mailbox.since(mark, 'pcm@demo.gob.pe')).toEqual([]);

    const bell = await gql(NOTICES, {}, 'coordinacion');
    expect(bell.unreadNoticeCount).toBe(1);
    expect(bell.notices.nodes[0]).toMatchObject({
      kind: 'MONTH_SUBMITTED',
      title: 'PCM envió el reporte de enero de 2024',
      link: '/ciclo?anio=2024&mes=1&entidad=PCM',
      readAt: null,
    });
    expect((await gql(NOTICES, {}, 'pcm')).notices.totalCount).toBe(pcmBefore);
    const [row] = await api.dataSource.getRepository(NoticeRow).find({ where: { id: bell.notices.nodes[0].id } });
    expect(row).toMatchObject({ emailStatus: 'SENT', emailAttempts: 1 });
    expect(row!.emailedAt).toBeInstanceOf(Date);
  });

  it('tells the entity a month was returned, with the comment escaped in HTML', async () => {
    await gql(SUBMIT, { m: 2 }, 'pcm');
    const comment = 'Falta la lista de participantes <script>alert("x")</script> & el acta.';
    const mark = mailbox.messages.length;
    await gql(RETURN, { e: 'PCM', m: 2, c: comment }, 'coordinacion');
    await settled(api);

    const [email, ...more] = mailbox.since(mark, 'pcm@demo.gob.pe');
    expect(more).toEqual([]);
    expect(email!.subject).toBe('La coordinación devolvió el reporte de febrero de 2024');
    expect(email!.text).toContain(comment);
    expect(email!.html).not.toContain('<script>');
    expect(email!.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; el acta.');
    // The coordination took the step: nothing for her about it.
    expect(mailbox.since(mark, 'coordinacion@demo.gob.pe').map((m) => m.subject)).not.toContain(email!.subject);
    const notice = (await gql(NOTICES, {}, 'pcm')).notices.nodes.find((n: { title: string }) => n.title === email!.subject);
    expect(notice).toMatchObject({ kind: 'MONTH_RETURNED', link: '/ciclo?anio=2024&mes=2&entidad=PCM' });
    expect(notice.body).toContain(comment);
    // Other entities' focal points hear nothing of PCM's month.
    expect(mailbox.since(mark, 'osce@demo.gob.pe')).toEqual([]);
  });

  it('tells the entity a month was approved', async () => {
    await gql(SUBMIT, { m: 3 }, 'pcm');
    const mark = mailbox.messages.length;
    await gql(APPROVE, { e: 'PCM', m: 3 }, 'coordinacion');
    await settled(api);
    const subjects = mailbox.since(mark, 'pcm@demo.gob.pe').map((m) => m.subject);
    expect(subjects).toEqual(['La coordinación aprobó el reporte de marzo de 2024']);
    const bell = await gql(NOTICES, {}, 'pcm');
    expect(bell.notices.nodes[0]).toMatchObject({ kind: 'MONTH_APPROVED', title: subjects[0] });
  });

  it('sends one digest when several notices reach an account within the window', async () => {
    const mark = mailbox.messages.length;
    await Promise.all([gql(SUBMIT, { m: 7 }, 'osce'), gql(SUBMIT, { m: 1 }, 'servir')]);
    await settled(api);
    const emails = mailbox.since(mark, 'coordinacion@demo.gob.pe');
    expect(emails).toHaveLength(1);
    expect(emails[0]!.subject).toBe('Gobernando Juntas: 2 avisos nuevos');
    for (const part of [emails[0]!.text!, emails[0]!.html as string]) {
      expect(part).toContain('OSCE envió el reporte de julio de 2024');
      expect(part).toContain('SERVIR envió el reporte de enero de 2024');
    }
    expect(emails[0]!.text).toContain(`${PUBLIC_URL}/ciclo?anio=2024&mes=7&entidad=OSCE`);
  });

  it('retries when the SMTP server refuses, and delivers exactly once', async () => {
    mailbox.refuseNext = 1;
    const refusedBefore = mailbox.refused;
    const mark = mailbox.messages.length;
    await gql(SUBMIT, { m: 8 }, 'osce');
    await settled(api);
    expect(mailbox.refused).toBe(refusedBefore + 1);
    const emails = mailbox.since(mark, 'coordinacion@demo.gob.pe');
    expect(emails.map((m) => m.subject)).toEqual(['OSCE envió el reporte de agosto de 2024']);
    const [row] = await api.dataSource.getRepository(NoticeRow).find({ where: { title: emails[0]!.subject! }, order: { id: 'DESC' }, take: 1 });
    expect(row).toMatchObject({ emailStatus: 'SENT', emailAttempts: 2 });
  });

  it('sends again what a previous process left pending', async () => {
    const mark = mailbox.messages.length;
    const osce = await accountId(api, 'osce@demo.gob.pe');
    await api.dataSource.getRepository(NoticeRow).insert({
      accountId: osce,
      kind: 'MONTH_APPROVED',
      title: 'Aviso que quedó pendiente',
      body: 'Quedó pendiente al detenerse el proceso anterior.',
      link: '/ciclo?anio=2024&mes=9&entidad=OSCE',
      dedupeKey: null,
      createdAt: new Date(),
      readAt: null,
      emailStatus: 'PENDING',
      emailAttempts: 0,
      emailedAt: null,
    });
    await api.services.notices.resumePending();
    await settled(api);
    expect(mailbox.since(mark, 'osce@demo.gob.pe').map((m) => m.subject)).toEqual(['Aviso que quedó pendiente']);
  });

  it('reminds entities with planned activities near the end of the month and after it, once', async () => {
    const activities = await api.dataSource.getRepository(ActivityRow).find({ where: { planYear: 2024 }, relations: { units: true } });
    const plannedInMay = [
      ...new Set(activities.filter((a) => plannedMonthsOf(a.schedule).includes(5)).flatMap((a) => a.units.map((u) => u.entityCode))),
    ].sort();
    expect(plannedInMay.length).toBeGreaterThan(1);
    expect(plannedInMay).not.toContain('MEF');
    expect(plannedInMay).not.toContain('CGR');
    const repository = api.dataSource.getRepository(NoticeRow);
    const recipients = async (dedupePrefix: string) => {
      const rows: { email: string; kind: string }[] = await api.dataSource.query(
        'SELECT a.email AS email, n.kind AS kind FROM notices n INNER JOIN accounts a ON a.id = n.account_id WHERE n.dedupe_key LIKE ? ORDER BY a.email',
        [`${dedupePrefix}%`],
      );
      return rows;
    };
    const mark = mailbox.messages.length;

    // 27 May 2024, 10:00 in Lima: the last five days of May.
    expect(await api.services.notices.runReminders(new Date('2024-05-27T15:00:00Z'))).toBeGreaterThan(0);
    const due = await recipients('due:2024-05:');
    expect(due.map((r) => r.email)).toEqual(plannedInMay.map((code) => `${code.toLowerCase()}@demo.gob.pe`).sort());
    expect(due.every((r) => r.kind === 'MONTH_DUE')).toBe(true);
    const countAfterFirst = await repository.count();
    expect(await api.services.notices.runReminders(new Date('2024-05-28T15:00:00Z'))).toBe(0);
    expect(await repository.count()).toBe(countAfterFirst);

    await settled(api);
    const pcmMail = mailbox.since(mark, 'pcm@demo.gob.pe');
    // May due and April overdue: one digest.
    expect(pcmMail.map((m) => m.text).join()).toContain('Recordatorio: envíe el reporte de mayo de 2024');
    expect(
      mailbox
        .since(mark, 'mef@demo.gob.pe')
        .map((m) => m.text)
        .join(),
    ).not.toContain('mayo de 2024');

    // 3 June: May is over and still unsent.
    await api.services.notices.runReminders(new Date('2024-06-03T15:00:00Z'));
    const overdue = await recipients('overdue:2024-05');
    expect(overdue.filter((r) => r.email !== 'coordinacion@demo.gob.pe').map((r) => r.email)).toEqual(due.map((r) => r.email));
    expect(overdue.every((r) => r.kind === 'MONTH_OVERDUE')).toBe(true);
    const summary = await repository.findOneOrFail({ where: { dedupeKey: 'overdue:2024-05', accountId: await accountId(api, 'coordinacion@demo.gob.pe') } });
    expect(summary.title).toBe(`Reportes pendientes de mayo de 2024: ${plannedInMay.length} entidades`);
    expect(summary.link).toBe('/ciclo?anio=2024&mes=5');
    const before = await repository.count();
    expect(await api.services.notices.runReminders(new Date('2024-06-20T15:00:00Z'))).toBe(0);
    expect(await repository.count()).toBe(before);
    await settled(api);
  });

  it('marks only the caller’s own notices read', async () => {
    await gql(SUBMIT, { m: 11 }, 'osce');
    const mine = (await gql(NOTICES, {}, 'coordinacion')).notices.nodes[0];
    expect(mine).toMatchObject({ title: 'OSCE envió el reporte de noviembre de 2024', readAt: null });
    const unread = (await gql(NOTICES, {}, 'coordinacion')).unreadNoticeCount;
    expect(unread).toBeGreaterThan(0);
    // Someone else's id behaves as one that does not exist.
    expect((await gql('mutation ($ids: [Int!]!) { markNoticesRead(ids: $ids) }', { ids: [mine.id, 999_999] }, 'pcm')).markNoticesRead).toBe(0);
    expect((await gql(NOTICES, {}, 'coordinacion')).unreadNoticeCount).toBe(unread);
    expect((await gql('mutation ($ids: [Int!]!) { markNoticesRead(ids: $ids) }', { ids: [mine.id, mine.id] }, 'coordinacion')).markNoticesRead).toBe(1);
    expect((await gql('mutation ($ids: [Int!]!) { markNoticesRead(ids: $ids) }', { ids: [mine.id] }, 'coordinacion')).markNoticesRead).toBe(0);
    expect((await gql(NOTICES, {}, 'coordinacion')).unreadNoticeCount).toBe(unread - 1);
    const unreadOnly = await gql('{ notices(unreadOnly: true, first: 100) { totalCount nodes { id } } }', {}, 'coordinacion');
    expect(unreadOnly.notices.totalCount).toBe(unread - 1);
    expect(unreadOnly.notices.nodes.map((n: { id: number }) => n.id)).not.toContain(mine.id);
    expect((await gql('mutation { markAllNoticesRead }', {}, 'coordinacion')).markAllNoticesRead).toBe(unread - 1);
    expect((await gql(NOTICES, {}, 'coordinacion')).unreadNoticeCount).toBe(0);
    await settled(api);
  });

  it('pages the bell newest first, and gives API keys and anonymous callers nothing', async () => {
    await gql(SUBMIT, { m: 12 }, 'osce');
    const all = (await gql(NOTICES, {}, 'coordinacion')).notices;
    expect(all.totalCount).toBeGreaterThan(1);
    const ids: number[] = all.nodes.map((n: { id: number }) => n.id);
    expect([...ids].sort((a, b) => b - a)).toEqual(ids);
    const first = (await gql('{ notices(first: 1) { nodes { id } pageInfo { hasNextPage endCursor } } }', {}, 'coordinacion')).notices;
    expect(first.nodes[0].id).toBe(ids[0]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await gql('query ($a: String) { notices(first: 1, after: $a) { nodes { id } } }', { a: first.pageInfo.endCursor }, 'coordinacion');
    expect(second.notices.nodes[0].id).toBe(ids[1]);
    const bad = await api.gql('{ notices(first: 1000) { totalCount } }', {}, { token: tokens.coordinacion });
    expect(bad.errors![0]!.message).toBe('Indique entre 1 y 100 resultados por página.');

    const key = Principal.of({ accountId: 0, apiKeyId: 1, email: 'clave', role: 'INTEGRATOR', entityCode: null });
    expect(await api.services.notices.list(key)).toMatchObject({ items: [], totalCount: 0 });
    expect(await api.services.notices.unreadCount(key)).toBe(0);
    expect(await api.services.notices.markAllRead(key)).toBe(0);
    const anonymous = await api.gql('{ unreadNoticeCount }');
    expect(anonymous.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    await settled(api);
  });
});

describe.each(backends())('notices without SMTP on %s', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(backend);
  });
  afterAll(() => api?.close());

  it('keeps notices in the app only, and says so', async () => {
    expect(api.services.notices.describe()).toBe('SMTP no configurado (GJ_SMTP_URL): los avisos quedan solo en la aplicación.');
    const pcm = await api.login('pcm@demo.gob.pe');
    const coordinator = await api.login('coordinacion@demo.gob.pe');
    expect((await api.gql(SUBMIT, { m: 1 }, { token: pcm })).errors).toBeUndefined();
    const bell = (await api.gql(NOTICES, {}, { token: coordinator })).data!;
    expect(bell.unreadNoticeCount).toBe(1);
    const [row] = await api.dataSource.getRepository(NoticeRow).find({ where: { id: bell.notices.nodes[0].id } });
    expect(row).toMatchObject({ emailStatus: 'SKIPPED', emailAttempts: 0, emailedAt: null });
  });
});

describe('notices through BullMQ on Redis', () => {
  const mailbox = new Mailbox();
  const prefix = `gj-test-${randomBytes(4).toString('hex')}`;
  let api: TestApi;
  beforeAll(async () => {
    const smtpUrl = await mailbox.start();
    api = await startTestApi('sqlite', {
      rateLimits: TEST_RATE_LIMITS,
      notices: { smtpUrl, digestSeconds: 2, publicUrl: PUBLIC_URL, redisUrl: REDIS_URL, queuePrefix: prefix },
    });
  });
  afterAll(async () => {
    await api?.close();
    await mailbox.stop();
    // Leave the shared Redis as it was.
    const queue = new Queue(QUEUE_NAME, { connection: { url: REDIS_URL }, prefix });
    await queue.obliterate({ force: true });
    await queue.close();
  });

  it('delivers through the Redis queue, one digest per account, retrying refusals', async () => {
    expect(api.services.notices.describe()).toMatch(/cola BullMQ en Redis \(prefijo «gj-test-[0-9a-f]+»\)/);
    const [osce, servir, pcm] = await Promise.all(['osce', 'servir', 'pcm'].map((who) => api.login(`${who}@demo.gob.pe`)));
    mailbox.refuseNext = 1;
    const sent = await Promise.all([api.gql(SUBMIT, { m: 1 }, { token: osce }), api.gql(SUBMIT, { m: 2 }, { token: servir })]);
    expect(sent.map((r) => r.errors)).toEqual([undefined, undefined]);
    await settled(api);
    expect(mailbox.refused).toBe(1);
    const emails = mailbox.since(0, 'coordinacion@demo.gob.pe');
    expect(emails.map((m) => m.subject)).toEqual(['Gobernando Juntas: 2 avisos nuevos']);
    const rows = await api.dataSource.getRepository(NoticeRow).find();
    expect(rows.map((r) => r.emailStatus)).toEqual(['SENT', 'SENT']);

    expect((await api.gql(SUBMIT, { m: 1 }, { token: pcm })).errors).toBeUndefined();
    await settled(api);
    expect(mailbox.since(0, 'coordinacion@demo.gob.pe').map((m) => m.subject)).toEqual([
      'Gobernando Juntas: 2 avisos nuevos',
      'PCM envió el reporte de enero de 2024',
    ]);
  });
});
