import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { GovernmentLevel } from '../gql/graphql';
import { GovernmentsQuery } from './governmentOperations';

export interface GovernmentOption {
  id: number;
  name: string;
  level: GovernmentLevel;
}

/**
 * Picks a regional government or municipality by typing part of its name (accents and case do
 * not matter). `level` narrows it, e.g. to municipalities for an alcaldesa distrital.
 */
export function GovernmentSelect({
  label = 'Gobierno',
  value,
  onChange,
  level,
  required,
  error,
  description,
  w,
}: {
  label?: string;
  value: GovernmentOption | null;
  onChange: (value: GovernmentOption | null) => void;
  level?: GovernmentLevel | null;
  required?: boolean;
  error?: string | null;
  description?: string;
  w?: number | string;
}) {
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 300);
  const typed = debounced.trim();
  const searching = typed.length >= 2 && typed !== value?.name;
  const { data, loading } = useQuery(GovernmentsQuery, {
    variables: { search: typed, level: level ?? null },
    skip: !searching,
  });
  const options = new Map<string, { label: string; option: GovernmentOption }>();
  if (value) options.set(String(value.id), { label: value.name, option: value });
  for (const g of data?.governments ?? [])
    options.set(String(g.id), { label: `${g.name} (${g.department.name})`, option: { id: g.id, name: g.name, level: g.level } });

  return (
    <Select
      label={label}
      description={description}
      placeholder="Escriba al menos 2 letras del nombre"
      searchable
      clearable
      required={required}
      error={error}
      w={w}
      data={[...options].map(([id, { label }]) => ({ value: id, label }))}
      value={value ? String(value.id) : null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => onChange(id ? (options.get(id)?.option ?? null) : null)}
      filter={({ options: all }) => all}
      nothingFoundMessage={searching ? (loading ? 'Buscando…' : 'Ningún gobierno coincide') : 'Escriba al menos 2 letras'}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
