import { useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { isNarrowLookup, MIN_SEARCH_LENGTH, type Outcome } from '@gj/domain';
import { ListTable } from '../components/ListTable';
import { OfficeSelect } from '../components/OfficeSelect';
import { ErrorState } from '../components/States';
import type { Office } from '../gql/graphql';
import { formatDate, formatInteger } from '../lib/format';
import { GovernmentSelect, type GovernmentOption } from '../authorities/GovernmentSelect';
import { FindAuthoritiesQuery } from './operations';
import { OutcomeSelect } from './OutcomeSelect';

export interface PickedAuthority {
  id: number;
  givenNames: string;
  familyNames: string;
  dni: string | null;
  officeLabel: string;
  government: { id: number; name: string };
}

const PAGE = 10;

/**
 * Finds women authorities in the register (by name or DNI, narrowed by office and government)
 * and hands the chosen ones, with an outcome, to `onAdd`.
 */
export function AuthorityPicker({
  outcomes,
  initialOutcome,
  alreadyAdded,
  onAdd,
  busy = false,
  activity,
}: {
  outcomes: readonly Outcome[];
  initialOutcome: Outcome | null;
  alreadyAdded: ReadonlySet<number>;
  onAdd: (authority: PickedAuthority, outcome: Outcome) => void | Promise<void>;
  busy?: boolean;
  /** The activity the participants are for: those who already count for it (another execution) are marked. */
  activity?: { code: string; year: number };
}) {
  const [search, setSearch] = useState('');
  const [office, setOffice] = useState<Office | null>(null);
  const [government, setGovernment] = useState<GovernmentOption | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(initialOutcome ?? outcomes[0] ?? null);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  // The same rule the API applies to focal points: the register is looked up, not browsed.
  const active = isNarrowLookup({ search: debounced, governmentId: government?.id ?? null });
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(FindAuthoritiesQuery, {
    variables: {
      search: debounced || null,
      office,
      governmentId: government?.id ?? null,
      first: PAGE,
      ...(activity ? { withActivity: true, activityCode: activity.code, year: activity.year } : {}),
    },
    skip: !active,
  });
  const data = current ?? previousData;
  const results = active ? (data?.authorities.nodes ?? []) : [];
  const total = active ? (data?.authorities.totalCount ?? 0) : 0;

  return (
    <Stack gap="sm" data-testid="authority-picker">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Buscar en el registro"
          description="Nombres, apellidos o DNI"
          placeholder="p. ej. Quispe o 40123456"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={240}
          type="search"
        />
        <OfficeSelect value={office} onChange={setOffice} />
        <GovernmentSelect value={government} onChange={setGovernment} w={260} />
        <OutcomeSelect outcomes={outcomes} value={outcome} onChange={setOutcome} label="Resultado al agregar" w={220} />
      </Group>

      {!active ? (
        <Text size="sm" c="dimmed">
          Escriba al menos {MIN_SEARCH_LENGTH} letras del nombre o apellido, o el DNI, o elija un gobierno para buscar.
        </Text>
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} title="No se pudo buscar en el registro" />
      ) : loading && !data ? (
        <Text size="sm" c="dimmed" role="status">
          Buscando…
        </Text>
      ) : results.length === 0 ? (
        <Text size="sm" role="status">
          Ninguna autoridad del registro coincide con la búsqueda.
        </Text>
      ) : (
        <Stack gap={4}>
          <Text size="xs" c="dimmed" role="status">
            {total > results.length
              ? `${formatInteger(total)} coincidencias; se muestran las primeras ${formatInteger(results.length)}. Precise la búsqueda para ver otras.`
              : total === 1
                ? '1 coincidencia'
                : `${formatInteger(total)} coincidencias`}
          </Text>
          <ListTable
            label="Resultados de la búsqueda en el registro"
            minWidth={620}
            columns={['Apellidos y nombres', 'DNI', 'Cargo', 'Gobierno', { label: 'Acción', hidden: true }]}
          >
            {results.map((a) => {
              const name = `${a.familyNames}, ${a.givenNames}`;
              const added = alreadyAdded.has(a.id);
              return (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {name}
                    {a.participationIn && (
                      <Text size="xs" c="orange.9" data-testid="counts-already">
                        Ya cuenta para la actividad (ejecución del {formatDate(a.participationIn.date)})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{a.dni ?? '—'}</Table.Td>
                  <Table.Td>{a.officeLabel}</Table.Td>
                  <Table.Td>{a.government.name}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant={added ? 'subtle' : 'light'}
                      disabled={added || !outcome || busy}
                      onClick={() => outcome && void onAdd(a, outcome)}
                      aria-label={added ? `${name} ya está agregada` : `Agregar a ${name}`}
                    >
                      {added ? 'Agregada' : 'Agregar'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </ListTable>
        </Stack>
      )}
    </Stack>
  );
}
