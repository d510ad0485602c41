import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
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
});
