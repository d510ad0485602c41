import { useQuery } from '@apollo/client/react';
import { EntityOptionsQuery } from './operations';

export interface EntityOption {
  code: string;
  name: string;
  shortName: string;
}

/** «PCM — Presidencia del Consejo de Ministros»: an entity as the selects list it. */
export function entitySelectData(entities: readonly EntityOption[]): { value: string; label: string }[] {
  return entities.map((e) => ({ value: e.code, label: `${e.shortName} — ${e.name}` }));
}

/**
 * The entities of the strategy as the API has them (the coordination may add one, e.g. the JNE),
 * for every list people choose an entity from: accounts, integrators' keys, the audit filter.
 */
export function useEntities(): { entities: readonly EntityOption[]; loading: boolean } {
  const { data, loading } = useQuery(EntityOptionsQuery);
  return { entities: data?.entities ?? [], loading };
}
