/**
 * The built server as a newcomer starts it: a fresh embedded database, migrations, the 2024
 * plan, demo accounts; then a restart that changes nothing. Needs `npm run build` (turbo runs it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer, stopServer as stop } from './test/server-process.js';

const dir = mkdtempSync(join(tmpdir(), 'gj-main-'));
let databases = 0;
/** A database file no other test uses (none exists until a server creates it). */
const newDatabase = () => join(dir, `gj-${++databases}.sqlite`);
const start = (database: string, env: Record<string, string> = {}) => startServer({ DATABASE_URL: `sqlite:${database}`, ...env });

const DEMO_CLI = fileURLToPath(new URL('../dist/cli/demo.js', import.meta.url));

describe('npm start on the embedded database', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, loads the plan, creates and prints the demo accounts, and serves', async () => {
    const running = await start(newDatabase());
    try {
      const out = running.output();
      expect(out).toContain('Migraciones aplicadas: InitialSchema1732867200000');
      for (const email of ['coordinacion', 'mimp', 'pcm', 'mef', 'osce', 'cgr', 'servir', 'ceplan']) expect(out).toContain(`${email}@demo.gob.pe`);
      const health = await fetch(`http://127.0.0.1:${running.port}/healthz`);
      expect(health.status).toBe(200);
      const login = await fetch(`http://127.0.0.1:${running.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "ceplan@demo.gob.pe", password: "GobernandoJuntas2024") { token } }' }),
      });
      const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
      const activities = await fetch(`http://127.0.0.1:${running.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ activities { code } }' }),
      });
      expect(await activities.json()).toEqual({ data: { activities: [{ code: '2.2' }] } });
    } finally {
      await stop(running);
    }
  });

  it('changes nothing when started again', async () => {
    const database = newDatabase();
    await stop(await start(database));
    const running = await start(database);
    try {
      expect(running.output()).toMatch(/Catálogo del plan: 0 insertados, 0 actualizados, 0 eliminados, \d+ sin cambios/);
      expect(running.output()).not.toContain('Migraciones aplicadas');
      expect(running.output()).not.toContain('Cuentas de demostración creadas');
      expect(running.output()).not.toContain('Datos de demostración');
    } finally {
      await stop(running);
    }
  }, 60_000);

  it('refuses to start in production without a token secret', async () => {
    await expect(start(newDatabase(), { NODE_ENV: 'production' })).rejects.toThrow(/GJ_TOKEN_SECRET es obligatorio/);
  });

  it('refuses to start in production on a database that holds the demo, naming what to remove, and starts once it is purged', async () => {
    const database = newDatabase();
    // A first start in development creates the demo accounts and data.
    await stop(await start(database));
    const production = { NODE_ENV: 'production', GJ_TOKEN_SECRET: 'una-clave-de-produccion-larga-y-aleatoria-0123456789' };
    const refused = await start(database, production).then(
      () => 'started',
      (error: Error) => error.message,
    );
    expect(refused).toContain(
      'NODE_ENV=production no arranca sobre una base con datos de demostración: cuentas de demostración activas (coordinacion@demo.gob.pe, mimp@demo.gob.pe',
    );
    expect(refused).toContain('5372 autoridades ficticias de demostración en el registro');
    expect(refused).toContain('npm run demo -- purge');
    const purge = spawnSync(process.execPath, [DEMO_CLI, 'purge'], {
      env: { PATH: process.env.PATH, DATABASE_URL: `sqlite:${database}` },
      encoding: 'utf8',
    });
    expect(purge.status, purge.stderr).toBe(0);
    expect(purge.stdout).toMatch(
      /^Datos de demostración eliminados: 29 ejecuciones, \d+ participaciones, 5372 autoridades ficticias, 0 reportes mensuales; cuentas deshabilitadas: coordinacion@demo\.gob\.pe, /,
    );
    const running = await start(database, production);
    try {
      const login = await fetch(`${running.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { login(email: "coordinacion@demo.gob.pe", password: "GobernandoJuntas2024") { token } }' }),
      });
      expect(((await login.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('Correo o contraseña incorrectos.');
    } finally {
      await stop(running);
    }
  }, 60_000);
});
