import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTICE_CONFIG, loadConfig } from './config.js';
import { DEFAULT_SQLITE_FILE } from './database/data-source.js';

describe('configuration', () => {
  it('defaults to the embedded database on port 4000 with demo accounts when empty', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ database: { type: 'sqlite', file: DEFAULT_SQLITE_FILE }, port: 4000, demo: 'auto', tokenSecretGenerated: true });
    expect(DEFAULT_SQLITE_FILE).toMatch(/data\/gobernando-juntas\.sqlite$/);
  });

  it('reads DATABASE_URL for SQLite, MySQL and MariaDB', () => {
    expect(loadConfig({ DATABASE_URL: 'sqlite:/tmp/x.sqlite' }).database).toEqual({ type: 'sqlite', file: '/tmp/x.sqlite' });
    expect(loadConfig({ DATABASE_URL: 'mysql://gj:pw@db:3306/gj' }).database).toEqual({ type: 'mysql', url: 'mysql://gj:pw@db:3306/gj' });
    expect(loadConfig({ DATABASE_URL: 'mariadb://root@127.0.0.1/test' }).database).toEqual({ type: 'mariadb', url: 'mysql://root@127.0.0.1/test' });
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x' })).toThrow(/debe empezar con/);
  });

  it('requires a strong token secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/GJ_TOKEN_SECRET es obligatorio/);
    expect(() => loadConfig({ NODE_ENV: 'production', GJ_TOKEN_SECRET: 'changeme' })).toThrow(/al menos 32/);
    expect(loadConfig({ NODE_ENV: 'production', GJ_TOKEN_SECRET: 'k'.repeat(40) })).toMatchObject({ production: true, tokenSecretGenerated: false });
  });

  it('never creates demo accounts in production', () => {
    const secret = 'k'.repeat(40);
    expect(() => loadConfig({ NODE_ENV: 'production', GJ_TOKEN_SECRET: secret, GJ_DEMO: '1' })).toThrow(/GJ_DEMO=1 no está permitido/);
    expect(loadConfig({ NODE_ENV: 'production', GJ_TOKEN_SECRET: secret }).demo).toBe('never');
  });

  it('reads PORT and the demo switch', () => {
    expect(loadConfig({ PORT: '8080', GJ_DEMO: '0' })).toMatchObject({ port: 8080, demo: 'never' });
    expect(loadConfig({ GJ_DEMO: '1' }).demo).toBe('always');
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('keeps notices in the app with an in-process queue unless SMTP and Redis are configured', () => {
    expect(loadConfig({}).notices).toEqual(DEFAULT_NOTICE_CONFIG);
    expect(DEFAULT_NOTICE_CONFIG).toMatchObject({ smtpUrl: null, redisUrl: null, digestSeconds: 60, reminderDays: 5, queuePrefix: 'gj' });
    const notices = loadConfig({
      GJ_SMTP_URL: 'smtps://avisos:clave@correo.mimp.gob.pe:465',
      GJ_MAIL_FROM: 'Gobernando Juntas <avisos@mimp.gob.pe>',
      GJ_PUBLIC_URL: 'https://gj.mimp.gob.pe/',
      GJ_NOTICE_DIGEST_SECONDS: '0.5',
      GJ_REMINDER_DAYS: '3',
      REDIS_URL: 'redis://127.0.0.1:6379/2',
      GJ_QUEUE_PREFIX: 'gj-prod',
    }).notices;
    expect(notices).toEqual({
      smtpUrl: 'smtps://avisos:clave@correo.mimp.gob.pe:465',
      mailFrom: 'Gobernando Juntas <avisos@mimp.gob.pe>',
      publicUrl: 'https://gj.mimp.gob.pe',
      digestSeconds: 0.5,
      reminderDays: 3,
      redisUrl: 'redis://127.0.0.1:6379/2',
      queuePrefix: 'gj-prod',
    });
  });

  it('refuses invalid notice settings in Spanish, without echoing SMTP credentials', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ GJ_SMTP_URL: 'http://usuario:secreta@correo' }, /^GJ_SMTP_URL no es válido/],
      [{ GJ_SMTP_URL: 'no es una dirección' }, /^GJ_SMTP_URL no es válido/],
      [{ GJ_MAIL_FROM: 'nadie' }, /^GJ_MAIL_FROM no es válido/],
      [{ GJ_PUBLIC_URL: 'ftp://gj' }, /^GJ_PUBLIC_URL no es válido/],
      [{ GJ_NOTICE_DIGEST_SECONDS: '0' }, /^GJ_NOTICE_DIGEST_SECONDS debe/],
      [{ GJ_NOTICE_DIGEST_SECONDS: 'pronto' }, /^GJ_NOTICE_DIGEST_SECONDS debe/],
      [{ GJ_REMINDER_DAYS: '2.5' }, /^GJ_REMINDER_DAYS debe/],
      [{ GJ_REMINDER_DAYS: '40' }, /^GJ_REMINDER_DAYS debe/],
      [{ REDIS_URL: 'localhost:6379' }, /^REDIS_URL no es válido/],
      [{ GJ_QUEUE_PREFIX: 'gj:avisos' }, /^GJ_QUEUE_PREFIX solo admite/],
    ];
    for (const [env, message] of cases) {
      expect(() => loadConfig(env), JSON.stringify(env)).toThrow(message);
      try {
        loadConfig(env);
      } catch (error) {
        expect((error as Error).message).not.toContain('secreta');
      }
    }
  });
});
