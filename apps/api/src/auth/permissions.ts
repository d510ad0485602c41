import { ACTION_LABELS, can, type Action } from '@gj/domain';
import { authenticationError, forbiddenError, MESSAGES } from '../common/errors.js';
import type { Viewer } from './viewer.js';

/** Services call this before any write: the check lives with the data, not in resolvers. */
export function assertCan(viewer: Viewer | null, action: Action): asserts viewer is Viewer {
  if (!viewer) throw authenticationError(MESSAGES.signInRequired, 'SIGN_IN_REQUIRED');
  if (!can(viewer.role, action)) throw forbiddenError(`Su cuenta no tiene permiso para ${ACTION_LABELS[action]}.`);
}
