import { ApolloProvider } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { can, type Action } from '@gj/domain';
import { createApolloClient } from '../lib/apollo';
import { MESSAGES } from '../lib/errors';
import { SignOutMutation } from './operations';
import { isExpired, readSession, writeSession, type Session } from './session';

export type SignOutReason = 'expired' | 'signed-out';

interface AuthState {
  session: Session | null;
  /** A message for the sign-in page, e.g. why the last session ended. */
  notice: string | null;
  signIn(session: Session): void;
  signOut(reason?: SignOutReason): void;
  /** Whether the signed-in role may do an action (the API checks it too). */
  can(action: Action): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

/** Holds the session and the Apollo client bound to it; one place decides when a session ends. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => {
    const stored = readSession();
    return stored && !isExpired(stored) ? stored : null;
  });
  const [notice, setNotice] = useState<string | null>(() => {
    const stored = readSession();
    if (stored && isExpired(stored)) {
      writeSession(null);
      return MESSAGES.sessionExpired;
    }
    return null;
  });
  const tokenRef = useRef<string | null>(session?.token ?? null);

  const clientRef = useRef<ReturnType<typeof createApolloClient> | null>(null);
  const signOut = useCallback((reason: SignOutReason = 'signed-out') => {
    const token = tokenRef.current;
    if (!token) return; // already signed out (several failing queries report at once)
    // Signing out ends the token on the server too, so a copy of it (another tab, a shared PC) stops working.
    if (reason === 'signed-out')
      void clientRef.current?.mutate({ mutation: SignOutMutation, context: { headers: { authorization: `Bearer ${token}` } } }).catch(() => undefined);
    tokenRef.current = null;
    writeSession(null);
    setSession(null);
    setNotice(reason === 'expired' ? MESSAGES.sessionExpired : null);
  }, []);

  const client = useMemo(
    // eslint-disable-next-line react-hooks/refs -- the link reads the token when a request is sent, never during render
    () => createApolloClient({ getToken: () => tokenRef.current, onSessionExpired: () => signOut('expired') }),
    [signOut],
  );
  useEffect(() => {
    clientRef.current = client;
  }, [client]);

  const signIn = useCallback(
    (next: Session) => {
      tokenRef.current = next.token;
      writeSession(next);
      setNotice(null);
      // Another person may sign in on the same tab: nothing cached for the previous one survives.
      void client.clearStore().finally(() => setSession(next));
    },
    [client],
  );

  // Nothing cached for a signed-out person stays in memory.
  useEffect(() => {
    if (!session) void client.clearStore();
  }, [session, client]);

  // End the session when the token expires, even if the person makes no request.
  useEffect(() => {
    if (!session) return;
    const remaining = Date.parse(session.expiresAt) - Date.now();
    const timer = setTimeout(() => signOut('expired'), Math.max(0, Math.min(remaining, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [session, signOut]);

  const value = useMemo<AuthState>(
    () => ({
      session,
      notice,
      signIn,
      signOut,
      can: (action) => (session ? can(session.viewer.role, action) : false),
    }),
    [session, notice, signIn, signOut],
  );

  return (
    <AuthContext.Provider value={value}>
      <ApolloProvider client={client}>{children}</ApolloProvider>
    </AuthContext.Provider>
  );
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth must be used inside <AuthProvider>');
  return state;
}

/** The signed-in session; only for components rendered behind <RequireAuth>. */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession needs a signed-in person');
  return session;
}
