import { ApolloProvider } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { can, type Action } from '@gj/domain';
import { createApolloClient } from '../lib/apollo';
import { MESSAGES } from '../lib/errors';
import { SignOutMutation } from './operations';
import { ReauthDialog } from './ReauthDialog';
import { isExpired, readSession, SESSION_KEY, writeSession, type Session } from './session';

export type SignOutReason = 'expired' | 'signed-out';

interface AuthState {
  session: Session | null;
  /** A message for the sign-in page, e.g. why the last session ended. */
  notice: string | null;
  /**
   * The token stopped working while the page was open: the page (and any form being filled) stays,
   * with a dialog asking for the password again.
   */
  expired: boolean;
  signIn(session: Session): void;
  /** The same person signed in again after an expiry: nothing cached is dropped. */
  resume(session: Session): void;
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
    // Left in storage: removing it would read as a sign-out in another tab that is asking for the password.
    if (stored && isExpired(stored)) return MESSAGES.sessionExpired;
    return null;
  });
  const [expired, setExpired] = useState(false);
  const tokenRef = useRef<string | null>(session?.token ?? null);
  const emailRef = useRef<string | null>(session?.viewer.email ?? null);

  const clientRef = useRef<ReturnType<typeof createApolloClient> | null>(null);
  const signOut = useCallback((reason: SignOutReason = 'signed-out') => {
    const token = tokenRef.current;
    if (!token) return; // already signed out (several failing queries report at once)
    // Signing out ends the token on the server too, so a copy of it (another tab, a shared PC) stops working.
    if (reason === 'signed-out')
      void clientRef.current?.mutate({ mutation: SignOutMutation, context: { headers: { authorization: `Bearer ${token}` } } }).catch(() => undefined);
    tokenRef.current = null;
    emailRef.current = null;
    writeSession(null);
    setSession(null);
    setExpired(false);
    setNotice(reason === 'expired' ? MESSAGES.sessionExpired : null);
  }, []);

  // An expiry while signed in keeps the page: what she was typing survives the re-sign-in.
  const markExpired = useCallback(() => {
    if (tokenRef.current) setExpired(true);
  }, []);

  const client = useMemo(
    // eslint-disable-next-line react-hooks/refs -- the link reads the token when a request is sent, never during render
    () => createApolloClient({ getToken: () => tokenRef.current, onSessionExpired: markExpired }),
    [markExpired],
  );
  useEffect(() => {
    clientRef.current = client;
  }, [client]);

  const signIn = useCallback(
    (next: Session) => {
      tokenRef.current = next.token;
      emailRef.current = next.viewer.email;
      writeSession(next);
      setNotice(null);
      setExpired(false);
      // Another person may sign in on the same tab: nothing cached for the previous one survives.
      void client.clearStore().finally(() => setSession(next));
    },
    [client],
  );

  const resume = useCallback(
    (next: Session) => {
      tokenRef.current = next.token;
      writeSession(next);
      setSession(next);
      setExpired(false);
      // What failed while the session was over is asked for again.
      void client.refetchQueries({ include: 'active' }).catch(() => undefined);
    },
    [client],
  );

  // Tabs share the session (localStorage): a sign-in, a re-sign-in or a sign-out in one reaches the others.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.storageArea !== localStorage || (event.key !== SESSION_KEY && event.key !== null)) return;
      const next = readSession();
      if (!next || isExpired(next)) {
        if (!tokenRef.current) return;
        tokenRef.current = null;
        emailRef.current = null;
        setSession(null);
        setExpired(false);
        setNotice(null);
        return;
      }
      if (next.token === tokenRef.current) return;
      if (next.viewer.email === emailRef.current) return resume(next);
      // Another person signed in in another tab: nothing cached for this one survives.
      tokenRef.current = next.token;
      emailRef.current = next.viewer.email;
      setExpired(false);
      setNotice(null);
      void client.clearStore().finally(() => setSession(next));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [client, resume]);

  // Nothing cached for a signed-out person stays in memory.
  useEffect(() => {
    if (!session) void client.clearStore();
  }, [session, client]);

  // End the session when the token expires, even if the person makes no request.
  useEffect(() => {
    if (!session) return;
    const remaining = Date.parse(session.expiresAt) - Date.now();
    const timer = setTimeout(markExpired, Math.max(0, Math.min(remaining, 2 ** 31 - 1)));
    return () => clearTimeout(timer);
  }, [session, markExpired]);

  const value = useMemo<AuthState>(
    () => ({
      session,
      notice,
      expired,
      signIn,
      resume,
      signOut,
      can: (action) => (session ? can(session.viewer.role, action) : false),
    }),
    [session, notice, expired, signIn, resume, signOut],
  );

  return (
    <AuthContext.Provider value={value}>
      <ApolloProvider client={client}>
        {children}
        {session && expired && <ReauthDialog email={session.viewer.email} onResume={resume} onSignOut={() => signOut('expired')} />}
      </ApolloProvider>
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
