/**
 * The built API as apps/api/dist/main.js starts it (same configuration from the environment,
 * same createApp and bootstrap), with one difference: the per-IP and per-credential rate limits
 * are lifted, because a load test sends thousands of requests a minute from one address with one
 * token and would otherwise measure 429 answers. The limiter middleware still runs on every
 * request, so its cost is in the figures. Used by national.mjs; prints the same ready line.
 */
import 'reflect-metadata';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

// GJ_BENCH_API_DIST: another build of the API (e.g. a previous commit's) to compare against.
const root = process.env.GJ_BENCH_API_DIST
  ? pathToFileURL(`${process.env.GJ_BENCH_API_DIST.replace(/\/$/, '')}/`).href
  : new URL('../../apps/api/dist/', import.meta.url).href;
const dist = (path) => new URL(path, root).href;
const { createApp } = await import(dist('app.js'));
const { bootstrap } = await import(dist('bootstrap.js'));
const { loadConfig } = await import(dist('config.js'));
const { createDataSource } = await import(dist('database/data-source.js'));

const UNLIMITED = { perIp: 1e9, perCredential: 1e9, loginFailuresPerAccount: 1e9, loginFailuresPerIp: 1e9, exportsPerCredential: 1e9 };

const config = loadConfig();
const dataSource = createDataSource(config.database);
await dataSource.initialize();
const { app, services, stop } = await createApp(dataSource, { ...config, rateLimits: UNLIMITED });
await bootstrap(dataSource, services.accounts, config);
const server = createServer(app);
server.listen(config.port, config.host, () => console.log(`API (benchmark launcher) en http://${config.host}:${config.port}/graphql`));

// GJ_BENCH_MEMORY_LOG=<file>: process.memoryUsage() every 100 ms, one JSON line each.
if (process.env.GJ_BENCH_MEMORY_LOG) {
  const { appendFileSync } = await import('node:fs');
  setInterval(() => appendFileSync(process.env.GJ_BENCH_MEMORY_LOG, `${JSON.stringify({ t: Date.now(), ...process.memoryUsage() })}\n`), 100).unref();
}

const shutdown = async () => {
  server.close();
  await stop();
  await dataSource.destroy();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
