/**
 * Rate-limit counters that every API replica shares: Redis when `REDIS_URL` is set. Without it
 * each process counts in memory (the embedded, single-node default).
 *
 * If Redis stops answering, requests are not refused and limits do not vanish: every counter
 * falls back to the process's own memory (the single-node behaviour, N× the limit with N
 * replicas) until Redis answers again, and the outage is logged once.
 */
import { Redis } from 'ioredis';
import { MemoryStore, type ClientRateLimitInfo, type IncrementResponse, type Options, type Store } from 'express-rate-limit';
import { RedisStore, type RedisReply } from 'rate-limit-redis';

/** A command that waits longer than this is given up, and the counter falls back to memory. */
const COMMAND_TIMEOUT_MS = 1_000;
/** How long start-up waits for Redis before serving with per-process counters. */
const CONNECT_WAIT_MS = 3_000;

export class SharedCounters {
  readonly client: Redis;
  /** Every key starts with it, e.g. "gj:rl:" (GJ_QUEUE_PREFIX, then "rl:"). */
  readonly prefix: string;
  private down = false;

  constructor(url: string, namespace: string) {
    this.prefix = `${namespace}:rl:`;
    this.client = new Redis(url, {
      // Fail fast while disconnected (the memory fallback answers) instead of queueing commands.
      enableOfflineQueue: false,
      commandTimeout: COMMAND_TIMEOUT_MS,
      maxRetriesPerRequest: 1,
    });
    this.client.on('error', (error: Error) => this.failed(error));
    this.client.on('ready', () => {
      if (!this.down) return;
      this.down = false;
      console.log('Límites de solicitudes: Redis responde de nuevo; los contadores vuelven a ser compartidos.');
    });
  }

  /** Waits a little for the first connection; start-up goes on without it (counters in memory meanwhile). */
  async ready(): Promise<void> {
    if (this.client.status === 'ready') return;
    const connected = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), CONNECT_WAIT_MS);
      this.client.once('ready', () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    if (!connected) this.failed(new Error(`sin conexión tras ${CONNECT_WAIT_MS / 1000} s`));
  }

  /** Logs the first failure of an outage, not one line per request. */
  failed(error: Error): void {
    if (this.down) return;
    this.down = true;
    console.error(`Límites de solicitudes: Redis no responde (${error.message}); cada proceso cuenta por su cuenta hasta que vuelva a responder.`);
  }

  /** A store for one express-rate-limit limiter, its keys under `prefix` + name. */
  store(name: string): Store {
    return new FallbackStore(this, name);
  }

  async close(): Promise<void> {
    this.client.removeAllListeners('ready');
    await this.client.quit().catch(() => this.client.disconnect());
  }
}

/** rate-limit-redis's store, answered from memory whenever Redis fails. */
class FallbackStore implements Store {
  private readonly redis: RedisStore;
  private readonly memory = new MemoryStore();
  readonly prefix: string;

  constructor(
    private readonly counters: SharedCounters,
    name: string,
  ) {
    this.prefix = `${counters.prefix}${name}:`;
    this.redis = new RedisStore({
      prefix: this.prefix,
      sendCommand: (command: string, ...args: string[]) => counters.client.call(command, ...args) as Promise<RedisReply>,
    });
  }

  init(options: Options): void {
    this.memory.init(options);
    // Loads the Lua scripts; if Redis is not there yet, they are loaded again on first use.
    this.redis.init(options).catch(() => {});
  }

  private async shared<T>(operation: () => Promise<T>, fallback: () => Promise<T> | T): Promise<T> {
    // rate-limit-redis keeps a failed script load for ever: load it again once Redis is back
    // (init() has set both). The no-op handlers only keep a failed reload from counting as an
    // unhandled rejection; the operation that awaits it still sees the failure.
    this.redis.incrementScriptSha = this.redis.incrementScriptSha.catch(() => this.redis.loadIncrementScript());
    this.redis.incrementScriptSha.catch(() => {});
    this.redis.getScriptSha = this.redis.getScriptSha.catch(() => this.redis.loadGetScript());
    this.redis.getScriptSha.catch(() => {});
    try {
      return await operation();
    } catch (error) {
      this.counters.failed(error as Error);
      return fallback();
    }
  }

  increment(key: string): Promise<IncrementResponse> {
    return this.shared(
      () => this.redis.increment(key),
      () => this.memory.increment(key),
    );
  }

  get(key: string): Promise<ClientRateLimitInfo | undefined> {
    return this.shared(
      () => this.redis.get(key),
      () => this.memory.get(key),
    );
  }

  decrement(key: string): Promise<void> {
    return this.shared(
      () => this.redis.decrement(key),
      () => this.memory.decrement(key),
    );
  }

  async resetKey(key: string): Promise<void> {
    await this.memory.resetKey(key);
    await this.shared(
      () => this.redis.resetKey(key),
      () => undefined,
    );
  }

  shutdown(): void {
    this.memory.shutdown();
  }
}
