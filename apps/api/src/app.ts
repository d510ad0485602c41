import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { TokenService } from './auth/token.service.js';
import { DEFAULT_NOTICE_CONFIG, type Config, type NoticeConfig } from './config.js';
import { armor, DEFAULT_RATE_LIMITS, formatError, MAX_TOKENS, rateLimiters, UNAVAILABLE_MESSAGE } from './common/hardening.js';
import { queryLimits } from './common/query-cost.js';
import { memoryFloor } from './common/memory-floor.js';
import { SharedCounters } from './common/shared-counters.js';
import { createContext, createServices, type Context, type Services } from './context.js';
import { queryCounter } from './database/query-counter.js';
import { exportRouter } from './report/report.export.js';
import { followUpRouter } from './report/follow-up/follow-up.router.js';
import { planExportRouter } from './plan/plan.export.js';
import { templateRouter } from './templates/template.export.js';
import { evidenceRouter } from './evidence/evidence.router.js';
import { createStorage } from './evidence/storage.js';
import { getSchema } from './schema.js';

export interface App {
  app: Express;
  services: Services;
  stop(): Promise<void>;
}

/** The HTTP application: `/graphql`, `/api/*`, `/healthz` and the web app. Shared by `main.ts` and the tests. */
export async function createApp(
  dataSource: DataSource,
  config: Pick<Config, 'production' | 'tokenSecret' | 'tokenTtlSeconds'> &
    Partial<Pick<Config, 'sqlStatistics' | 'benchMemoryFloor' | 'trustProxy' | 'hsts' | 'rateLimits' | 'storage'>> & {
      notices?: Partial<NoticeConfig>;
    },
): Promise<App> {
  const rateLimits = config.rateLimits ?? DEFAULT_RATE_LIMITS;
  // With REDIS_URL every replica counts against the same limits; without it, each process in memory.
  const redisUrl = config.notices?.redisUrl;
  const shared = redisUrl ? new SharedCounters(redisUrl, config.notices?.queuePrefix ?? DEFAULT_NOTICE_CONFIG.queuePrefix) : null;
  await shared?.ready();
  const services = createServices(dataSource, new TokenService(config.tokenSecret, config.tokenTtlSeconds), {
    production: config.production,
    signIn: { failuresPerAccount: rateLimits.loginFailuresPerAccount, failuresPerIp: rateLimits.loginFailuresPerIp, shared },
    notices: config.notices,
    // Tests that do not choose a storage get a throwaway folder of their own.
    storage: createStorage(config.storage ?? { kind: 'local', dir: mkdtempSync(join(tmpdir(), 'gj-evidencias-')) }),
  });
  const protection = armor(config.production);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: !config.production,
    plugins: [
      // graphql-armor ships CommonJS typings of Apollo's plugin type: the same type at run time.
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      queryLimits((ctx, operation, ids) =>
        services.audit
          .recordPersonalDataRead(ctx.principal, operation, ids)
          .catch((error: unknown) => console.error(`No se pudo registrar la lectura de datos personales: ${(error as Error).message}`)),
      ),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...(config.benchMemoryFloor && !config.production ? [memoryFloor()] : []),
    ],
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: formatError(config.production),
    includeStacktraceInErrorResponses: false,
    // Requests never reach the log: they may carry passwords or tokens.
    logger: { debug: () => {}, info: () => {}, warn: (m) => console.warn(m), error: (m) => console.error(m) },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Client addresses (sign-in limits, audit) come from X-Forwarded-For only through configured proxies.
  app.set('trust proxy', config.trustProxy ?? false);
  app.use(securityHeaders(config));
  app.use(compressResponses());

  if (config.sqlStatistics) {
    // Benchmarks read how many SQL statements each request cost (X-SQL-Statements).
    app.use((_req, res, next) => {
      const tally = queryCounter.enter();
      const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
      res.writeHead = ((...args: unknown[]) => {
        if (!res.headersSent) res.setHeader('X-SQL-Statements', String(tally.statements));
        return writeHead(...args);
      }) as typeof res.writeHead;
      next();
    });
  }

  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'error', message: 'La base de datos no responde.' });
    }
  });

  const limits = rateLimiters(rateLimits, shared);
  app.use(
    ['/graphql', '/api'],
    limits.perIp,
    // Credentials are checked before GraphQL runs, so a bad token fails the whole request with 401.
    async (req, res, next) => {
      try {
        res.locals.viewer = await services.auth.authenticate(req.headers.authorization, req.headers['x-api-key']);
        next();
      } catch (error) {
        if (!(error instanceof GraphQLError)) return next(error);
        res.status(401).json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED', reason: error.extensions.reason } }] });
      }
    },
    limits.perCredential,
  );

  app.use('/api/exports', limits.exports, exportRouter(services));
  app.use('/api/reports', limits.exports, followUpRouter(services, dataSource));
  app.use('/api/plans', limits.exports, planExportRouter(services));
  app.use('/api/templates', limits.exports, templateRouter());
  app.use(['/api/executions', '/api/evidence'], limits.exports);
  app.use(evidenceRouter(services));

  app.use(
    '/graphql',
    express.json({ limit: '12mb' }), // file imports travel as base64
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(res.locals.viewer ?? null, services, { ip: req.ip ?? req.socket.remoteAddress ?? 'desconocida' }),
    }),
  );

  serveAdminApp(app);

  // Errors outside GraphQL (a body too large, malformed JSON, the database down): JSON, in Spanish.
  app.use((error: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    const status = error.status ?? 500;
    const message =
      error.type === 'entity.too.large'
        ? 'La solicitud es demasiado grande (máximo 12 MB).'
        : error.type === 'entity.parse.failed'
          ? 'El cuerpo de la solicitud no es JSON válido.'
          : status < 500
            ? 'La solicitud no es válida.'
            : UNAVAILABLE_MESSAGE;
    if (status >= 500) console.error(`Error interno: ${(error as Error).message ?? error}`);
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'SERVICE_UNAVAILABLE' } }] });
  });

  return {
    app,
    services,
    stop: async () => {
      await apollo.stop();
      // Timers and the e-mail queue (deliveries under way finish first).
      await services.notices.close();
      await shared?.close();
    },
  };
}

