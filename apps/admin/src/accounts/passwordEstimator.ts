/**
 * zxcvbn and its word lists (~600 KB compressed) load only when a password is being chosen, not
 * with the accounts page: the form starts loading them when it opens and waits for them on submit.
 */
import type { PasswordEstimator } from '@gj/domain';

let loaded: PasswordEstimator | null = null;
let loading: Promise<PasswordEstimator> | null = null;

export function loadPasswordEstimator(): Promise<PasswordEstimator> {
  loading ??= import('@gj/domain/password-policy').then(
    (m) => (loaded = m.estimatePassword),
    (error: unknown) => {
      // A failed download (a new deploy, the network) is tried again on the next call.
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The estimator if it has arrived, else null (the checks that need it wait). */
export function loadedPasswordEstimator(): PasswordEstimator | null {
  return loaded;
}
