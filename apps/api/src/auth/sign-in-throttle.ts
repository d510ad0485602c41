import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import { describeWait } from '@gj/domain';
import type { SharedCounters } from '../common/shared-counters.js';

/** Failed sign-ins are counted over this window. */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

export interface SignInLimits {
  /** Failed sign-ins per account (by e-mail, known or not) per window. */
  failuresPerAccount: number;
  /** Failed sign-ins per client address per window (an office behind one proxy shares it). */
  failuresPerIp: number;
}

export interface SignInOptions extends SignInLimits {
  /** Counts shared by every replica (Redis); none: this process's memory. */
  shared?: SharedCounters | null;
}

/**
 * Limits password guessing where sign-in happens (the service), so no spelling of the request —
 * aliases, fragments, persisted queries — escapes it. Only failures count: a busy office that
 * signs in correctly is never locked out, and a success clears the account's count.
 *
 * With Redis the counts are shared, so attempts spread over replicas add up. If Redis fails,
 * the counts fall back to this process's memory (rate-limiter-flexible's insurance limiter):
 * neither open (guessing stays bounded, at most N× the limit over N replicas) nor closed (people
 * can still sign in while Redis is down).
 */
export class SignInThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byIp: RateLimiterAbstract;

  constructor(options: SignInOptions) {
    const limiter = (keyPrefix: string, points: number) => {
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: SIGN_IN_WINDOW_SECONDS });
      if (!options.shared) return memory;
      return new RateLimiterRedis({
        storeClient: options.shared.client,
        keyPrefix: `${options.shared.prefix}${keyPrefix}`,
        points,
        duration: SIGN_IN_WINDOW_SECONDS,
        // While Redis is not connected, go straight to memory instead of waiting.
        rejectIfRedisNotReady: true,
        insuranceLimiter: memory,
      });
    };
    this.byAccount = limiter('login-account', options.failuresPerAccount);
    this.byIp = limiter('login-ip', options.failuresPerIp);
  }

  /** Throws RATE_LIMITED (HTTP 429) with the real wait when either count is exhausted. */
  async assertAllowed(email: string, ip: string): Promise<void> {
    const checks: [RateLimiterAbstract, string][] = [
      [this.byAccount, email],
      [this.byIp, ip],
    ];
    let waitMs = 0;
    for (const [limiter, key] of checks) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) waitMs = Math.max(waitMs, state.msBeforeNext);
    }
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new GraphQLError(`Demasiados intentos fallidos de inicio de sesión. Espere ${describeWait(seconds)} e intente nuevamente.`, {
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
      });
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    // consume() rejects once the points are spent: the count is what matters, not the rejection.
    await Promise.allSettled([this.byAccount.consume(email), this.byIp.consume(ip)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byAccount.delete(email);
  }
}
