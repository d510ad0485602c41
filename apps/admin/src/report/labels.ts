import { isEntityCode, getEntity } from '@gj/domain';

/** "CGR" → "Contraloría": entities as people name them (domain data). */
export function entityName(code: string): string {
  return isEntityCode(code) ? getEntity(code).shortName : code;
}

/** "Obj1" → "Objetivo 1 de la estrategia (DS)". */
export function strategyObjectiveLabel(key: string): string {
  const match = /^Obj(\d+)$/i.exec(key);
  return match ? `Objetivo ${match[1]} de la estrategia (DS)` : key;
}
