import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { TokenService } from './auth/token.service.js';
import type { Config } from './config.js';
import { armor, DEFAULT_RATE_LIMITS, formatError, MAX_TOKENS, rateLimiters, UNAVAILABLE_MESSAGE } from './common/hardening.js';
import { queryLimits } from './common/query-cost.js';
import { createContext, createServices, type Context, type Services } from './context.js';
import { queryCounter } from './database/query-counter.js';
import { exportRouter } from './report/report.export.js';
import { planExportRouter } from './plan/plan.export.js';
import { getSchema } from './schema.js';

export interface App {
  app: Express;
  services: Services;
  stop(): Promise<void>;
}

/** The HTTP application: `/graphql`, `/api/*`, `/healthz` and the web app. Shared by `main.ts` and the tests. */
export async function createApp(
  dataSource: DataSource,
  config: Pick<Config, 'production' | 'tokenSecret' | 'tokenTtlSeconds'> & Partial<Pick<Config, 'sqlStatistics' | 'trustProxy' | 'hsts' | 'rateLimits'>>,
): Promise<App> {
  const rateLimits = config.rateLimits ?? DEFAULT_RATE_LIMITS;
  const services = createServices(dataSource, new TokenService(config.tokenSecret, config.tokenTtlSeconds), {
    production: config.production,
    signIn: { failuresPerAccount: rateLimits.loginFailuresPerAccount, failuresPerIp: rateLimits.loginFailuresPerIp },
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

  const limits = rateLimiters(rateLimits);
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
  app.use('/api/plans', limits.exports, planExportRouter(services));

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

  return { app, services, stop: () => apollo.stop() };
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

/**
 * Serves the admin web app at `/`: its files, and index.html for any other GET that is not the
 * API (`/graphql`, `/healthz`, `/api/*`), so that its routes (e.g. /actividades/1.4) survive a
 * reload. Does nothing when the app has not been built.
 */
function serveAdminApp(app: Express, dir: string = ADMIN_DIST): void {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use(
    express.static(dir, {
      index: false,
      // Vite puts a content hash in every asset name: they never change, index.html always may.
      setHeaders: (res, path) => res.setHeader('Cache-Control', path.startsWith(join(dir, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache'),
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
