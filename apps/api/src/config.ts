import { randomBytes } from 'node:crypto';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './common/hardening.js';
import { parseDatabaseUrl, type DatabaseConfig } from './database/data-source.js';

export interface Config {
  production: boolean;
  database: DatabaseConfig;
  port: number;
  host: string;
  tokenSecret: string;
  /** True when the secret was generated for this process (development only). */
  tokenSecretGenerated: boolean;
  tokenTtlSeconds: number;
  /** Create the demo accounts: 'auto' = on the embedded database when it has no accounts. */
  demo: 'auto' | 'always' | 'never';
  /** Benchmarks only: report SQL statements per request in a response header. */
  sqlStatistics: boolean;
  /** Express `trust proxy`: which proxies' X-Forwarded-For to believe (false = none). */
  trustProxy: boolean | number | string;
  /** Send Strict-Transport-Security (only behind HTTPS). */
  hsts: boolean;
  rateLimits: RateLimits;
}

/** `GJ_TRUST_PROXY`: unset/0/false = none; a number = hops; true; or addresses/subnets ("loopback, 10.0.0.0/8"). */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = (value ?? '').trim();
  if (text === '' || text === '0' || text === 'false') return false;
  if (text === 'true') return true;
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[\w.:/, -]+$/.test(text))
    throw new Error(`GJ_TRUST_PROXY no es válido: "${value}". Use un número de proxies, "loopback" o direcciones separadas por comas.`);
  return text;
}

/** `GJ_RATE_LIMITS`: overrides as "perIp=600,loginFailuresPerAccount=5". */
export function parseRateLimits(value: string | undefined): RateLimits {
  const limits = { ...DEFAULT_RATE_LIMITS };
  for (const part of (value ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [key, raw] = part.split('=').map((p) => p.trim());
    const n = Number(raw);
    if (!key || !Object.hasOwn(DEFAULT_RATE_LIMITS, key) || !Number.isInteger(n) || n < 1) {
      throw new Error(`GJ_RATE_LIMITS no es válido en "${part}". Claves: ${Object.keys(DEFAULT_RATE_LIMITS).join(', ')}; valores enteros positivos.`);
    }
    limits[key as keyof RateLimits] = n;
  }
  return limits;
}

export const MIN_SECRET_LENGTH = 32;
const KNOWN_WEAK_SECRETS = new Set(['changeme', 'secret', 'change-me', 'gobernandojuntas']);

/** Reads the configuration from the environment; throws with a message for the operator. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT debe ser un número de puerto; se recibió "${env.PORT}".`);

  let tokenSecret = env.GJ_TOKEN_SECRET ?? '';
  let tokenSecretGenerated = false;
  if (!tokenSecret) {
    if (production) throw new Error('GJ_TOKEN_SECRET es obligatorio con NODE_ENV=production.');
    tokenSecret = randomBytes(32).toString('base64url');
    tokenSecretGenerated = true;
  } else if (tokenSecret.length < MIN_SECRET_LENGTH || KNOWN_WEAK_SECRETS.has(tokenSecret.toLowerCase())) {
    throw new Error(`GJ_TOKEN_SECRET debe tener al menos ${MIN_SECRET_LENGTH} caracteres aleatorios.`);
  }

  const ttlHours = Number(env.GJ_TOKEN_TTL_HOURS ?? 8);
  if (!(ttlHours > 0 && ttlHours <= 24 * 7)) throw new Error('GJ_TOKEN_TTL_HOURS debe estar entre 0 y 168.');

  const demoFlag = env.GJ_DEMO;
  const demo = demoFlag === '1' || demoFlag === 'true' ? 'always' : demoFlag === '0' || demoFlag === 'false' ? 'never' : 'auto';
  // Demo accounts share a published password: never in production.
  if (production && demo === 'always') throw new Error('GJ_DEMO=1 no está permitido con NODE_ENV=production.');

  return {
    production,
    database: parseDatabaseUrl(env.DATABASE_URL),
    port,
    host: env.HOST ?? '127.0.0.1',
    tokenSecret,
    tokenSecretGenerated,
    tokenTtlSeconds: Math.round(ttlHours * 3600),
    demo: production ? 'never' : demo,
    sqlStatistics: env.GJ_SQL_STATISTICS === '1',
    trustProxy: parseTrustProxy(env.GJ_TRUST_PROXY),
    hsts: env.GJ_HSTS === '1' || env.GJ_HSTS === 'true',
    rateLimits: parseRateLimits(env.GJ_RATE_LIMITS),
  };
}
