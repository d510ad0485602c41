import { PartnerEntityRow } from '../partner/partner-entity.entity.js';
import { isRole, passwordProblems, roleNeedsEntity, type EntityCode, type Role } from '@gj/domain';
import type { DataSource } from 'typeorm';
import { COMMAND_LINE, type Actor, type AuditService } from '../audit/audit.service.js';
import { inputError } from '../common/errors.js';
import { AccountRow } from './account.entity.js';
import { RevokedSessionRow } from './revoked-session.entity.js';
import { hashPassword } from './password.js';
import type { Principal, SignedIn } from './principal.js';
import type { Viewer } from './viewer.js';

/** A mistake in the input that a person must correct; the message is in Spanish. */
export class InputError extends Error {}

export interface NewAccount {
  email: string;
  password: string;
  role: string;
  entity?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toViewer(row: AccountRow): Viewer {
  return { accountId: row.id, email: row.email, role: row.role, entityCode: (row.entityCode as EntityCode | null) ?? null };
}

/** Accounts: created, listed and disabled by operators (the `users` command). */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(AccountRow);
  }

  /**
   * `actor` is who asked: the coordination through the API, or an operator's command. Only the
   * demo seed skips the password policy (its password is published, and refused in production).
   */
  async create(input: NewAccount, actor: Actor = COMMAND_LINE, options: { demo?: boolean } = {}): Promise<AccountRow> {
    const email = normalizeEmail(input.email);
    if (!EMAIL.test(email) || email.length > 254) throw new InputError(`Correo electrónico no válido: "${input.email}".`);
    if (!isRole(input.role)) throw new InputError(`Rol no válido: "${input.role}". Use COORDINATOR, FOCAL_POINT o INTEGRATOR.`);
    const role: Role = input.role;
    const entity = input.entity ? input.entity.trim().toUpperCase() : null;
    if (entity !== null) {
      // Entities are data (the coordination adds new ones): the catalogue in the database decides.
      const codes = (await this.dataSource.getRepository(PartnerEntityRow).find({ select: { code: true }, order: { code: 'ASC' } })).map((e) => e.code);
      if (!codes.includes(entity)) throw new InputError(`Entidad no válida: "${input.entity}". Use ${codes.slice(0, -1).join(', ')} o ${codes.at(-1)}.`);
    }
    if (roleNeedsEntity(role) && !entity) throw new InputError('Un punto focal debe estar vinculado a una entidad (--entity).');
    if (role === 'COORDINATOR' && entity && entity !== 'MIMP') {
      throw new InputError('La coordinación pertenece al MIMP: no indique otra entidad.');
    }
    const problems = options.demo ? [] : passwordProblems(input.password, email);
    if (problems.length > 0) throw new InputError(problems.join(' '));
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AccountRow);
      if (await repository.exists({ where: { email } })) throw new InputError(`Ya existe una cuenta con el correo ${email}.`);
      const saved = await repository.save(repository.create({ email, passwordHash, role, entityCode: entity, active: true }));
      await this.audit.record(manager, actor, {
        action: 'account.create',
        targetType: 'account',
        targetId: saved.id,
        subjectEntities: entity ? [entity] : [],
        after: { email, role, entity },
      });
      return saved;
    });
  }

  /** The coordination's view of accounts through the API; operators use `list` directly. */
  listFor(principal: Principal): Promise<AccountRow[]> {
    principal.assert('account:manage');
    return this.list();
  }

  async createBy(principal: Principal, input: NewAccount): Promise<AccountRow> {
    principal.assert('account:manage');
    return asInputError(() => this.create(input, principal.actor));
  }

  async setActiveBy(principal: Principal, email: string, active: boolean): Promise<AccountRow> {
    principal.assert('account:manage');
    if (!active && principal.viewer.email === normalizeEmail(email)) throw inputError('No puede deshabilitar su propia cuenta.');
    return asInputError(() => this.setActive(email, active, principal.actor));
  }

  list(): Promise<AccountRow[]> {
    return this.repository.find({ order: { id: 'ASC' } });
  }

  count(): Promise<number> {
    return this.repository.count();
  }

  findByEmail(email: string): Promise<AccountRow | null> {
    return this.repository.findOne({ where: { email: normalizeEmail(email) } });
  }

  /** The account of a session token, if the token was not ended by sign-out or by disabling the account. */
  findSessionAccount(id: number, sessionVersion: number, jti: string): Promise<AccountRow | null> {
    return this.repository
      .createQueryBuilder('account')
      .where('account.id = :id AND account.active = :active AND account.sessionVersion = :sessionVersion', { id, active: true, sessionVersion })
      .andWhere('NOT EXISTS (SELECT 1 FROM revoked_sessions revoked WHERE revoked.jti = :jti)', { jti })
      .getOne();
  }

  /** Ends one session token; expired entries are dropped on the way. */
  async revokeSession(principal: SignedIn, jti: string, expiresAt: Date, ip: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const revoked = manager.getRepository(RevokedSessionRow);
      await revoked.createQueryBuilder().delete().where('expires_at < :now', { now: new Date() }).execute();
      if (await revoked.exists({ where: { jti } })) return;
      await revoked.insert({ jti, accountId: principal.viewer.accountId, expiresAt });
      await this.audit.record(manager, principal.actor, {
        action: 'auth.logout',
        targetType: 'account',
        targetId: principal.viewer.accountId,
        subjectEntities: principal.entityCode ? [principal.entityCode] : [],
        after: { ip },
      });
    });
  }

  async setActive(email: string, active: boolean, actor: Actor = COMMAND_LINE): Promise<AccountRow> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(AccountRow);
      const account = await repository.findOne({ where: { email: normalizeEmail(email) } });
      if (!account) throw new InputError(`No existe una cuenta con el correo ${normalizeEmail(email)}.`);
      const before = { active: Boolean(account.active) };
      account.active = active;
      // Tokens issued before a change of status never work again, not even after re-enabling.
      if (Boolean(before.active) !== active) account.sessionVersion += 1;
      const saved = await repository.save(account);
      await this.audit.record(manager, actor, {
        action: 'account.setActive',
        targetType: 'account',
        targetId: account.id,
        subjectEntities: account.entityCode ? [account.entityCode] : [],
        before,
        after: { active },
      });
      return saved;
    });
  }
}

/** Turns the operators' input errors into API input errors (same Spanish message). */
async function asInputError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof InputError) throw inputError(error.message);
    throw error;
  }
}
