import argon2 from 'argon2';

/** argon2id at OWASP's minimum (19 MiB, 2 iterations, 1 lane). */
const OPTIONS = { type: argon2.argon2id, memoryCost: 19 * 1024, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** A hash to verify against for unknown accounts, so that they take as long as wrong passwords. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('cuenta-inexistente-para-igualar-tiempos');
  return dummyHash;
}
