import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import rateLimit, { type RateLimitRequestHandler } from 'express-rate-limit';
import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer.js';
import { describeWait } from '@gj/domain';
import type { SharedCounters } from './shared-counters.js';

/** The deepest useful path (activity → executions → participants → authority → government → name) is 6. */
export const MAX_DEPTH = 6;
export const MAX_ALIASES = 15;
export const MAX_TOKENS = 3_000;
export const MAX_DIRECTIVES = 20;

/** Limits on the shape of a single query (depth, aliases, tokens, directives), refused in Spanish. Cost is in query-cost.ts. */
export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: {
      n: MAX_DEPTH,
      flattenFragments: true,
      exposeLimits: false,
      errorMessage: `La consulta es demasiado profunda: admite hasta ${MAX_DEPTH} niveles.`,
    },
    maxAliases: { n: MAX_ALIASES, exposeLimits: false, errorMessage: `La consulta tiene demasiados alias: admite hasta ${MAX_ALIASES}.` },
    costLimit: { enabled: false },
    // Tokens are limited by graphql-js itself (ApolloServer parseOptions), which answers 400.
    maxTokens: { enabled: false },
    maxDirectives: { n: MAX_DIRECTIVES, exposeLimits: false, errorMessage: `La consulta tiene demasiadas directivas: admite hasta ${MAX_DIRECTIVES}.` },
    // Suggestions ("Did you mean …?") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export interface RateLimits {
  /** Requests per minute from one client address. */
  perIp: number;
  /** Requests per minute with one account's sessions or one API key. */
  perCredential: number;
  /** Failed sign-ins per 15 minutes for one account (by e-mail). */
  loginFailuresPerAccount: number;
  /** Failed sign-ins per 15 minutes from one client address. */
  loginFailuresPerIp: number;
  /** Report downloads per minute with one credential (each costs ~100 ms of CPU). */
  exportsPerCredential: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perIp: 1200,
  perCredential: 600,
  loginFailuresPerAccount: 10,
  loginFailuresPerIp: 50,
  exportsPerCredential: 20,
};

/** Who a request counts against: the account or key it authenticated as, whatever the header's spelling. */
export function credentialKey(viewer: Viewer | null | undefined): string | null {
  if (!viewer) return null;
  return viewer.apiKeyId !== undefined ? `key:${viewer.apiKeyId}` : `account:${viewer.accountId}`;
}

/** 429 with the real wait in the message and in Retry-After. */
function tooMany(what: string) {
  return (req: Request, res: Response) => {
    const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
    const seconds = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + 60_000) - Date.now()) / 1000));
    res
      .status(429)
      .set('Retry-After', String(seconds))
      .json({
        errors: [
          { message: `${what} Espere ${describeWait(seconds)} e intente nuevamente.`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds } },
        ],
      });
  };
}

/**
 * Per-address limits run before authentication; per-credential ones after it, keyed on the
 * account or key (not on the raw header, whose case and spacing an attacker controls).
 */
export function rateLimiters(limits: RateLimits, shared: SharedCounters | null = null): Record<'perIp' | 'perCredential' | 'exports', RateLimitRequestHandler> {
  // X-Forwarded-For is read only through `trust proxy` (app.ts); without it the header is ignored on purpose.
  const common = {
    windowMs: 60_000,
    standardHeaders: 'draft-8' as const,
    legacyHeaders: false,
    validate: { xForwardedForHeader: false },
    // The shared store answers from memory when Redis fails; should anything still throw, serve rather than fail.
    passOnStoreError: true,
  };
  // Counted in Redis for every replica when there is one (REDIS_URL); otherwise in this process's memory.
  const store = (name: string) => (shared ? { store: shared.store(name) } : {});
  const byCredential = {
    skip: (_req: Request, res: Response) => credentialKey(res.locals.viewer as Viewer | null) === null,
    keyGenerator: (_req: Request, res: Response) => credentialKey(res.locals.viewer as Viewer)!,
  };
  return {
    perIp: rateLimit({ ...common, ...store('ip'), limit: limits.perIp, handler: tooMany('Demasiadas solicitudes desde su dirección.') }),
    perCredential: rateLimit({
      ...common,
      ...store('credential'),
      ...byCredential,
      limit: limits.perCredential,
      handler: tooMany('Demasiadas solicitudes con esta credencial.'),
    }),
    exports: rateLimit({
      ...common,
      ...store('exports'),
      ...byCredential,
      limit: limits.exportsPerCredential,
      handler: tooMany('Demasiadas descargas seguidas.'),
    }),
  };
}

