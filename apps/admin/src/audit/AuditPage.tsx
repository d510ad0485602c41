/** /auditoria — the audit trail, read-only (lazy route, `audit:read`). */
import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Select, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { PLANS } from '@gj/domain';
import { useEntities } from '../entities/useEntities';
import { PageHeader, queryPending } from '../components/PageScaffold';
import { PaginationFooter } from '../components/PaginationFooter';
import { EmptyState, ErrorState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import { DATE_DISPLAY_FORMAT, parseDateInput } from '../lib/dates';
import { AuditEntry } from './AuditEntry';
import { AUDIT_ACTION_LABELS } from './labels';
import { AuditTrailQuery } from './operations';
import { useCursorPages } from '../lib/useCursorPages';

export const AUDIT_PAGE_SIZE = 20;

const ACTIVITY_CODES = [...new Set(PLANS.flatMap((p) => p.activities.map((a) => a.code)))];

export default function AuditPage() {
  usePageTitle('Auditoría');
  const { entities } = useEntities();
  const [entityCode, setEntityCode] = useState<string | null>(null);
  const [activityCode, setActivityCode] = useState<string | null>(null);
  const [action, setAction] = useState<string | null>(null);
  const [actor, setActor] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [debouncedActor] = useDebouncedValue(actor.trim(), 400);
  // Any change of filters starts again from the newest entries.
  const pages = useCursorPages([entityCode, activityCode, action, debouncedActor, from, to]);

  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(AuditTrailQuery, {
    variables: { entityCode, activityCode, action, actorEmail: debouncedActor || null, from, to, first: AUDIT_PAGE_SIZE, after: pages.after },
  });
  const data = current ?? previousData;
  const connection = data?.auditTrail;
  const filtered = Boolean(entityCode || activityCode || action || debouncedActor || from || to);
  const clear = () => {
    setEntityCode(null);
    setActivityCode(null);
    setAction(null);
    setActor('');
    setFrom(null);
    setTo(null);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title="Auditoría"
        description={
          <>
            Cada cambio registrado en la plataforma: quién, cuándo, qué y los valores antes y después. Del más reciente al más antiguo; nadie puede modificarlo
            ni eliminarlo.
          </>
        }
      />

      <Paper withBorder p="sm" radius="md">
        <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label="Filtros de la auditoría">
          <Select
            label="Acción"
            placeholder="Todas"
            clearable
            searchable
            data={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))}
            value={action}
            onChange={setAction}
            w={280}
          />
          <Select
            label="Entidad"
            placeholder="Todas"
            clearable
            data={entities.map((e) => ({ value: e.code, label: e.shortName }))}
            value={entityCode}
            onChange={setEntityCode}
            w={150}
          />
          <Select label="Actividad" placeholder="Todas" clearable searchable data={ACTIVITY_CODES} value={activityCode} onChange={setActivityCode} w={120} />
          <TextInput
            label="Persona"
            description="Todo o parte del correo"
            placeholder="p. ej. pcm@ o nombre"
            inputMode="email"
            value={actor}
            onChange={(e) => setActor(e.currentTarget.value)}
            w={230}
          />
          <DateInput
            label="Desde"
            value={from}
            onChange={setFrom}
            valueFormat={DATE_DISPLAY_FORMAT}
            dateParser={parseDateInput}
            placeholder="dd/mm/aaaa"
            clearable
            w={150}
          />
          <DateInput
            label="Hasta"
            value={to}
            onChange={setTo}
            valueFormat={DATE_DISPLAY_FORMAT}
            dateParser={parseDateInput}
            placeholder="dd/mm/aaaa"
            clearable
            w={150}
            minDate={from ?? undefined}
          />
          <Button variant="subtle" onClick={clear} disabled={!filtered && actor === ''}>
            Quitar filtros
          </Button>
        </Group>
      </Paper>

      {queryPending({ data, loading, error, refetch }, 'Cargando la auditoría…') ??
        (!connection || connection.nodes.length === 0 ? (
          <EmptyState title={filtered ? 'Ningún cambio coincide con los filtros' : 'Aún no hay cambios registrados'}>
            {filtered ? 'Cambie o quite los filtros.' : undefined}
          </EmptyState>
        ) : (
          <>
            {error && <ErrorState error={error} onRetry={() => void refetch()} title="No se pudo actualizar la lista" />}
            <Stack gap="sm" data-testid="audit-list">
              {connection.nodes.map((entry) => (
                <AuditEntry key={entry.id} entry={entry} />
              ))}
            </Stack>
            <PaginationFooter
              pages={pages}
              pageSize={AUDIT_PAGE_SIZE}
              connection={connection}
              unit="cambios"
              label="Páginas de la auditoría"
              previousLabel="Más recientes"
              nextLabel="Más antiguos"
            />
          </>
        ))}
    </Stack>
  );
}
