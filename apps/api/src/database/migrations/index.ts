import { InitialSchema1732867200000 } from './1732867200000-initial-schema.js';

/** Every migration, in order. Listed explicitly: no file globs, so the build and tests agree. */
export const MIGRATIONS = [InitialSchema1732867200000];