/** Codes whose messages are written for people (Spanish) or for integrators, and safe to show. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'TOO_COMPLEX',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const DATABASE_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'PROTOCOL_CONNECTION_LOST', 'ER_SERVER_SHUTDOWN', 'EPIPE', 'SQLITE_BUSY']);
const DUPLICATE = new Set(['ER_DUP_ENTRY', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
const DEADLOCK = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

export const UNAVAILABLE_MESSAGE = 'El servicio no está disponible en este momento. Intente nuevamente en unos minutos.';
export const INTERNAL_MESSAGE = 'Ocurrió un error interno. Intente nuevamente; si persiste, comuníquese con la coordinación.';
export const DUPLICATE_MESSAGE = 'Otra persona registró lo mismo al mismo tiempo. Recargue la página para ver el dato guardado.';
export const BUSY_MESSAGE = 'Otra operación estaba modificando los mismos datos. Intente nuevamente.';

/** The first error in a chain (TypeORM wraps the driver's) whose code or message matches. */
function causeMatches(error: unknown, codes: Set<string>, message?: RegExp): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && codes.has(code)) return true;
    if (message && message.test(String((current as Error).message ?? ''))) return true;
    current = (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** GraphQL-js's English for bad variables, as the person who sent them reads it. */
function spanishVariableError(message: string): string | null {
  const match = /^Variable "\$(\w+)" (?:got invalid value|of required type|of non-null type)/.exec(message);
  if (!match) return null;
  if (/was not provided/.test(message)) return `Falta la variable obligatoria $${match[1]}.`;
  const expected = /; (?:Expected type "?([\w![\]]+)"?|(\w+) cannot represent)/.exec(message);
  const type = expected?.[1] ?? expected?.[2];
  return `La variable $${match[1]} tiene un valor no válido${type ? ` (se esperaba ${type})` : ''}.`;
}

/**
 * What clients see of an error: messages meant for them as they are; a database outage as
 * SERVICE_UNAVAILABLE; two writes colliding as CONFLICT; anything else as a generic message
 * without stack or SQL in production.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (causeMatches(original, DATABASE_DOWN, /connect ECONNREFUSED|Connection lost|closed state|Pool is closed/i)) {
      return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (causeMatches(original, DUPLICATE, /UNIQUE constraint failed|Duplicate entry/)) {
      return { message: DUPLICATE_MESSAGE, path: formatted.path, extensions: { code: 'CONFLICT', reason: 'DUPLICATE' } };
    }
    if (causeMatches(original, DEADLOCK)) {
      return { message: BUSY_MESSAGE, path: formatted.path, extensions: { code: 'CONFLICT', reason: 'BUSY' } };
    }
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    // graphql-armor prefixes its (Spanish) refusals with GraphQL's "Syntax Error: ".
    const armorRefusal = /^Syntax Error: (La consulta .*)$/.exec(formatted.message);
    if (armorRefusal) return { ...formatted, message: armorRefusal[1]! };
    if (/^Syntax Error: Document contains more th(?:at|an) \d+ tokens/.test(formatted.message)) {
      return { ...formatted, message: `La consulta es demasiado larga: admite hasta ${MAX_TOKENS} símbolos.` };
    }
    if (code === 'BAD_USER_INPUT') {
      const spanish = spanishVariableError(formatted.message);
      if (spanish) return { ...formatted, message: spanish };
    }
    if (PUBLIC_CODES.has(code)) return formatted;
    console.error(`Error interno en ${formatted.path?.join('.') ?? 'la solicitud'}: ${(original as Error)?.message ?? original}`);
    if (!production) return formatted;
    return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
