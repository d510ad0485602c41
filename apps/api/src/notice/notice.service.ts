import {
  dueNotice,
  getEntity,
  isEntityCode,
  limaDate,
  noticeLink,
  overdueNotice,
  overdueSummaryNotice,
  plannedMonthsOf,
  reminderMonths,
  stepNotice,
  type NoticeText,
  type YearMonth,
} from '@gj/domain';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { ActivityRow } from '../activity/activity.entity.js';
import { AccountRow } from '../auth/account.entity.js';
import type { Principal } from '../auth/principal.js';
import { authenticationError, inputError, MESSAGES } from '../common/errors.js';
import { assertPageSize, decodeCursor, encodeCursor, PAGE_SIZES } from '../common/pagination.js';
import { DEFAULT_NOTICE_CONFIG, type NoticeConfig } from '../config.js';
import type { CycleEvents, MonthStepEvent } from '../cycle/cycle.service.js';
import { MonthlySubmissionRow } from '../cycle/monthly-submission.entity.js';
import { PlanRow } from '../plan/plan.entity.js';
import { createMailer, describeSmtp, type Mailer } from './mailer.js';
import { composeNoticeEmail } from './notice.email.js';
import { BullMqQueue, InProcessQueue, type NoticeQueue } from './notice.queue.js';
import { NoticeRow } from './notice.entity.js';

/** Tries per notice before it is marked FAILED. */
export const MAX_EMAIL_ATTEMPTS = 5;
const REMINDER_INTERVAL_MS = 60 * 60 * 1000;
const MAX_IDS = 500;

const NO_SMTP = 'SMTP no configurado (GJ_SMTP_URL): los avisos quedan solo en la aplicación.';

const entityName = (code: string) => (isEntityCode(code) ? getEntity(code).shortName : code);

