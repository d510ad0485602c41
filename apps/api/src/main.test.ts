/**
 * The built server as a newcomer starts it: a fresh embedded database, migrations, the 2024
 * plan, demo accounts; then a restart that changes nothing. Needs `npm run build` (turbo runs it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gj-main-'));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

interface Running {
  child: ChildProcess;
  output: () => string;
  port: number;
}

async function start(env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH, DATABASE_URL: `sqlite:${join(dir, 'gj.sqlite')}`, PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const deadline = Date.now() + 30_000;
  while (!output.includes('/graphql')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`Server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, output: () => output, port };
}

async function stop(running: Running): Promise<void> {
  const exited = new Promise((resolve) => running.child.once('exit', resolve));
  running.child.kill('SIGTERM');
  await exited;
}

describe('npm start on the embedded database', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('migrates, loads the plan, creates and prints the demo accounts, and serves', async () => {
    const running = await start({});
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
    const running = await start({});
    try {
      expect(running.output()).toMatch(/Catálogo del plan: 0 insertados, 0 actualizados, 0 eliminados, \d+ sin cambios/);
      expect(running.output()).not.toContain('Migraciones aplicadas');
      expect(running.output()).not.toContain('Cuentas de demostración creadas');
      expect(running.output()).not.toContain('Datos de demostración');
    } finally {
      await stop(running);
    }
  });

  it('refuses to start in production without a token secret', async () => {
    await expect(start({ NODE_ENV: 'production' })).rejects.toThrow(/GJ_TOKEN_SECRET es obligatorio/);
  });
});
