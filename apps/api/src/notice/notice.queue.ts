import { Queue, Worker } from 'bullmq';

/** Delivers an account's pending notices; throws when it should be tried again later. */
export type DeliveryJob = (accountId: number) => Promise<void>;

export interface QueueSettings {
  /** Notices of one account scheduled within this window leave together. */
  windowMs: number;
  /** Runs of a failing job before the queue stops retrying it (the hourly sweep schedules it again). */
  maxAttempts: number;
}

/** Where e-mail deliveries wait: never awaited inside a user's request. */
export interface NoticeQueue {
  readonly kind: 'in-process' | 'bullmq';
  /** Deliver the account's pending notices after the window; repeated calls within it collapse. */
  schedule(accountId: number): void;
  close(): Promise<void>;
}

/** The BullMQ queue's name (its Redis keys start with the prefix, then this). */
export const QUEUE_NAME = 'avisos';

/** Exponential backoff starting at the digest window: 60 s, 120 s, 240 s… by default. */
export const retryDelay = (windowMs: number, attempt: number) => windowMs * 2 ** (attempt - 1);

interface AccountState {
  timer?: NodeJS.Timeout;
  running?: Promise<void>;
  /** Scheduled again while running: run once more afterwards. */
  again: boolean;
  attempt: number;
}

/** The embedded default: timers in this process (pending notices are rescheduled at start-up). */
export class InProcessQueue implements NoticeQueue {
  readonly kind = 'in-process';
  private readonly accounts = new Map<number, AccountState>();
  private closed = false;

  constructor(
    private readonly job: DeliveryJob,
    private readonly settings: QueueSettings,
  ) {}

  schedule(accountId: number): void {
    if (this.closed) return;
    const state = this.accounts.get(accountId) ?? { again: false, attempt: 0 };
    this.accounts.set(accountId, state);
    if (state.timer) return;
    if (state.running) {
      state.again = true;
      return;
    }
    this.wait(accountId, state, this.settings.windowMs);
  }

  private wait(accountId: number, state: AccountState, ms: number) {
    state.timer = setTimeout(() => this.run(accountId, state), ms);
    state.timer.unref();
  }

  private run(accountId: number, state: AccountState) {
    state.timer = undefined;
    state.running = this.job(accountId).then(
      () => {
        state.attempt = 0;
      },
      () => {
        state.attempt += 1;
        if (!this.closed && state.attempt < this.settings.maxAttempts) this.wait(accountId, state, retryDelay(this.settings.windowMs, state.attempt));
        else state.attempt = 0;
      },
    );
    void state.running.finally(() => {
      state.running = undefined;
      if (state.again && !state.timer && !this.closed) {
        state.again = false;
        this.wait(accountId, state, this.settings.windowMs);
      }
      if (!state.timer && !state.running) this.accounts.delete(accountId);
    });
  }

  /** Waits for deliveries under way; drops those still waiting (they stay PENDING for the next start). */
  async close(): Promise<void> {
    this.closed = true;
    for (const state of this.accounts.values()) clearTimeout(state.timer);
    await Promise.all([...this.accounts.values()].map((s) => s.running));
    this.accounts.clear();
  }
}

/**
 * BullMQ on Redis (`REDIS_URL`): deliveries survive restarts and any replica's worker sends them.
 * The job id names the account and the window, so schedules within one window collapse into one
 * job, and a job (which runs a full window after it was first added) never misses a later notice.
 */
export class BullMqQueue implements NoticeQueue {
  readonly kind = 'bullmq';
  private readonly queue: Queue;
  private readonly worker: Worker;
  private readonly settings: QueueSettings;

  constructor(job: DeliveryJob, settings: QueueSettings, redisUrl: string, prefix: string) {
    const name = QUEUE_NAME;
    // Fail fast instead of queueing commands forever while Redis is down; the notices stay PENDING.
    const connection = { url: redisUrl, enableOfflineQueue: false };
    this.settings = settings;
    this.queue = new Queue(name, {
      connection,
      prefix,
      defaultJobOptions: {
        attempts: settings.maxAttempts,
        backoff: { type: 'exponential', delay: settings.windowMs },
        removeOnComplete: true,
        removeOnFail: true,
      },
    });
    // One job at a time per process: an account's digest is never sent by two jobs at once.
    this.worker = new Worker<{ accountId: number }>(name, (j) => job(j.data.accountId), { connection: { url: redisUrl }, prefix, concurrency: 1 });
    const log = (error: Error) => console.error(`Cola de avisos (Redis): ${error.message}`);
    this.queue.on('error', log);
    this.worker.on('error', log);
  }

  schedule(accountId: number): void {
    const window = Math.floor(Date.now() / this.settings.windowMs);
    this.queue
      .add('correo', { accountId }, { jobId: `digest-${accountId}-${window}`, delay: this.settings.windowMs })
      .catch((error: unknown) => console.error(`No se pudo encolar el envío de avisos (quedan pendientes): ${(error as Error).message}`));
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }
}
