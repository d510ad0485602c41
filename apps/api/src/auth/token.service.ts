import { randomUUID } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

const ALGORITHM = 'HS256';
const ISSUER = 'gobernando-juntas';
const AUDIENCE = 'gobernando-juntas-api';

export type TokenFailure = 'EXPIRED' | 'INVALID';

export class TokenError extends Error {
  constructor(readonly reason: TokenFailure) {
    super(reason === 'EXPIRED' ? 'Token expired' : 'Invalid token');
  }
}

/** What a valid token says: whose session, which of its versions, and its own id. */
export interface SessionClaims {
  accountId: number;
  /** The account's session version when the token was issued. */
  sessionVersion: number;
  /** The token's id, to end it alone on sign-out. */
  jti: string;
  expiresAt: Date;
}

/** Signs and verifies session tokens: HS256 only, fixed issuer and audience, with expiry. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(accountId: number, sessionVersion: number): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ sv: sessionVersion })
      .setJti(randomUUID())
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(accountId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .sign(this.key);
    return { token, expiresAt: new Date((now + this.ttlSeconds) * 1000) };
  }

  /** The claims of a valid token; throws TokenError otherwise. */
  async verify(token: string): Promise<SessionClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: [ALGORITHM],
        issuer: ISSUER,
        audience: AUDIENCE,
        requiredClaims: ['jti', 'exp', 'sv'],
      });
      const accountId = Number(payload.sub);
      const sessionVersion = payload.sv;
      if (!Number.isSafeInteger(accountId) || accountId <= 0) throw new TokenError('INVALID');
      if (typeof sessionVersion !== 'number' || !Number.isSafeInteger(sessionVersion) || typeof payload.jti !== 'string' || payload.jti.length > 36) {
        throw new TokenError('INVALID');
      }
      return { accountId, sessionVersion, jti: payload.jti, expiresAt: new Date(payload.exp! * 1000) };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenError('EXPIRED');
      throw new TokenError('INVALID');
    }
  }
}
