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

/** Signs and verifies session tokens: HS256 only, fixed issuer and audience, with expiry. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(secret: string, private readonly ttlSeconds: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(accountId: number): Promise<{ token: string; expiresAt: Date }> {
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setSubject(String(accountId))
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .sign(this.key);
    return { token, expiresAt: new Date((now + this.ttlSeconds) * 1000) };
  }

  /** The account id the token was issued to; throws TokenError otherwise. */
  async verify(token: string): Promise<number> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: [ALGORITHM], issuer: ISSUER, audience: AUDIENCE });
      const accountId = Number(payload.sub);
      if (!Number.isSafeInteger(accountId) || accountId <= 0) throw new TokenError('INVALID');
      return accountId;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw new TokenError('EXPIRED');
      throw new TokenError('INVALID');
    }
  }
}