/** Error messages of SMTP servers may quote addresses: the log keeps none. */
const redact = (message: string) => message.replace(/[^\s<>()"',;:]+@[^\s<>()"',;:]+/g, '<dirección>');

interface Reminder {
  text: NoticeText;
  dedupeKey: string;
  /** Null: for the coordination. */
  entityCode: string | null;
  month: YearMonth;
}

type NewNotice = Pick<NoticeRow, 'accountId' | 'kind' | 'title' | 'body' | 'link' | 'dedupeKey'>;

/**
 * Notices: written by each step of the cycle (inside its transaction) and by the reminders, shown
 * under the bell, and e-mailed per account after a short window (one e-mail for what piled up).
 */
export class NoticeService implements CycleEvents {
  private readonly config: NoticeConfig;
  private readonly mailer: Mailer | null;
  private readonly queue: NoticeQueue | null;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly dataSource: DataSource,
    config: Partial<NoticeConfig> = {},
    options: { now?: () => Date } = {},
  ) {
    this.config = { ...DEFAULT_NOTICE_CONFIG, ...config };
    this.now = options.now ?? (() => new Date());
    this.mailer = createMailer(this.config);
    const settings = { windowMs: Math.round(this.config.digestSeconds * 1000), maxAttempts: MAX_EMAIL_ATTEMPTS };
    const job = (accountId: number) => this.deliver(accountId);
    this.queue = !this.mailer
      ? null
      : this.config.redisUrl
        ? new BullMqQueue(job, settings, this.config.redisUrl, this.config.queuePrefix)
        : new InProcessQueue(job, settings);
  }

  private readonly now: () => Date;

  /** For the start-up log, in Spanish. */
  describe(): string {
    if (!this.mailer || !this.config.smtpUrl) return NO_SMTP;
    const queue = this.queue?.kind === 'bullmq' ? `cola BullMQ en Redis (prefijo «${this.config.queuePrefix}»)` : 'cola en este proceso';
    return `Avisos por correo: ${describeSmtp(this.config.smtpUrl)}, remitente ${this.config.mailFrom}, resumen cada ${this.config.digestSeconds} s, ${queue}.`;
  }

  /** In the server process: logs the mode, sends what a previous process left pending, reminds now and every hour. */
  async start(): Promise<void> {
    console.log(this.describe());
    const tick = async () => {
      try {
        await this.resumePending();
        await this.runReminders(this.now());
      } catch (error) {
        console.error(`No se pudieron generar los recordatorios: ${(error as Error).message}`);
      }
    };
    await tick();
    this.timer = setInterval(() => void tick(), REMINDER_INTERVAL_MS);
    this.timer.unref();
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.queue?.close();
    this.mailer?.close();
  }

  // --- Writing notices ---------------------------------------------------------------------------

  /** CycleEvents: the step's notices in its transaction; their e-mail after the commit. */
  async record(manager: EntityManager, event: MonthStepEvent): Promise<() => void> {
    const text = stepNotice({ ...event, entityName: entityName(event.entityCode) });
    const recipients = await this.recipients(
      manager,
      event.step === 'submit' ? { role: 'COORDINATOR' } : { role: 'FOCAL_POINT', entityCode: event.entityCode },
    );
    const accountIds = recipients.filter((id) => id !== event.actor.id);
    if (accountIds.length === 0) return () => {};
    const link = noticeLink(event.year, event.month, event.entityCode);
    await manager.getRepository(NoticeRow).insert(accountIds.map((accountId) => this.row({ accountId, ...text, link, dedupeKey: null })));
    return () => this.scheduleEmails(accountIds);
  }

  private async recipients(manager: EntityManager, who: { role: 'COORDINATOR' } | { role: 'FOCAL_POINT'; entityCode: string }): Promise<number[]> {
    const rows = await manager.getRepository(AccountRow).find({ select: { id: true }, where: { active: true, ...who }, order: { id: 'ASC' } });
    return rows.map((r) => r.id);
  }

  private row(notice: NewNotice): Omit<NoticeRow, 'id'> {
    return {
      ...notice,
      title: notice.title.slice(0, 200),
      createdAt: this.now(),
      readAt: null,
      emailStatus: this.mailer ? 'PENDING' : 'SKIPPED',
      emailAttempts: 0,
      emailedAt: null,
    };
  }

  /** Never throws, never waits: the request that created the notices is already answered. */
  private scheduleEmails(accountIds: readonly number[]): void {
    if (!this.queue) return;
    for (const id of new Set(accountIds)) {
      try {
        this.queue.schedule(id);
      } catch (error) {
        console.error(`No se pudo programar el envío de avisos: ${(error as Error).message}`);
      }
    }
  }

  /** Notices a previous process left unsent go out again. */
  async resumePending(): Promise<void> {
    if (!this.queue) return;
    const rows: { account_id: number }[] = await this.dataSource.query("SELECT DISTINCT account_id FROM notices WHERE email_status = 'PENDING'");
    this.scheduleEmails(rows.map((r) => Number(r.account_id)));
  }

  // --- Reminders ---------------------------------------------------------------------------------

  /**
   * Reminders for `now` (Lima's calendar): the current month near its end and the previous month
   * once over, to the focal points of entities with activities planned in it (in a plan in force)
   * and nothing sent; plus one summary of the overdue entities to the coordination. Each notice
   * exists once per account and month (its dedupe key), however often and on however many
   * replicas this runs. Returns how many notices it created.
   */
  async runReminders(now: Date): Promise<number> {
    const today = limaDate(now);
    const { due, overdue } = reminderMonths(today, this.config.reminderDays);
    const reminders: Reminder[] = [];
    if (due) {
      for (const code of await this.pendingEntities(due)) {
        reminders.push({ text: dueNotice(entityName(code), due, today), dedupeKey: `due:${key(due)}:${code}`, entityCode: code, month: due });
      }
    }
    const late = await this.pendingEntities(overdue);
    for (const code of late) {
      reminders.push({ text: overdueNotice(entityName(code), overdue), dedupeKey: `overdue:${key(overdue)}:${code}`, entityCode: code, month: overdue });
    }
    if (late.length > 0) {
      reminders.push({ text: overdueSummaryNotice(late.map(entityName), overdue), dedupeKey: `overdue:${key(overdue)}`, entityCode: null, month: overdue });
    }
    return this.insertReminders(reminders);
  }

  /** Entities with activities planned in the month of a plan in force whose month is unsent (draft or returned). */
  private async pendingEntities({ year, month }: YearMonth): Promise<string[]> {
    const plan = await this.dataSource.getRepository(PlanRow).findOne({ where: { year, status: 'IN_FORCE' } });
    if (!plan) return [];
    const activities = await this.dataSource.getRepository(ActivityRow).find({ where: { planYear: year }, relations: { units: true } });
    const planned = new Set(activities.filter((a) => plannedMonthsOf(a.schedule).includes(month)).flatMap((a) => a.units.map((u) => u.entityCode)));
    if (planned.size === 0) return [];
    const sent = await this.dataSource.getRepository(MonthlySubmissionRow).find({
      select: { entityCode: true },
      where: { year, month, entityCode: In([...planned]), status: In(['SUBMITTED', 'APPROVED']) },
    });
    const done = new Set(sent.map((s) => s.entityCode));
    return [...planned].filter((code) => !done.has(code)).sort();
  }

  /** To the entity's focal points, or the coordination when no entity; returns how many were new. */
  private async insertReminders(reminders: readonly Reminder[]): Promise<number> {
    const rows: Omit<NoticeRow, 'id'>[] = [];
    for (const { text, dedupeKey, entityCode, month } of reminders) {
      const accounts = await this.recipients(this.dataSource.manager, entityCode ? { role: 'FOCAL_POINT', entityCode } : { role: 'COORDINATOR' });
      const link = noticeLink(month.year, month.month, entityCode);
      rows.push(...accounts.map((accountId) => this.row({ accountId, ...text, link, dedupeKey })));
    }
    if (rows.length === 0) return 0;
    const repository = this.dataSource.getRepository(NoticeRow);
    const keys = { accountId: In([...new Set(rows.map((r) => r.accountId))]), dedupeKey: In([...new Set(rows.map((r) => r.dedupeKey!))]) };
    const before = await repository.count({ where: keys });
    // What another run (or replica) already created is skipped by the unique (account, dedupe key) index.
    await repository.createQueryBuilder().insert().into(NoticeRow).values(rows).orIgnore().execute();
    const created = (await repository.count({ where: keys })) - before;
    if (created > 0) this.scheduleEmails(rows.map((r) => r.accountId));
    return created;
  }

  // --- E-mail delivery ---------------------------------------------------------------------------

  /**
   * The queue's job: every PENDING notice of the account in one e-mail. On failure each notice's
   * attempts go up; at MAX_EMAIL_ATTEMPTS it is FAILED, otherwise this throws so the queue retries.
   */
  async deliver(accountId: number): Promise<void> {
    if (!this.mailer) return;
    const repository = this.dataSource.getRepository(NoticeRow);
    const notices = await repository.find({ where: { accountId, emailStatus: 'PENDING' }, order: { id: 'ASC' } });
    if (notices.length === 0) return;
    const ids = notices.map((n) => n.id);
    const account = await this.dataSource.getRepository(AccountRow).findOne({ where: { id: accountId } });
    if (!account?.active) {
      await repository.update({ id: In(ids), emailStatus: 'PENDING' }, { emailStatus: 'SKIPPED' });
      return;
    }
    try {
      await this.mailer.send({ to: account.email, ...composeNoticeEmail(notices, this.config.publicUrl) });
    } catch (error) {
      await repository.increment({ id: In(ids), emailStatus: 'PENDING' }, 'emailAttempts', 1);
      await repository
        .createQueryBuilder()
        .update(NoticeRow)
        .set({ emailStatus: 'FAILED' })
        .where({ id: In(ids), emailStatus: 'PENDING' })
        .andWhere('email_attempts >= :max', { max: MAX_EMAIL_ATTEMPTS })
        .execute();
      const left = await repository.count({ where: { id: In(ids), emailStatus: 'PENDING' } });
      const reason = redact((error as Error).message ?? String(error));
      if (left === 0) {
        console.error(
          `No se pudo enviar por correo ${ids.length === 1 ? 'un aviso' : `${ids.length} avisos`} a la cuenta ${accountId} tras ${MAX_EMAIL_ATTEMPTS} intentos; quedan en la aplicación. Último error: ${reason}`,
        );
        return;
      }
      console.warn(`Falló el envío de avisos por correo a la cuenta ${accountId}; se reintentará. Error: ${reason}`);
      throw error;
    }
    await repository
      .createQueryBuilder()
      .update(NoticeRow)
      .set({ emailStatus: 'SENT', emailedAt: this.now(), emailAttempts: () => 'email_attempts + 1' })
      .where({ id: In(ids), emailStatus: 'PENDING' })
      .execute();
  }

  // --- The bell ----------------------------------------------------------------------------------

  /** API keys (account 0) have no notices; anonymous callers are asked to sign in. */
  private accountOf(principal: Principal): number | null {
    if (!principal.viewer) throw authenticationError(MESSAGES.signInRequired, 'SIGN_IN_REQUIRED');
    return principal.viewer.accountId > 0 ? principal.viewer.accountId : null;
  }

  /** The caller's notices, newest first. */
  async list(principal: Principal, first: number = PAGE_SIZES.notices.default, after?: string | null, unreadOnly = false) {
    const accountId = this.accountOf(principal);
    assertPageSize(first, PAGE_SIZES.notices.max);
    const afterId = decodeCursor('notice', after);
    if (accountId === null) return { items: [] as NoticeRow[], totalCount: 0, hasNextPage: false, endCursor: null };
    const query = this.dataSource.getRepository(NoticeRow).createQueryBuilder('notice').where('notice.accountId = :accountId', { accountId });
    if (unreadOnly) query.andWhere('notice.readAt IS NULL');
    const totalCount = await query.getCount();
    if (afterId !== null) query.andWhere('notice.id < :afterId', { afterId });
    const rows = await query
      .orderBy('notice.id', 'DESC')
      .take(first + 1)
      .getMany();
    const items = rows.slice(0, first);
    return { items, totalCount, hasNextPage: rows.length > first, endCursor: items.length ? encodeCursor('notice', items.at(-1)!.id) : null };
  }

  async unreadCount(principal: Principal): Promise<number> {
    const accountId = this.accountOf(principal);
    if (accountId === null) return 0;
    return this.dataSource.getRepository(NoticeRow).count({ where: { accountId, readAt: IsNull() } });
  }

  /** Marks the caller's own notices read; ids of others' notices change nothing. Returns how many changed. */
  async markRead(principal: Principal, ids: readonly number[]): Promise<number> {
    const accountId = this.accountOf(principal);
    if (ids.length > MAX_IDS) throw inputError(`Indique hasta ${MAX_IDS} avisos a la vez.`);
    if (accountId === null || ids.length === 0) return 0;
    const result = await this.dataSource.getRepository(NoticeRow).update({ accountId, id: In([...new Set(ids)]), readAt: IsNull() }, { readAt: this.now() });
    return result.affected ?? 0;
  }

  async markAllRead(principal: Principal): Promise<number> {
    const accountId = this.accountOf(principal);
    if (accountId === null) return 0;
    const result = await this.dataSource.getRepository(NoticeRow).update({ accountId, readAt: IsNull() }, { readAt: this.now() });
    return result.affected ?? 0;
  }
}

const key = ({ year, month }: YearMonth) => `${year}-${String(month).padStart(2, '0')}`;
