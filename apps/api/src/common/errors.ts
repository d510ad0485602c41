import { GraphQLError } from 'graphql';

/** Errors people read: Spanish message, stable code for clients. */
export function authenticationError(message: string, reason: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401 } } });
}

export function inputError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

export function forbiddenError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFoundError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}

/** `reason` tells clients which conflict: MONTH_LOCKED, STALE_VERSION, STATUS_CHANGED, PLAN_NOT_OPEN (a draft or closed year) or DUPLICATE. */
export function conflictError(message: string, reason: 'MONTH_LOCKED' | 'STALE_VERSION' | 'STATUS_CHANGED' | 'PLAN_NOT_OPEN' | 'DUPLICATE'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', reason } });
}

/** Bad input with every problem listed (publishing a plan, a reprogramming): `extensions.problems`. */
export function problemsError(message: string, problems: readonly string[]): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', problems: [...problems] } });
}

export const MESSAGES = {
  wrongCredentials: 'Correo o contraseña incorrectos.',
  accountDisabled: 'La cuenta está deshabilitada. Comuníquese con la coordinación del MIMP.',
  sessionExpired: 'La sesión ha expirado. Inicie sesión nuevamente.',
  invalidToken: 'La credencial de acceso no es válida. Inicie sesión nuevamente.',
  malformedHeader: 'El encabezado Authorization debe tener la forma "Bearer <token>".',
  accountGone: 'La cuenta de esta sesión ya no está activa. Inicie sesión nuevamente.',
  signInRequired: 'Inicie sesión para realizar esta operación.',
  invalidApiKey: 'La clave de API no es válida o fue revocada.',
} as const;
