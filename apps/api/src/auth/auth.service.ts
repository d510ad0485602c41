import { authenticationError, MESSAGES } from '../common/errors.js';
import { looksLikeApiKey, type ApiKeyService } from '../integration/api-key.service.js';
import type { AccountService } from './account.service.js';
import { toViewer } from './account.service.js';
import { dummyPasswordHash, verifyPassword } from './password.js';
import { TokenError, type TokenService } from './token.service.js';
import type { Viewer } from './viewer.js';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

/** Sign-in and the resolution of a request's credentials into a viewer. */
export class AuthService {
  constructor(
    private readonly accounts: AccountService,
    private readonly tokens: TokenService,
    private readonly apiKeys: ApiKeyService,
  ) {}

  /** Same answer for an unknown account and a wrong password, after the same amount of work. */
  async login(email: string, password: string): Promise<LoginResult> {
    const account = await this.accounts.findByEmail(email);
    const valid = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), password);
    if (!account || !valid) throw authenticationError(MESSAGES.wrongCredentials, 'WRONG_CREDENTIALS');
    if (!account.active) throw authenticationError(MESSAGES.accountDisabled, 'ACCOUNT_DISABLED');
    const { token, expiresAt } = await this.tokens.sign(account.id);
    return { token, expiresAt, viewer: toViewer(account) };
  }

  /**
   * The viewer of a request from its `Authorization: Bearer` header (a session token or an API
   * key) or its `X-API-Key` header: null when there is none; an error when it is malformed,
   * expired, forged, revoked or belongs to a disabled account.
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
    let accountId: number;
    try {
      accountId = await this.tokens.verify(match[1]!);
    } catch (error) {
      if (error instanceof TokenError && error.reason === 'EXPIRED') throw authenticationError(MESSAGES.sessionExpired, 'TOKEN_EXPIRED');
      throw authenticationError(MESSAGES.invalidToken, 'TOKEN_INVALID');
    }
    const account = await this.accounts.findActiveById(accountId);
    if (!account) throw authenticationError(MESSAGES.accountGone, 'ACCOUNT_INACTIVE');
    return toViewer(account);
  }

  private async apiKeyViewer(key: string): Promise<Viewer> {
    const viewer = await this.apiKeys.authenticate(key);
    if (!viewer) throw authenticationError(MESSAGES.invalidApiKey, 'API_KEY_INVALID');
    return viewer;
  }
}
