import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ListTable } from '../components/ListTable';
import { OfficeSelect } from '../components/OfficeSelect';
import { queryPending } from '../components/PageScaffold';
import { PaginationFooter } from '../components/PaginationFooter';
import { EmptyState } from '../components/States';
import type { AuthorityFieldsFragment, Office } from '../gql/graphql';
import { AuthorityFormModal } from './AuthorityFormModal';
import { DepartmentsQuery } from './governmentOperations';
import { RegisterQuery, SetAuthorityActiveMutation, TermsQuery } from './operations';
import { termOptions } from './terms';
import { useCursorPages } from '../lib/useCursorPages';
import { ConfirmMutation } from '../components/ConfirmMutation';

export const PAGE_SIZE = 25;

/** The register: search, filters, cursor pages, create/edit and activation. */
export function AuthorityList() {
  const [search, setSearch] = useState('');
  const [office, setOffice] = useState<Office | null>(null);
  const [departmentCode, setDepartmentCode] = useState<string | null>(null);
  const [includeInactive, setIncludeInactive] = useState(false);
  const [termStart, setTermStart] = useState<string | null>(null);
  const [editing, setEditing] = useState<AuthorityFieldsFragment | 'new' | null>(null);
  const [toggling, setToggling] = useState<AuthorityFieldsFragment | null>(null);
  const [debounced] = useDebouncedValue(search.trim(), 300);

  // Any change of filters starts again from the first page.
  const pages = useCursorPages([debounced, office, departmentCode, includeInactive, termStart]);
  const terms = useQuery(TermsQuery, { fetchPolicy: 'cache-first' });

  const departments = useQuery(DepartmentsQuery, { fetchPolicy: 'cache-first' });
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(RegisterQuery, {
    variables: {
      search: debounced || null,
      office,
      departmentCode,
      includeInactive,
      termStart: termStart ? Number(termStart) : null,
      first: PAGE_SIZE,
      after: pages.after,
    },
  });
  // The current page stays on screen while the next one loads.
  const data = current ?? previousData;
  const connection = data?.authorities;

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label="Buscar"
          description="Nombres, apellidos, DNI o gobierno"
          type="search"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={260}
        />
        <OfficeSelect value={office} onChange={setOffice} />
        <Select
          label="Departamento"
          placeholder="Todos"
          clearable
          searchable
          data={(departments.data?.departments ?? []).map((d) => ({ value: d.code, label: d.name }))}
          value={departmentCode}
          onChange={setDepartmentCode}
          w={190}
        />
        <Select label="Periodo" placeholder="Todos" clearable data={termOptions(terms.data?.terms ?? [])} value={termStart} onChange={setTermStart} w={200} />
        <Switch label="Incluir inactivas" checked={includeInactive} onChange={(e) => setIncludeInactive(e.currentTarget.checked)} mb={8} />
        <Button ml="auto" onClick={() => setEditing('new')}>
          Agregar autoridad
        </Button>
      </Group>

      {queryPending({ data, loading, error, refetch }, 'Cargando el registro…') ??
        (!connection || connection.nodes.length === 0 ? (
          <EmptyState title="Ninguna autoridad coincide con la búsqueda">Cambie o quite los filtros.</EmptyState>
        ) : (
          <>
            {connection.nodes.some((a) => a.synthetic) && (
              <Text size="xs" c="dimmed">
                Base de demostración: los nombres de este registro son ficticios.
              </Text>
            )}
            <ListTable
              label="Registro de mujeres autoridades"
              testId="register-table"
              minWidth={860}
              columns={['Apellidos y nombres', 'DNI', 'Cargo', 'Gobierno (departamento)', 'Periodo', 'Estado', 'Acciones']}
            >
              {connection.nodes.map((a) => {
                const name = `${a.familyNames}, ${a.givenNames}`;
                return (
                  <Table.Tr key={a.id}>
                    <Table.Td>
                      {name}
                      {a.possibleDuplicateOf !== null && (
                        <Badge ml={6} size="xs" color="orange" variant="light">
                          posible duplicado
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{a.dni ?? '—'}</Table.Td>
                    <Table.Td>{a.officeLabel}</Table.Td>
                    <Table.Td>
                      {a.government.name}
                      <Text size="xs" c="dimmed">
                        {a.government.department.name}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {a.termStart}–{a.termEnd}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" fw={600} c={a.active ? 'green.8' : 'dimmed'}>
                        {a.active ? 'Activa' : 'Inactiva'}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="xs" variant="default" onClick={() => setEditing(a)} aria-label={`Editar a ${name}`}>
                          Editar
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color={a.active ? 'red' : 'green'}
                          onClick={() => setToggling(a)}
                          aria-label={`${a.active ? 'Desactivar' : 'Activar'} a ${name}`}
                        >
                          {a.active ? 'Desactivar' : 'Activar'}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </ListTable>
            <PaginationFooter pages={pages} pageSize={PAGE_SIZE} connection={connection} label="Páginas del registro" />
          </>
        ))}

      <AuthorityFormModal opened={editing !== null} authority={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      <ToggleActiveModal authority={toggling} onClose={() => setToggling(null)} />
    </Stack>
  );
}

function ToggleActiveModal({ authority, onClose }: { authority: AuthorityFieldsFragment | null; onClose: () => void }) {
  const [setActive] = useMutation(SetAuthorityActiveMutation, { refetchQueries: [RegisterQuery] });
  if (!authority) return null;
  const name = `${authority.givenNames} ${authority.familyNames}`;
  const activating = !authority.active;
  return (
    <ConfirmMutation
      title={activating ? '¿Activar a esta autoridad?' : '¿Desactivar a esta autoridad?'}
      confirmLabel={activating ? 'Activar' : 'Desactivar'}
      color={activating ? 'green' : 'red'}
      success={{ title: activating ? 'Autoridad activada' : 'Autoridad desactivada', message: name }}
      onConfirm={() => setActive({ variables: { id: authority.id, active: activating } })}
      onClose={onClose}
    >
      <Text size="sm">
        {activating
          ? `${name} volverá a aparecer en las búsquedas y podrá registrarse como participante.`
          : `${name} dejará de aparecer en las búsquedas y no podrá registrarse como participante (p. ej. porque terminó su cargo). Sus participaciones ya registradas se conservan.`}
      </Text>
    </ConfirmMutation>
  );
}
