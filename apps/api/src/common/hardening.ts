import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import rateLimit, { type RateLimitRequestHandler } from 'express-rate-limit';
import { createHash } from 'node:crypto';
import type { Request } from 'express';

/** Limits on what a single query may ask for (depth, aliases, cost, tokens, directives). */
export function armor(production: boolean) {
  return new ApolloArmor({
    // The deepest useful path (activity → executions → participants → authority → government → name) is 6.
    maxDepth: { n: 6, flattenFragments: true },
    maxAliases: { n: 15 },
    costLimit: { maxCost: 20_000 },
    maxTokens: { n: 3_000 },
    maxDirectives: { n: 20 },
    // Suggestions ("Did you mean …?") reveal the schema when introspection is off.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

export interface RateLimits {
  /** Requests per minute from one IP address. */
  perIp: number;
  /** Requests per minute with one API key or session. */
  perCredential: number;
  /** Sign-in attempts per 15 minutes from one IP address. */
  logins: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perIp: 1200, perCredential: 600, logins: 20 };

const tooMany = (message: string) => ({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] });

/** Credential of a request, hashed: the limiter's memory never holds tokens or keys. */
function credentialOf(req: Request): string | null {
  const raw = (req.headers['x-api-key'] as string | undefined) ?? req.headers.authorization;
  return raw ? createHash('sha256').update(raw).digest('hex') : null;
}

export function rateLimiters(limits: RateLimits): Record<'perIp' | 'perCredential' | 'logins', RateLimitRequestHandler> {
  const common = { windowMs: 60_000, standardHeaders: 'draft-8' as const, legacyHeaders: false };
  return {
    perIp: rateLimit({ ...common, limit: limits.perIp, message: tooMany('Demasiadas solicitudes desde su dirección. Espere un minuto e intente nuevamente.') }),
    perCredential: rateLimit({
      ...common,
      limit: limits.perCredential,
      skip: (req) => credentialOf(req) === null,
      keyGenerator: (req) => credentialOf(req)!,
      message: tooMany('Demasiadas solicitudes con esta credencial. Espere un minuto e intente nuevamente.'),
    }),
    logins: rateLimit({
      windowMs: 15 * 60_000,
      limit: limits.logins,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      skip: (req) => !/\blogin\s*\(/.test(String((req.body as { query?: unknown } | undefined)?.query ?? '')),
      message: tooMany('Demasiados intentos de inicio de sesión. Espere 15 minutos e intente nuevamente.'),
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
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const DATABASE_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'PROTOCOL_CONNECTION_LOST', 'ER_SERVER_SHUTDOWN', 'EPIPE', 'SQLITE_BUSY']);

export const UNAVAILABLE_MESSAGE = 'El servicio no está disponible en este momento. Intente nuevamente en unos minutos.';
export const INTERNAL_MESSAGE = 'Ocurrió un error interno. Intente nuevamente; si persiste, comuníquese con la coordinación.';

function databaseDown(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && DATABASE_DOWN.has(code)) return true;
    if (/connect ECONNREFUSED|Connection lost|closed state|Pool is closed/i.test(String((current as Error).message ?? ''))) return true;
    current = (current as { driverError?: unknown; cause?: unknown }).driverError ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * What clients see of an error: messages meant for them as they are; a database outage as
 * SERVICE_UNAVAILABLE; anything else as a generic message without stack or SQL in production.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (databaseDown(original)) {
      return { message: UNAVAILABLE_MESSAGE, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    if (PUBLIC_CODES.has(code)) return formatted;
    console.error(`Error interno en ${formatted.path?.join('.') ?? 'la solicitud'}: ${(original as Error)?.message ?? original}`);
    if (!production) return formatted;
    return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
