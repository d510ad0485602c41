import type { AuditService, Actor } from '../audit/audit.service.js';
import { authenticationError, forbiddenError, MESSAGES } from '../common/errors.js';
import { looksLikeApiKey, type ApiKeyService } from '../apikeys/api-key.service.js';
import type { AccountRow } from './account.entity.js';
import type { AccountService } from './account.service.js';
import { normalizeEmail, toViewer } from './account.service.js';
import { isDemoAccount } from './demo-accounts.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { TokenError, type TokenService } from './token.service.js';
import type { Principal, SignedIn } from './principal.js';
import type { Viewer } from './viewer.js';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

/** Where a request came from, as the audit trail and the sign-in limits see it. */
export interface RequestOrigin {
  ip: string;
}

type FailureReason = 'UNKNOWN_ACCOUNT' | 'WRONG_PASSWORD' | 'ACCOUNT_DISABLED' | 'DEMO_ACCOUNT_IN_PRODUCTION';

const ANONYMOUS: Actor = { id: null, email: 'anonimo', role: 'ANONYMOUS' };

/** What an attempt typed as e-mail, kept only when it looks like one (never a mistyped password). */
function attemptedEmail(email: string): string | null {
  return /^[^\s@]{1,64}@[^\s@]{1,189}$/.test(email) ? email : null;
}

/** Sign-in, sign-out and the resolution of a request's credentials into a viewer. */
export class AuthService {
  constructor(
    private readonly accounts: AccountService,
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeyService,
    private readonly audit: AuditService,
    private readonly throttle: SignInThrottle,
    private readonly options: { production: boolean },
  ) {}

  /**
   * Same answer for an unknown account, a wrong password and a disabled account, after the same
   * amount of work. Failures are counted (per account and per address) and recorded.
   */
  async login(email: string, password: string, origin: RequestOrigin): Promise<LoginResult> {
    const normalized = normalizeEmail(email).slice(0, 254);
    await this.throttle.assertAllowed(normalized, origin.ip);
    const account = await this.accounts.findByEmail(normalized);
    const valid = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    const failure: FailureReason | null = !account
      ? 'UNKNOWN_ACCOUNT'
      : !valid
        ? 'WRONG_PASSWORD'
        : !account.active
          ? 'ACCOUNT_DISABLED'
          : this.options.production && isDemoAccount(account.email)
            ? 'DEMO_ACCOUNT_IN_PRODUCTION'
            : null;
    if (failure || !account) {
      await this.throttle.recordFailure(normalized, origin.ip);
      await this.recordSignIn('auth.loginFailed', account, { email: account ? account.email : attemptedEmail(normalized), ip: origin.ip, reason: failure });
      throw authenticationError(MESSAGES.wrongCredentials, 'WRONG_CREDENTIALS');
    }
    await this.throttle.recordSuccess(normalized);
    const { token, expiresAt } = await this.tokens.sign(account.id, account.sessionVersion);
    await this.recordSignIn('auth.login', account, { ip: origin.ip });
    return { token, expiresAt, viewer: toViewer(account) };
  }

  /** Ends the session of this request's token (other sessions of the account go on). */
  async logout(principal: Principal, origin: RequestOrigin): Promise<boolean> {
    if (!principal.viewer) throw authenticationError(MESSAGES.signInRequired, 'SIGN_IN_REQUIRED');
    const session = principal.viewer.session;
    if (!session) throw forbiddenError('Una clave de API no tiene sesión que cerrar: para dejar de usarla, la coordinación la revoca.');
    await this.accounts.revokeSession(principal as SignedIn, session.jti, session.expiresAt, origin.ip);
    return true;
  }

  /**
   * The viewer of a request from its `Authorization: Bearer` header (a session token or an API
   * key) or its `X-API-Key` header: null when there is none; an error when it is malformed,
   * expired, forged, revoked, ended by sign-out or belongs to a disabled account.
   */
  async authenticate(header: string | undefined, apiKeyHeader?: string | string[]): Promise<Viewer | null> {
    if (apiKeyHeader !== undefined) {
      const key = Array.isArray(apiKeyHeader) ? apiKeyHeader[0] : apiKeyHeader;
      return this.apiKeyViewer(key?.trim() ?? '');
    }
    if (header === undefined || header.trim() === '') return null;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw authenticationError(MESSAGES.malformedHeader, 'MALFORMED_HEADER');
    if (looksLikeApiKey(match[1]!)) return this.apiKeyViewer(match[1]!);
    let claims;
    try {
      claims = await this.tokens.verify(match[1]!);
    } catch (error) {
      if (error instanceof TokenError && error.reason === 'EXPIRED') throw authenticationError(MESSAGES.sessionExpired, 'TOKEN_EXPIRED');
      throw authenticationError(MESSAGES.invalidToken, 'TOKEN_INVALID');
    }
    const account = await this.accounts.findSessionAccount(claims.accountId, claims.sessionVersion, claims.jti);
    if (!account) throw authenticationError(MESSAGES.accountGone, 'ACCOUNT_INACTIVE');
    if (this.options.production && isDemoAccount(account.email)) throw authenticationError(MESSAGES.accountGone, 'ACCOUNT_INACTIVE');
    return { ...toViewer(account), session: { jti: claims.jti, expiresAt: claims.expiresAt } };
  }

  private async apiKeyViewer(key: string): Promise<Viewer> {
    const viewer = await this.apiKeys.authenticate(key);
    if (!viewer) throw authenticationError(MESSAGES.invalidApiKey, 'API_KEY_INVALID');
    return viewer;
  }

  private recordSignIn(action: 'auth.login' | 'auth.loginFailed', account: AccountRow | null, details: Record<string, unknown>): Promise<void> {
    const actor: Actor = account ? { id: account.id, email: account.email, role: account.role } : ANONYMOUS;
    return this.audit.recordNow(actor, {
      action,
      targetType: 'account',
      targetId: account?.id ?? null,
      subjectEntities: account?.entityCode ? [account.entityCode] : [],
      after: details,
    });
  }
}
