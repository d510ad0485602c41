import { ACTION_LABELS, can, reaches, scopeOf, seesPlan, type Action, type EntityCode, type PlanStatus, type Scope } from '@gj/domain';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../audit/audit.service.js';
import { authenticationError, forbiddenError, MESSAGES } from '../common/errors.js';
import type { Viewer } from './viewer.js';

/**
 * How much detail aggregates carry: systems of other agencies (API keys, integrator accounts) get
 * small breakdown cells suppressed and figures as of month ends (see @gj/domain privacy).
 */
export interface Disclosure {
  suppressSmallCells: boolean;
  monthEndCutoff: boolean;
}

/** A principal that has signed in (after `assert`). */
export type SignedIn = Principal & { readonly viewer: Viewer };

/**
 * Who is asking, built once per request: what rows they reach (`scope`, the rule of
 * @gj/domain's permissions.ts), what they may do (`assert`, the actions catalogue) and how much
 * detail aggregates carry. Every service takes it, so checks live with the data.
 */
export class Principal {
  readonly scope: Scope;
  readonly disclosure: Disclosure;

  private constructor(readonly viewer: Viewer | null) {
    this.scope = scopeOf(viewer);
    const aggregatesOnly = viewer?.role === 'INTEGRATOR';
    this.disclosure = { suppressSmallCells: aggregatesOnly, monthEndCutoff: aggregatesOnly };
  }

  static of(viewer: Viewer | null): Principal {
    return new Principal(viewer);
  }

  static readonly anonymous = new Principal(null);

  get entityCode(): EntityCode | null {
    return this.viewer?.entityCode ?? null;
  }

  can(action: Action): boolean {
    return this.viewer !== null && can(this.viewer.role, action);
  }

  /** Refuses (UNAUTHENTICATED, then FORBIDDEN in Spanish) unless the principal may take `action`. */
  assert(action: Action): asserts this is SignedIn {
    if (!this.viewer) throw authenticationError(MESSAGES.signInRequired, 'SIGN_IN_REQUIRED');
    if (!can(this.viewer.role, action)) throw forbiddenError(`Su cuenta no tiene permiso para ${ACTION_LABELS[action]}.`);
  }

  /** Who the audit trail names for this principal's changes. */
  get actor(): Actor {
    if (!this.viewer) return { id: null, email: 'anonimo', role: 'ANONYMOUS' };
    return { id: this.viewer.accountId, email: this.viewer.email, role: this.viewer.role };
  }

  /** Whether the principal reaches an activity of these responsible entities in a plan of this status. */
  reaches(entities: readonly string[], planStatus: PlanStatus = 'IN_FORCE'): boolean {
    return seesPlan(this.viewer, planStatus) && reaches(this.scope, entities);
  }

  /**
   * The same rule in SQL, for any query that joins activities as `activity`: the only place the
   * API restricts rows by scope. EXISTS keeps every responsible unit of a joint activity in the
   * result, not only the viewer's.
   */
  restrict<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, activityAlias = 'activity'): SelectQueryBuilder<T> {
    // A draft plan's activities exist only for those who manage plans (@gj/domain seesPlan).
    if (!seesPlan(this.viewer, 'DRAFT')) {
      query.andWhere(`EXISTS (SELECT 1 FROM plans scope_plan WHERE scope_plan.year = ${activityAlias}.plan_year AND scope_plan.status <> 'DRAFT')`);
    }
    switch (this.scope.kind) {
      case 'ALL':
        return query;
      case 'NONE':
        return query.andWhere('1 = 0');
      case 'ENTITY':
        return query.andWhere(
          `EXISTS (SELECT 1 FROM activity_units scope_au INNER JOIN units scope_unit ON scope_unit.code = scope_au.unit_code
            WHERE scope_au.activity_id = ${activityAlias}.id AND scope_unit.entity_code = :scopeEntity)`,
          { scopeEntity: this.scope.entityCode },
        );
    }
  }
}
