/**
 * Account administration from the command line:
 *   npm run users -- add --email ana@mimp.gob.pe --role FOCAL_POINT --entity MIMP   (password asked, or --password-stdin)
 *   npm run users -- list
 *   npm run users -- disable --email ana@mimp.gob.pe
 *   npm run users -- enable --email ana@mimp.gob.pe
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { AuditService } from '../audit/audit.service.js';
import { AccountService, InputError } from '../auth/account.service.js';
import { PLANS } from '@gj/domain';
import { PlanLoaderService } from '../plan/plan-loader.service.js';
import { runAsCommand } from './command.js';

const USAGE = `Uso:
  npm run users -- add --email <correo> --role <COORDINATOR|FOCAL_POINT|INTEGRATOR> [--entity <MIMP|PCM|MEF|OSCE|CGR|SERVIR|CEPLAN>] [--password-stdin]
  npm run users -- list
  npm run users -- disable --email <correo>
  npm run users -- enable --email <correo>`;

export interface CliIO {
  out(line: string): void;
  readPassword(): Promise<string>;
}

/** Runs one command; returns the exit code. Errors a person must fix are printed in Spanish. */
export async function runUsersCommand(argv: string[], accounts: AccountService, io: CliIO): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string' }, entity: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
  });
  const [command] = positionals;
  try {
    switch (command) {
      case 'add': {
        if (!values.email || !values.role) throw new InputError('Faltan --email y --role.');
        const password = await io.readPassword();
        const account = await accounts.create({ email: values.email, role: values.role, entity: values.entity ?? null, password });
        io.out(`Cuenta creada: ${account.email} (${account.role}${account.entityCode ? `, ${account.entityCode}` : ''}).`);
        return 0;
      }
      case 'list': {
        const rows = await accounts.list();
        io.out(['correo', 'rol', 'entidad', 'estado'].join('\t'));
        for (const a of rows) io.out([a.email, a.role, a.entityCode ?? '-', a.active ? 'activa' : 'deshabilitada'].join('\t'));
        return 0;
      }
      case 'disable':
      case 'enable': {
        if (!values.email) throw new InputError('Falta --email.');
        const account = await accounts.setActive(values.email, command === 'enable');
        io.out(`Cuenta ${account.email} ${account.active ? 'habilitada' : 'deshabilitada'}.`);
        return 0;
      }
      default:
        io.out(USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.out(`Error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function readPasswordFromTerminal(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.replace(/\r?\n$/, '');
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Hide what is typed: the password must not stay on screen or in terminal logs.
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput;
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
    if (s.includes('Contraseña')) write.call(rl, s);
  };
  const password = await rl.question('Contraseña: ');
  rl.close();
  process.stdout.write('\n');
  return password;
}

runAsCommand(import.meta.url, async (dataSource) => {
  const argv = process.argv.slice(2);
  await new PlanLoaderService(dataSource).load(PLANS); // accounts reference the entity catalogue
  return runUsersCommand(argv, new AccountService(dataSource, new AuditService(dataSource)), {
    out: (line) => console.log(line),
    readPassword: () => readPasswordFromTerminal(argv.includes('--password-stdin')),
  });
});
