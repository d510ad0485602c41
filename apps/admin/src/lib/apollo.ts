import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { isSessionExpired } from './errors';

export interface ClientOptions {
  /** The current session's token, read on every request. */
  getToken: () => string | null;
  /** Called when the API says the session is over (HTTP 401 or an expired token). */
  onSessionExpired: () => void;
  uri?: string;
  /** Injected in tests. */
  fetch?: typeof fetch;
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      // An activity is identified by its plan year and code ("1.4" exists in every year's plan).
      // Its reprogrammings are read whole (history) or only their dates (the plan's editor): the latest answer replaces them.
      Activity: { keyFields: ['year', 'code'], fields: { reprogrammings: { merge: false } } },
      Entity: { keyFields: ['code'] },
      Unit: { keyFields: ['code'] },
      Department: { keyFields: ['code'] },
      Viewer: { keyFields: [] },
      // A plan-year: its status changes (publish, close) update the list and the editor in place.
      Plan: { keyFields: ['year'] },
      // One entity's month: mutations of the monthly cycle update the grid in place.
      MonthlySubmission: { keyFields: ['entityCode', 'year', 'month'] },
      // The report at a cut-off date (the cache is cleared when another person signs in).
      ConsolidatedReport: { keyFields: ['year', 'asOf'] },
      ReportTotals: { keyFields: false, merge: true },
      PageInfo: { keyFields: false, merge: true },
      // Objects without identity that are replaced as a whole on every fetch.
      Objective: { keyFields: false, merge: true },
      Target: { keyFields: false, merge: true },
      Progress: { keyFields: false, merge: true },
    },
  });
}

export function createApolloClient({ getToken, onSessionExpired, uri = '/graphql', fetch }: ClientOptions): ApolloClient {
  const auth = new SetContextLink((prevContext, operation) => {
    // Signing in again after an expiry: the API refuses any request carrying the dead token.
    const token = operation.operationName === 'SignIn' ? null : getToken();
    return token ? { headers: { ...prevContext.headers, authorization: `Bearer ${token}` } } : {};
  });
  const expiry = new ErrorLink(({ error, operation }) => {
    // A wrong password at sign-in is also UNAUTHENTICATED, but with HTTP 200: it is not an expiry.
    if (operation.operationName !== 'SignIn' && isSessionExpired(error)) onSessionExpired();
  });
  return new ApolloClient({
    link: ApolloLink.from([expiry, auth, new HttpLink(fetch ? { uri, fetch } : { uri })]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
