/**
 * Rate limits shared through Redis (REDIS_URL): two limiters built as two processes build them
 * count together; and when Redis stops answering, requests are neither refused nor let through
 * without limit — each process counts in memory until Redis is back. Redis at GJ_TEST_REDIS_URL
 * (reached through a relay here, so the test can cut it without touching the machine's Redis).
 */
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, createServer, type Server as TcpServer, type Socket } from 'node:net';
import express from 'express';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignInThrottle } from '../auth/sign-in-throttle.js';
import { rateLimiters, type RateLimits } from '../common/hardening.js';
import { SharedCounters } from '../common/shared-counters.js';
import { freePort } from '../test/server-process.js';

const REDIS = new URL(process.env.GJ_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');
const LIMITS: RateLimits = { perIp: 4, perCredential: 1000, loginFailuresPerAccount: 3, loginFailuresPerIp: 1000, exportsPerCredential: 1000 };

/** A TCP relay to the machine's Redis that the test can cut and restore on the same port. */
class Relay {
  private server: TcpServer | null = null;
  private readonly sockets = new Set<Socket>();
  constructor(readonly port: number) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(Number(REDIS.port || 6379), REDIS.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise((resolve) => this.server?.close(resolve));
    this.server = null;
  }
}

/** One "replica": an Express app with the API's limiters on `shared`. */
async function replica(shared: SharedCounters): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(rateLimiters(LIMITS, shared).perIp, (_req, res) => void res.json({ ok: true }));
  const server = createHttpServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/`, server };
}

describe('rate limits shared through Redis', () => {
  const namespace = `gj-limits-${randomBytes(4).toString('hex')}`;
  let relay: Relay;
  let counters: SharedCounters[];
  let replicas: { url: string; server: Server }[];
  const redis = new Redis(REDIS.toString());
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'log').mockImplementation(() => {});

  beforeAll(async () => {
    relay = new Relay(await freePort());
    await relay.open();
    const url = `redis://127.0.0.1:${relay.port}`;
    counters = [new SharedCounters(url, namespace), new SharedCounters(url, namespace)];
    await Promise.all(counters.map((c) => c.ready()));
    replicas = await Promise.all(counters.map((c) => replica(c)));
  });

  afterEach(async () => {
    const keys = await redis.keys(`${namespace}:*`);
    if (keys.length > 0) await redis.del(...keys);
  });

  afterAll(async () => {
    for (const r of replicas) r.server.close();
    await Promise.all(counters.map((c) => c.close()));
    await relay.cut();
    await redis.quit();
    vi.restoreAllMocks();
  });

  const statuses = async (order: number[]) => {
    const found: number[] = [];
    for (const i of order) found.push((await fetch(replicas[i]!.url)).status);
    return found;
  };

  it('counts the requests of both replicas against one limit, under the namespace', async () => {
    expect(await statuses([0, 1, 0, 1, 0, 1])).toEqual([200, 200, 200, 200, 429, 429]);
    expect((await redis.keys(`${namespace}:rl:ip:*`)).length).toBe(1);
  });

  it('counts sign-in failures of both replicas together', async () => {
    const throttles = counters.map((shared) => new SignInThrottle({ failuresPerAccount: 3, failuresPerIp: 1000, shared }));
    for (const t of [0, 1, 0]) await throttles[t]!.recordFailure('ana@example.gob.pe', '10.0.0.1');
    await expect(throttles[1]!.assertAllowed('ana@example.gob.pe', '10.0.0.1')).rejects.toThrow(/^Demasiados intentos fallidos/);
    // A success on one replica clears the account's count for both.
    await throttles[0]!.recordSuccess('ana@example.gob.pe');
    await expect(throttles[1]!.assertAllowed('ana@example.gob.pe', '10.0.0.1')).resolves.toBeUndefined();
  });

  it('falls back to counting in each process while Redis does not answer, logs it once, and shares again when it is back', async () => {
    errors.mockClear();
    await relay.cut();
    // Served, and still limited: replica 0 counts its own 4.
    expect(await statuses([0, 0, 0, 0, 0])).toEqual([200, 200, 200, 200, 429]);
    // Replica 1 had counted none of them.
    expect(await statuses([1])).toEqual([200]);
    const throttle = new SignInThrottle({ failuresPerAccount: 3, failuresPerIp: 1000, shared: counters[0] });
    for (let i = 0; i < 3; i++) await throttle.recordFailure('luis@example.gob.pe', '10.0.0.2');
    await expect(throttle.assertAllowed('luis@example.gob.pe', '10.0.0.2')).rejects.toThrow(/^Demasiados intentos fallidos/);
    const outages = errors.mock.calls.filter(([m]) => String(m).startsWith('Límites de solicitudes: Redis no responde'));
    expect(outages.length).toBeLessThanOrEqual(2); // one per process
    expect(outages.length).toBeGreaterThan(0);

    await relay.open();
    await vi.waitFor(() => expect(counters.every((c) => c.client.status === 'ready')).toBe(true), { timeout: 10_000, interval: 100 });
    // Shared again (the Lua scripts are loaded again): both replicas count in Redis.
    expect(await statuses([0, 1, 0, 1, 0])).toEqual([200, 200, 200, 200, 429]);
    expect((await redis.keys(`${namespace}:rl:ip:*`)).length).toBe(1);
  }, 30_000);
});