/**
 * The same security headers on every response (the web app, its assets, the API, downloads,
 * errors). The one exception: in development, Apollo Sandbox at GET /graphql loads its own scripts.
 */
function securityHeaders(config: { production: boolean; hsts?: boolean }) {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: config.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  return (req: express.Request, res: express.Response, next: express.NextFunction) =>
    headers(req, res, (error?: unknown) => {
      if (!config.production && req.method === 'GET' && req.path === '/graphql') res.removeHeader('Content-Security-Policy');
      next(error);
    });
}

/** Where `npm run build` leaves the admin web app (apps/admin/dist), from src/ or dist/ alike. */
const ADMIN_DIST = fileURLToPath(new URL('../../admin/dist/', import.meta.url));

const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Compresses GraphQL and JSON answers (and anything else compressible) above 1 KB on the fly.
 * Downloads under /api/ are left alone: they stream with their length, and XLSX is zipped already.
 * The web app's assets come precompressed (see serveAdminApp), so they pass through untouched.
 */
export function compressResponses() {
  return compression({
    threshold: 1024,
    filter: (req, res) =>
      !req.url.startsWith('/api/') && !String(res.getHeader('Content-Type') ?? '').startsWith('text/event-stream') && compression.filter(req, res),
  });
}

/** How much a request's Accept-Encoding accepts a coding (its q value; 0 = not at all). */
function acceptance(header: string | undefined, coding: string): number {
  let exact: number | undefined;
  let any: number | undefined;
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name = '', ...params] = part.split(';').map((p) => p.trim());
    const q = params.find((p) => p.startsWith('q='));
    const value = q ? Number(q.slice(2)) || 0 : 1;
    if (name === coding) exact = value;
    else if (name === '*') any = value;
  }
  return exact ?? any ?? 0;
}

/** Files of `dir` (as URL paths, e.g. /assets/index-abc.js) with the precompressed copies the admin build leaves next to them. */
function precompressedFiles(dir: string): Map<string, ('br' | 'gzip')[]> {
  const names = new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((f) => '/' + f.split(sep).join('/')));
  const found = new Map<string, ('br' | 'gzip')[]>();
  for (const name of names) {
    // Brotli first: about 15 % smaller than gzip on these files.
    const codings = (['br', 'gzip'] as const).filter((c) => names.has(name + (c === 'br' ? '.br' : '.gz')));
    if (codings.length > 0 && !name.endsWith('.br') && !name.endsWith('.gz')) found.set(name, [...codings]);
  }
  return found;
}

/**
 * Serves the admin web app at `/`: its files, and index.html for any other GET that is not the
 * API (`/graphql`, `/healthz`, `/api/*`), so that its routes (e.g. /actividades/1.4) survive a
 * reload. Files the build precompressed (.br, .gz) are sent compressed to browsers that accept it.
 * Does nothing when the app has not been built.
 */
export function serveAdminApp(app: Express, dir: string = ADMIN_DIST): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  // Vite puts a content hash in every asset name: they never change, index.html always may.
  const cacheControl = (path: string) => (relative(dir, path).startsWith('assets' + sep) ? IMMUTABLE : 'no-cache');
  const compressed = precompressedFiles(dir);
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const codings = compressed.get(req.path);
    if (!codings) return next();
    res.vary('Accept-Encoding');
    const coding = codings.find((c) => acceptance(req.headers['accept-encoding'], c) > 0);
    if (!coding) return next();
    res.setHeader('Content-Encoding', coding);
    res.setHeader('Cache-Control', cacheControl(join(dir, req.path)));
    // The type of the original file, not of the .br/.gz copy.
    res.type(extname(req.path));
    res.sendFile(req.path.slice(1) + (coding === 'br' ? '.br' : '.gz'), { root: dir }, (error?: Error) => {
      if (error && !res.headersSent) {
        res.removeHeader('Content-Encoding');
        next();
      }
    });
  });
  app.use(
    express.static(dir, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader('Cache-Control', cacheControl(path));
        if (compressed.has('/' + relative(dir, path).split(sep).join('/'))) res.vary('Accept-Encoding');
      },
    }),
  );
  app.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (/^\/(graphql|healthz|api)(\/|$)/.test(req.path)) return next();
    // A missing file (an old asset, a .map) is a 404, not the app; app routes like /actividades/1.9 are not files.
    if (req.path.startsWith('/assets/') || /\.[a-z][a-z0-9]*$/i.test(req.path)) return res.status(404).type('text/plain').send('No existe.');
    res.set('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
