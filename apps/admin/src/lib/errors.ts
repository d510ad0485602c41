/**
 * What a person reads when something fails. The API's Spanish messages are shown only for the
 * error codes it documents (they are written for people); anything else — a GraphQL validation
 * error, a network failure, a stack trace — becomes a generic Spanish message.
 */
import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { describeWait } from '@gj/domain';

export const MESSAGES = {
  generic: 'Ocurrió un error inesperado. Intente nuevamente; si el problema continúa, comuníquese con la coordinación del MIMP.',
  network: 'No se pudo conectar con el servidor. Verifique su conexión a internet e intente nuevamente.',
  server: 'El servidor no pudo atender la solicitud. Intente nuevamente en unos minutos.',
  sessionExpired: 'Su sesión ha expirado. Inicie sesión nuevamente.',
  /** A save refused by an expiry: the re-sign-in dialog is open over the form. */
  sessionExpiredKeepForm: 'Su sesión ha expirado. Ingrese de nuevo su contraseña y vuelva a intentarlo: lo que escribió se conserva.',
  tooManyRequests: 'Se hicieron demasiadas solicitudes seguidas. Espere unos minutos e intente nuevamente.',
} as const;

/** Codes whose messages the API writes for people (see apps/api/src/common/errors.ts). */
export const PEOPLE_FACING_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED', 'TOO_COMPLEX'] as const;
export type ErrorCode = (typeof PEOPLE_FACING_CODES)[number];

function isPeopleFacing(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (PEOPLE_FACING_CODES as readonly string[]).includes(code);
}

/** The first documented error code of a failed operation, if any. */
export function errorCode(error: unknown): ErrorCode | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const e of error.errors) {
    if (isPeopleFacing(e.extensions?.code)) return e.extensions.code;
  }
  return null;
}

/** Why the API ends a session (apps/api/src/auth/auth.service.ts): expired, revoked by a sign-out, disabled account. */
const SESSION_OVER_REASONS: readonly unknown[] = ['TOKEN_EXPIRED', 'TOKEN_INVALID', 'ACCOUNT_INACTIVE'];

/** Whether an error means the session is over: HTTP 401, or UNAUTHENTICATED because the token no longer works. */
export function isSessionExpired(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  if (!CombinedGraphQLErrors.is(error)) return false;
  return error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED' && SESSION_OVER_REASONS.includes(e.extensions?.reason));
}

/**
 * The fields the API names in a refusal (`extensions.field` of a BAD_USER_INPUT), with its message,
 * so the form can show it under that field too; empty when it names none.
 */
export function errorFields(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const fields: Record<string, string> = {};
  for (const e of error.errors) {
    const field = e.extensions?.code === 'BAD_USER_INPUT' ? e.extensions.field : undefined;
    if (typeof field === 'string' && field !== '' && typeof e.message === 'string' && !(field in fields)) fields[field] = e.message;
  }
  return fields;
}

function peopleFacingBodyMessage(bodyText: string | undefined): string | null {
  try {
    const first = (JSON.parse(bodyText ?? '') as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] }).errors?.[0];
    return first && isPeopleFacing(first.extensions?.code) && typeof first.message === 'string' && first.message.trim() !== '' ? first.message : null;
  } catch {
    return null;
  }
}

/**
 * The list of problems the API attaches to a refusal (`extensions.problems` of a BAD_USER_INPUT:
 * publishing an incomplete plan, an activity or a reprogramming with invalid data), each a
 * sentence in Spanish; empty for any other error.
 */
export function errorProblems(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const problems = e.extensions?.code === 'BAD_USER_INPUT' ? e.extensions.problems : undefined;
    return Array.isArray(problems) ? problems.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : [];
  });
}

/** A 429 without a readable body: the wait the server asks for (Retry-After), not a guess. */
function waitMessage(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return MESSAGES.tooManyRequests;
  return `Se hicieron demasiadas solicitudes seguidas. Espere ${describeWait(Math.ceil(seconds))} e intente nuevamente.`;
}

/** The Spanish message to show for any error an operation can produce. */
export function userMessage(error: unknown): string {
  if (isSessionExpired(error)) return MESSAGES.sessionExpired;
  if (CombinedGraphQLErrors.is(error)) {
    const known = error.errors.find((e) => isPeopleFacing(e.extensions?.code) && typeof e.message === 'string' && e.message.trim() !== '');
    return known ? known.message : MESSAGES.generic;
  }
  if (ServerError.is(error)) {
    // A refusal with a GraphQL body (e.g. 429 with the real wait): its message is written for people.
    const message = peopleFacingBodyMessage(error.bodyText);
    if (message) return message;
    if (error.statusCode === 429) return waitMessage(Number(error.response?.headers?.get('retry-after')));
    return MESSAGES.server;
  }
  if (ServerParseError.is(error)) return MESSAGES.server;
  // fetch() rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError || (error instanceof Error && error.name === 'TypeError')) return MESSAGES.network;
  return MESSAGES.generic;
}

/** The message for a failed save: after an expiry the form stays, so it says what to do next. */
export function saveErrorMessage(error: unknown): string {
  return isSessionExpired(error) ? MESSAGES.sessionExpiredKeepForm : userMessage(error);
}
