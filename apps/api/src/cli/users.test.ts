import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANS } from '@gj/domain';
import { AuditService } from '../audit/audit.service.js';
import { AccountService } from '../auth/account.service.js';
import { verifyPassword } from '../auth/password.js';
import { PlanLoaderService } from '../plan/plan-loader.service.js';
import { openTestDataSource, type TestDataSource } from '../test/harness.js';
import { runUsersCommand } from './users.js';

describe('users command', () => {
  let db: TestDataSource;
  let accounts: AccountService;

  beforeAll(async () => {
    db = await openTestDataSource('sqlite');
    await new PlanLoaderService(db.dataSource).load(PLANS);
    accounts = new AccountService(db.dataSource, new AuditService(db.dataSource));
  });
  afterAll(() => db?.close());

  const run = async (argv: string[], password = 'una-clave-segura-2024') => {
    const lines: string[] = [];
    const code = await runUsersCommand(argv, accounts, { out: (l) => lines.push(l), readPassword: async () => password });
    return { code, output: lines.join('\n') };
  };

  it('adds a focal point with an argon2id hash', async () => {
    const { code, output } = await run(['add', '--email', 'Ana@PCM.gob.pe', '--role', 'FOCAL_POINT', '--entity', 'pcm']);
    expect(code).toBe(0);
    expect(output).toContain('ana@pcm.gob.pe (FOCAL_POINT, PCM)');
    const row = await accounts.findByEmail('ana@pcm.gob.pe');
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await verifyPassword(row!.passwordHash, 'una-clave-segura-2024')).toBe(true);
  });

  it.each([
    [['add', '--email', 'x@pcm.gob.pe', '--role', 'FOCAL_POINT'], 'debe estar vinculado a una entidad'],
    [['add', '--email', 'x@pcm.gob.pe', '--role', 'JEFE'], 'Rol no válido'],
    [['add', '--email', 'x@pcm.gob.pe', '--role', 'FOCAL_POINT', '--entity', 'XYZ'], 'Entidad no válida'],
    [['add', '--email', 'no-es-correo', '--role', 'COORDINATOR'], 'Correo electrónico no válido'],
    [['disable', '--email', 'nadie@pcm.gob.pe'], 'No existe una cuenta'],
  ])('refuses %j with a Spanish message', async (argv, message) => {
    const before = (await accounts.list()).length;
    const { code, output } = await run(argv);
    expect(code).toBe(1);
    expect(output).toContain(message);
    expect((await accounts.list()).length).toBe(before);
  });

  it('refuses an email that already has an account, whatever its case, with a Spanish message', async () => {
    expect((await run(['add', '--email', 'Rosa@PCM.gob.pe', '--role', 'FOCAL_POINT', '--entity', 'pcm'])).code).toBe(0);
    const before = (await accounts.list()).length;
    const { code, output } = await run(['add', '--email', 'rosa@pcm.gob.pe', '--role', 'FOCAL_POINT', '--entity', 'PCM']);
    expect(code).toBe(1);
    expect(output).toContain('Ya existe una cuenta');
    expect((await accounts.list()).length).toBe(before);
  });

  it('refuses a short password', async () => {
    const { code, output } = await run(['add', '--email', 'b@mef.gob.pe', '--role', 'FOCAL_POINT', '--entity', 'MEF'], 'corta');
    expect(code).toBe(1);
    expect(output).toContain('al menos 12 caracteres');
  });

  it('lists, disables and enables accounts', async () => {
    expect((await run(['add', '--email', 'luz@pcm.gob.pe', '--role', 'FOCAL_POINT', '--entity', 'PCM'])).code).toBe(0);
    expect((await run(['disable', '--email', 'luz@pcm.gob.pe'])).output).toContain('deshabilitada');
    expect((await run(['list'])).output).toContain('luz@pcm.gob.pe\tFOCAL_POINT\tPCM\tdeshabilitada');
    await run(['enable', '--email', 'luz@pcm.gob.pe']);
    expect((await run(['list'])).output).toContain('luz@pcm.gob.pe\tFOCAL_POINT\tPCM\tactiva');
  });

  it('prints its usage for an unknown command', async () => {
    const { code, output } = await run(['borrar']);
    expect(code).toBe(2);
    expect(output).toContain('Uso:');
  });
});
