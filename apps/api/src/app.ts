import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { TokenService } from './auth/token.service.js';
import type { Config } from './config.js';
import { createContext, createServices, type Context, type Services } from './context.js';
import { queryCounter } from './database/query-counter.js';
import { exportRouter } from './report/report.export.js';
import { getSchema } from './schema.js';

export interface App {
  app: Express;
  services: Services;
  stop(): Promise<void>;
}

/** The HTTP application: `/graphql`, `/healthz`. Shared by `main.ts` and the tests. */
export async function createApp(
  dataSource: DataSource,
  config: Pick<Config, 'production' | 'tokenSecret' | 'tokenTtlSeconds'> & Partial<Pick<Config, 'sqlStatistics'>>,
): Promise<App> {
  const services = createServices(dataSource, new TokenService(config.tokenSecret, config.tokenTtlSeconds));
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    introspection: !config.production,
    plugins: config.production ? [ApolloServerPluginLandingPageDisabled()] : [],
    includeStacktraceInErrorResponses: false,
    // Requests never reach the log: they may carry passwords or tokens.
    logger: { debug: () => {}, info: () => {}, warn: (m) => console.warn(m), error: (m) => console.error(m) },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

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

  app.use('/api/exports', exportRouter(services));

  app.use(
    '/graphql',
    express.json({ limit: '12mb' }), // file imports travel as base64
    // Credentials are checked before GraphQL runs, so a bad token fails the whole request with 401.
    async (req, res, next) => {
      try {
        res.locals.viewer = await services.auth.authenticate(req.headers.authorization);
        next();
      } catch (error) {
        if (!(error instanceof GraphQLError)) return next(error);
        res.status(401).json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED', reason: error.extensions.reason } }] });
      }
    },
    expressMiddleware(apollo, { context: async ({ res }) => createContext(res.locals.viewer ?? null, services) }),
  );

  return { app, services, stop: () => apollo.stop() };
}
