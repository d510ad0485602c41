/** /entidades — the entities of the strategy and their units (lazy route, `plan:manage`). */
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ListTable } from '../components/ListTable';
import { PageHeader, queryPending } from '../components/PageScaffold';
import { ProblemsAlert, refusalOf, type Refusal } from '../components/ProblemsAlert';
import { EmptyState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { formatInteger } from '../lib/format';
import { CreateEntityMutation, CreateUnitMutation, EntitiesQuery } from './operations';
import { entitySelectData, type EntityOption } from './useEntities';

/** The API's rules for codes, checked first so the person fixes them before sending. */
export const ENTITY_CODE = /^[A-Z][A-Z0-9]{1,15}$/;
export const UNIT_CODE = /^[A-Z][A-Z0-9-]{1,15}$/;

export default function EntitiesPage() {
  usePageTitle('Entidades y unidades');
  const query = useQuery(EntitiesQuery);
  const entities = query.data?.entities ?? [];
  const units = query.data?.units ?? [];
  const [creatingEntity, setCreatingEntity] = useState(false);
  const [creatingUnitFor, setCreatingUnitFor] = useState<string | null | undefined>(undefined);

  return (
    <Stack gap="md">
      <PageHeader
        title="Entidades y unidades"
        description="Las entidades de la estrategia y sus unidades orgánicas: las responsables que un plan puede nombrar. Una entidad nueva (p. ej. el JNE) puede tener su punto focal."
        action={
          <Group gap="xs">
            <Button variant="default" onClick={() => setCreatingUnitFor(null)} disabled={entities.length === 0}>
              Agregar unidad
            </Button>
            <Button onClick={() => setCreatingEntity(true)}>Agregar entidad</Button>
          </Group>
        }
      />
      {queryPending(query, 'Cargando las entidades…') ??
        (entities.length === 0 ? (
          <EmptyState title="No hay entidades" />
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {formatInteger(entities.length)} entidades, {formatInteger(units.filter((u) => !u.isWholeEntity).length)} unidades orgánicas. Cuando el plan
              nombra a una entidad sin unidad, la responsable es la entidad misma.
            </Text>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              {entities.map((e) => {
                const own = units.filter((u) => u.entity.code === e.code && !u.isWholeEntity);
                return (
                  <Paper key={e.code} withBorder p="md" radius="md" component="section" aria-labelledby={`entity-${e.code}`} data-entity={e.code}>
                    <Stack gap="xs">
                      <Group justify="space-between" align="flex-start" gap="xs">
                        <div>
                          <Title order={2} size="h4" id={`entity-${e.code}`}>
                            {e.shortName}{' '}
                            <Badge variant="light" size="sm" tt="none">
                              {e.code}
                            </Badge>
                          </Title>
                          <Text size="sm" c="dimmed">
                            {e.name}
                          </Text>
                        </div>
                        <Button size="xs" variant="subtle" onClick={() => setCreatingUnitFor(e.code)} aria-label={`Agregar unidad a ${e.shortName}`}>
                          Agregar unidad
                        </Button>
                      </Group>
                      {own.length === 0 ? (
                        <Text size="sm" c="dimmed">
                          Sin unidades orgánicas: en los planes responde la entidad.
                        </Text>
                      ) : (
                        <ListTable label={`Unidades de ${e.shortName}`} minWidth={320} columns={['Código', 'Unidad orgánica']} highlightOnHover={false}>
                          {own.map((u) => (
                            <Table.Tr key={u.code} data-unit={u.code}>
                              <Table.Td fw={600}>{u.code}</Table.Td>
                              <Table.Td>{u.name}</Table.Td>
                            </Table.Tr>
                          ))}
                        </ListTable>
                      )}
                    </Stack>
                  </Paper>
                );
              })}
            </SimpleGrid>
          </>
        ))}

      {creatingEntity && <EntityModal onClose={() => setCreatingEntity(false)} />}
      {creatingUnitFor !== undefined && <UnitModal entities={entities} entityCode={creatingUnitFor} onClose={() => setCreatingUnitFor(undefined)} />}
    </Stack>
  );
}

/** A small form in a modal: its fields, the refusal in full, Cancel and the action. */
function FormModal({
  title,
  submitLabel,
  saving,
  refusal,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  submitLabel: string;
  saving: boolean;
  refusal: Refusal | null;
  onSubmit: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>{title}</Text>}>
      <form
        noValidate
        aria-label={title}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <Stack gap="md">
          {children}
          {refusal && <ProblemsAlert title="No se pudo guardar" message={refusal.message} problems={refusal.problems} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={saving}>
              Cancelar
            </Button>
            <Button type="submit" loading={saving}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function entityProblems(code: string, name: string, shortName: string): Partial<Record<'code' | 'name' | 'shortName', string>> {
  const errors: Partial<Record<'code' | 'name' | 'shortName', string>> = {};
  if (!ENTITY_CODE.test(code.trim().toUpperCase())) errors.code = 'De 2 a 16 letras mayúsculas o dígitos, empezando por una letra (p. ej. JNE).';
  if (name.trim().length < 3 || name.trim().length > 200) errors.name = 'Escriba la denominación oficial (de 3 a 200 caracteres).';
  if (shortName.trim().length > 60) errors.shortName = 'Hasta 60 caracteres.';
  return errors;
}

function EntityModal({ onClose }: { onClose: () => void }) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [shortName, setShortName] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The entity selects (accounts, keys) read the same `entities` field of the cache.
  const [create, { loading }] = useMutation(CreateEntityMutation, { refetchQueries: [EntitiesQuery], awaitRefetchQueries: true });
  const errors = tried ? entityProblems(code, name, shortName) : {};
  async function submit() {
    setTried(true);
    setRefusal(null);
    if (Object.keys(entityProblems(code, name, shortName)).length > 0) return;
    try {
      const clean = code.trim().toUpperCase();
      await create({ variables: { code: clean, name: name.trim(), shortName: shortName.trim() || null } });
      notifications.show({ color: 'green', title: 'Entidad agregada', message: `${clean} ya puede tener unidades, actividades y su punto focal.` });
      onClose();
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }
  return (
    <FormModal title="Agregar entidad" submitLabel="Agregar entidad" saving={loading} refusal={refusal} onSubmit={() => void submit()} onClose={onClose}>
      <TextInput
        label="Código"
        required
        placeholder="JNE"
        description="Siglas: letras mayúsculas o dígitos"
        value={code}
        onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
        error={errors.code}
        data-autofocus
      />
      <TextInput
        label="Denominación oficial"
        required
        placeholder="Jurado Nacional de Elecciones"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.name}
      />
      <TextInput
        label="Nombre corto"
        description="Como la nombran las personas; sin escribirlo, el código"
        value={shortName}
        onChange={(e) => setShortName(e.currentTarget.value)}
        error={errors.shortName}
      />
    </FormModal>
  );
}

export function unitProblems(entityCode: string | null, code: string, name: string): Partial<Record<'entityCode' | 'code' | 'name', string>> {
  const errors: Partial<Record<'entityCode' | 'code' | 'name', string>> = {};
  if (!entityCode) errors.entityCode = 'Elija la entidad.';
  if (!UNIT_CODE.test(code.trim().toUpperCase())) errors.code = 'De 2 a 16 letras mayúsculas, dígitos o guiones (p. ej. DNEF).';
  if (name.trim().length < 3 || name.trim().length > 300) errors.name = 'Escriba el nombre de la unidad (de 3 a 300 caracteres).';
  return errors;
}

function UnitModal({ entities, entityCode: initialEntity, onClose }: { entities: readonly EntityOption[]; entityCode: string | null; onClose: () => void }) {
  const [entityCode, setEntityCode] = useState<string | null>(initialEntity);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  // The plan editor's unit selects read the same `units` field of the cache.
  const [create, { loading }] = useMutation(CreateUnitMutation, { refetchQueries: [EntitiesQuery], awaitRefetchQueries: true });
  const errors = tried ? unitProblems(entityCode, code, name) : {};
  async function submit() {
    setTried(true);
    setRefusal(null);
    if (!entityCode || Object.keys(unitProblems(entityCode, code, name)).length > 0) return;
    try {
      const clean = code.trim().toUpperCase();
      await create({ variables: { entityCode, code: clean, name: name.trim() } });
      notifications.show({ color: 'green', title: 'Unidad agregada', message: `${clean} puede ser responsable de actividades de los planes.` });
      onClose();
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }
  return (
    <FormModal title="Agregar unidad orgánica" submitLabel="Agregar unidad" saving={loading} refusal={refusal} onSubmit={() => void submit()} onClose={onClose}>
      <Select
        label="Entidad"
        required
        data={entitySelectData(entities)}
        value={entityCode}
        onChange={setEntityCode}
        error={errors.entityCode}
        comboboxProps={{ position: 'bottom-start' }}
      />
      <TextInput
        label="Código"
        required
        placeholder="DNEF"
        description="Siglas: mayúsculas, dígitos o guiones"
        value={code}
        onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
        error={errors.code}
        data-autofocus
      />
      <TextInput label="Nombre" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name} />
    </FormModal>
  );
}
