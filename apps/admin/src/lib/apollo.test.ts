import { gql } from '@apollo/client';
import { describe, expect, it, vi } from 'vitest';
import { createApolloClient } from './apollo';

const query = gql`
  query Probe {
    viewer {
      email
    }
  }
`;

function answering(status: number, body: unknown) {
  return vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  );
}

describe('createApolloClient', () => {
  it('sends the session token and signs out on HTTP 401', async () => {
    const fetch = answering(401, {
      errors: [{ message: 'La credencial de acceso no es válida.', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_INVALID' } }],
    });
    const onSessionExpired = vi.fn();
    const client = createApolloClient({ getToken: () => 'abc', onSessionExpired, fetch, uri: 'http://api.test/graphql' });
    await expect(client.query({ query })).rejects.toThrow();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
    const headers = new Headers(fetch.mock.calls[0]![1]!.headers as HeadersInit);
    expect(headers.get('authorization')).toBe('Bearer abc');
  });

  it('signs out on TOKEN_EXPIRED but not on a wrong password at sign-in', async () => {
    const onSessionExpired = vi.fn();
    const expired = createApolloClient({
      getToken: () => 'abc',
      onSessionExpired,
      fetch: answering(200, { data: null, errors: [{ message: 'La sesión ha expirado.', extensions: { code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' } }] }),
      uri: 'http://api.test/graphql',
    });
    await expect(expired.query({ query })).rejects.toThrow();
    expect(onSessionExpired).toHaveBeenCalledTimes(1);

    const signIn = createApolloClient({
      getToken: () => null,
      onSessionExpired,
      fetch: answering(200, {
        data: null,
        errors: [{ message: 'Correo o contraseña incorrectos.', extensions: { code: 'UNAUTHENTICATED', reason: 'WRONG_CREDENTIALS' } }],
      }),
      uri: 'http://api.test/graphql',
    });
    await expect(
      signIn.mutate({
        mutation: gql`
          mutation SignIn {
            login(email: "a", password: "b") {
              token
            }
          }
        `,
      }),
    ).rejects.toThrow('Correo o contraseña incorrectos.');
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });
});
