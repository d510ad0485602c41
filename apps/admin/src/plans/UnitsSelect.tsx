import { MultiSelect } from '@mantine/core';
import type { UnitFieldsFragment } from '../gql/graphql';

/** The units as options grouped by entity; an entity acting as a whole is named as such. */
export function unitGroups(units: readonly UnitFieldsFragment[]): { group: string; items: { value: string; label: string }[] }[] {
  const groups = new Map<string, { group: string; items: { value: string; label: string }[] }>();
  for (const u of units) {
    const group = groups.get(u.entity.code) ?? { group: `${u.entity.shortName} — ${u.entity.name}`, items: [] };
    group.items.push({ value: u.code, label: u.isWholeEntity ? `${u.code} (la entidad, sin unidad orgánica)` : `${u.code} — ${u.name}` });
    groups.set(u.entity.code, group);
  }
  return [...groups.values()];
}

/** «Unidades responsables»: several units, possibly of several entities (a joint activity). */
export function UnitsSelect({
  units,
  value,
  onChange,
  error,
  description = 'Una o varias; una actividad conjunta tiene unidades de más de una entidad',
}: {
  units: readonly UnitFieldsFragment[];
  value: string[];
  onChange: (codes: string[]) => void;
  error?: string | null;
  description?: string;
}) {
  return (
    <MultiSelect
      label="Unidades responsables"
      description={description}
      placeholder={value.length === 0 ? 'Elija las unidades' : undefined}
      data={unitGroups(units)}
      value={value}
      onChange={onChange}
      error={error}
      searchable
      nothingFoundMessage="Ninguna unidad coincide"
      comboboxProps={{ position: 'bottom-start' }}
      data-testid="units-select"
    />
  );
}
