import { ENTITY_CODES } from '@gj/domain';
import type { NewAccount } from './account.service.js';

/** Public demo password: demo accounts exist only on demo databases. */
export const DEMO_PASSWORD = 'GobernandoJuntas2024';

export const DEMO_ACCOUNTS: readonly NewAccount[] = [
  { email: 'coordinacion@demo.gob.pe', password: DEMO_PASSWORD, role: 'COORDINATOR', entity: 'MIMP' },
  ...ENTITY_CODES.map((code) => ({ email: `${code.toLowerCase()}@demo.gob.pe`, password: DEMO_PASSWORD, role: 'FOCAL_POINT', entity: code })),
];

const DEMO_EMAILS = new Set(DEMO_ACCOUNTS.map((a) => a.email));

/** Demo accounts share a published password: production refuses them. */
export function isDemoAccount(email: string): boolean {
  return DEMO_EMAILS.has(email.toLowerCase());
}
