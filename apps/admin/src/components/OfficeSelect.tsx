import { Select } from '@mantine/core';
import { OFFICE_DEFINITIONS } from '@gj/domain';
import type { Office } from '../gql/graphql';

/**
 * The «Cargo» filter over the register, wherever it is searched (the register's list, the
 * participant picker): the domain's offices in their order, or all of them when cleared.
 */
export function OfficeSelect({ value, onChange }: { value: Office | null; onChange: (office: Office | null) => void }) {
  return (
    <Select
      label="Cargo"
      placeholder="Todos"
      clearable
      data={OFFICE_DEFINITIONS.map((d) => ({ value: d.office, label: d.label }))}
      value={value}
      onChange={(v) => onChange(v as Office | null)}
      w={210}
    />
  );
}
