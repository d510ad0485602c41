import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCode, errorProblems, isSessionExpired, MESSAGES, userMessage } from './errors';

const graphQLErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ data: null, errors });
const serverError = (status: number, body = '{}', headers: Record<string, string> = {}) =>
  new ServerError(`Response not successful: Received status code ${status}`, { response: new Response(body, { status, headers }), bodyText: body });

describe('userMessage', () => {
  it('shows the real wait of a 429 whose body the API wrote for people', () => {
    const body = JSON.stringify({
      errors: [
        {
          message: 'Demasiados intentos fallidos de inicio de sesión. Espere 7 minutos e intente nuevamente.',
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 388 },
        },
      ],
    });
    expect(userMessage(serverError(429, body))).toBe('Demasiados intentos fallidos de inicio de sesión. Espere 7 minutos e intente nuevamente.');
    expect(userMessage(serverError(429, '<html>proxy</html>'))).toBe(MESSAGES.tooManyRequests);
    // Without a readable body, the wait comes from Retry-After.
    expect(userMessage(serverError(429, '<html>proxy</html>', { 'Retry-After': '388' }))).toBe(
      'Se hicieron demasiadas solicitudes seguidas. Espere 7 minutos e intente nuevamente.',
    );
    expect(userMessage(serverError(429, '', { 'Retry-After': '1' }))).toBe(
      'Se hicieron demasiadas solicitudes seguidas. Espere 1 segundo e intente nuevamente.',
    );
    expect(userMessage(serverError(500, JSON.stringify({ errors: [{ message: 'SELECT * FROM x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] })))).toBe(
      MESSAGES.server,
    );
  });

  it.each(['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'UNAUTHENTICATED'])('shows the API message of a %s error', (code) => {
    const error = graphQLErrors({ message: 'La fecha debe estar dentro del año del plan (2024).', extensions: { code } });
    expect(userMessage(error)).toBe('La fecha debe estar dentro del año del plan (2024).');
    expect(errorCode(error)).toBe(code);
  });

  it('never shows a message of an undocumented code (validation, internal errors)', () => {
    expect(userMessage(graphQLErrors({ message: 'Cannot query field "foo" on type "Query".', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }))).toBe(
      MESSAGES.generic,
    );
    expect(userMessage(graphQLErrors({ message: 'SQLITE_BUSY: database is locked', extensions: { code: 'INTERNAL_SERVER_ERROR' } }))).toBe(MESSAGES.generic);
    expect(userMessage(graphQLErrors({ message: 'Something' }))).toBe(MESSAGES.generic);
  });

  it('picks the documented error when several come together', () => {
    const error = graphQLErrors(
      { message: 'internal', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: 'Otra persona modificó esta ejecución.', extensions: { code: 'CONFLICT' } },
    );
    expect(userMessage(error)).toBe('Otra persona modificó esta ejecución.');
    expect(errorCode(error)).toBe('CONFLICT');
  });

  it('maps HTTP and network failures to Spanish generic messages', () => {
    expect(userMessage(serverError(401))).toBe('Su sesión ha expirado. Inicie sesión nuevamente.');
    expect(userMessage(serverError(500, 'Error: at Object.<anonymous> (/app/dist/main.js:10:5)'))).toBe(MESSAGES.server);
    expect(
      userMessage(new ServerParseError(new SyntaxError('Unexpected token <'), { response: new Response('<html>', { status: 200 }), bodyText: '<html>' })),
    ).toBe(MESSAGES.server);
    expect(userMessage(serverError(429))).toBe(MESSAGES.tooManyRequests);
    expect(userMessage(new TypeError('Failed to fetch'))).toBe(MESSAGES.network);
    expect(userMessage(new Error('Cannot read properties of undefined (reading "x")'))).toBe(MESSAGES.generic);
    expect(userMessage('boom')).toBe(MESSAGES.generic);
    expect(errorCode(new Error('x'))).toBeNull();
  });
});

describe('isSessionExpired', () => {
  it('is true for any 401 and for an expired token', () => {
    expect(isSessionExpired(serverError(401))).toBe(true);
    expect(isSessionExpired(graphQLErrors({ message: 'La sesión ha expirado.', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } }))).toBe(true);
  });

  it('is false for a wrong password, a forbidden action or a server failure', () => {
    expect(
      isSessionExpired(graphQLErrors({ message: 'Correo o contraseña incorrectos.', extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' } })),
    ).toBe(false);
    expect(isSessionExpired(graphQLErrors({ message: 'No', extensions: { code: 'FORBIDDEN' } }))).toBe(false);
    expect(isSessionExpired(serverError(500))).toBe(false);
  });
});

describe('errorProblems', () => {
  it('reads the list of problems of a refusal, and nothing else', () => {
    const refusal = graphQLErrors({
      message: 'El plan 2025 no se puede publicar todavía: hay 2 problemas.',
      extensions: { code: 'BAD_USER_INPUT', problems: ['Actividad 1.4: no tiene unidad responsable.', 'El plan no tiene objetivos específicos.', 7] },
    });
    expect(errorProblems(refusal)).toEqual(['Actividad 1.4: no tiene unidad responsable.', 'El plan no tiene objetivos específicos.']);
    expect(userMessage(refusal)).toBe('El plan 2025 no se puede publicar todavía: hay 2 problemas.');
    // Only the API's documented refusals carry problems for people.
    expect(errorProblems(graphQLErrors({ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR', problems: ['SELECT 1'] } }))).toEqual([]);
    expect(errorProblems(graphQLErrors({ message: 'Ya existe el plan 2025.', extensions: { code: 'CONFLICT' } }))).toEqual([]);
    expect(errorProblems(new TypeError('Failed to fetch'))).toEqual([]);
  });
});
