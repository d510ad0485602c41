import { randomBytes } from 'node:crypto';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './common/hardening.js';
import { dirname, join } from 'node:path';
import { DEFAULT_SQLITE_FILE, parseDatabaseUrl, type DatabaseConfig } from './database/data-source.js';
import { parseStorageConfig, type StorageConfig } from './evidence/storage.js';

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
  /** Benchmarks only: serve repeated operations from memory (floor c; common/memory-floor.ts). */
  benchMemoryFloor: boolean;
  /** Express `trust proxy`: which proxies' X-Forwarded-For to believe (false = none). */
  trustProxy: boolean | number | string;
  /** Send Strict-Transport-Security (only behind HTTPS). */
  hsts: boolean;
  rateLimits: RateLimits;
  notices: NoticeConfig;
  /** Where means of verification are kept (evidence/storage.ts). */
  storage: StorageConfig;
}

/** Notices by e-mail and their queue. */
export interface NoticeConfig {
  /** `GJ_SMTP_URL` (smtp:// or smtps://); null: notices stay in the app. */
  smtpUrl: string | null;
  mailFrom: string;
  /** Links in e-mails start with it (no trailing slash). */
  publicUrl: string;
  /** Notices of one account within this window leave in one e-mail. */
  digestSeconds: number;
  reminderDays: number;
  /** BullMQ on this Redis; null: an in-process queue. */
  redisUrl: string | null;
  queuePrefix: string;
}

export const DEFAULT_NOTICE_CONFIG: NoticeConfig = {
  smtpUrl: null,
  mailFrom: 'Gobernando Juntas <no-responder@localhost>',
  publicUrl: 'http://localhost:4000',
  digestSeconds: 60,
  reminderDays: 5,
  redisUrl: null,
  queuePrefix: 'gj',
};

/** The notice settings from the environment (see docs/notices.md). */
export function parseNoticeConfig(env: NodeJS.ProcessEnv): NoticeConfig {
  const text = (name: string) => env[name]?.trim() || null;
  const url = (name: string, protocols: string[], example: string) => {
    const value = text(name);
    if (value === null) return null;
    const parsed = URL.canParse(value) ? new URL(value) : null;
    if (!parsed || !protocols.includes(parsed.protocol) || !parsed.hostname) {
      throw new Error(`${name} no es válido: use una dirección como ${example}.`);
    }
    return value;
  };
  const smtpUrl = url('GJ_SMTP_URL', ['smtp:', 'smtps:'], 'smtp://usuario:clave@correo.example.gob.pe:587 (o smtps:// para TLS directo)');
  const publicUrl = url('GJ_PUBLIC_URL', ['http:', 'https:'], 'https://gobernandojuntas.example.gob.pe') ?? DEFAULT_NOTICE_CONFIG.publicUrl;
  const redisUrl = url('REDIS_URL', ['redis:', 'rediss:'], 'redis://127.0.0.1:6379');

  const mailFrom = text('GJ_MAIL_FROM') ?? DEFAULT_NOTICE_CONFIG.mailFrom;
  if (!/^[^<>@\s]+@[^<>@\s]+$|^[^<>]*<[^<>@\s]+@[^<>@\s]+>$/.test(mailFrom)) {
    throw new Error(`GJ_MAIL_FROM no es válido: "${mailFrom}". Use una dirección o "Nombre <direccion@dominio>".`);
  }
  const digestSeconds = Number(text('GJ_NOTICE_DIGEST_SECONDS') ?? DEFAULT_NOTICE_CONFIG.digestSeconds);
  if (!(digestSeconds > 0 && digestSeconds <= 86_400)) throw new Error('GJ_NOTICE_DIGEST_SECONDS debe ser un número de segundos entre 0 y 86400.');
  const reminderDays = Number(text('GJ_REMINDER_DAYS') ?? DEFAULT_NOTICE_CONFIG.reminderDays);
  if (!Number.isInteger(reminderDays) || reminderDays < 0 || reminderDays > 27) {
    throw new Error('GJ_REMINDER_DAYS debe ser un número entero de días entre 0 (sin recordatorios antes del cierre) y 27.');
  }
  const queuePrefix = text('GJ_QUEUE_PREFIX') ?? DEFAULT_NOTICE_CONFIG.queuePrefix;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(queuePrefix)) throw new Error('GJ_QUEUE_PREFIX solo admite letras, números, "-" y "_" (hasta 40).');
  return { smtpUrl, mailFrom, publicUrl: publicUrl.replace(/\/+$/, ''), digestSeconds, reminderDays, redisUrl, queuePrefix };
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
  const database = parseDatabaseUrl(env.DATABASE_URL);
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
    database,
    port,
    host: env.HOST ?? '127.0.0.1',
    tokenSecret,
    tokenSecretGenerated,
    tokenTtlSeconds: Math.round(ttlHours * 3600),
    demo: production ? 'never' : demo,
    sqlStatistics: env.GJ_SQL_STATISTICS === '1',
    benchMemoryFloor: env.GJ_BENCH_MEMORY_FLOOR === '1' && !production,
    trustProxy: parseTrustProxy(env.GJ_TRUST_PROXY),
    hsts: env.GJ_HSTS === '1' || env.GJ_HSTS === 'true',
    rateLimits: parseRateLimits(env.GJ_RATE_LIMITS),
    notices: parseNoticeConfig(env),
    storage: parseStorageConfig(
      env,
      join(dirname(database.type === 'sqlite' && database.file !== ':memory:' ? database.file : DEFAULT_SQLITE_FILE), 'evidencias'),
    ),
  };
}
