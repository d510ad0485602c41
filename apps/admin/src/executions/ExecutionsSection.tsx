import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  EXECUTION_KIND_LABELS,
  MODALITY_LABELS,
  canEditExecution,
  executionEditRefusal,
  monthLockedMessage,
  type ExecutionKind,
  type IndicatorRule,
  type Modality,
  type Role,
} from '@gj/domain';
import { ActivityDetailQuery } from '../activities/operations';
import { defaultOutcome, outcomesFor } from '../activities/rule';
import { ListTable } from '../components/ListTable';
import { EmptyState } from '../components/States';
import { inLockedMonth } from '@gj/domain';
import { formatDate, formatInteger, monthList, monthName } from '../lib/format';
import type { EvidenceItem } from './evidence';
import { EvidenceDrawer, evidenceButtonLabel } from './EvidenceList';
import { ExecutionFormModal, type EditableExecution } from './ExecutionFormModal';
import { DeleteExecutionMutation } from './operations';
import { ParticipantsDrawer } from './ParticipantsDrawer';
import { ConfirmMutation } from '../components/ConfirmMutation';

export interface ExecutionRow extends EditableExecution {
  participantCount: number;
  entityCode?: string | null;
  /** The entity that recorded it: only it, or the coordination, may change it. */
  recordedBy?: { entity: { code: string; shortName: string } | null } | null;
  /** Its means of verification (files uploaded over /api). */
  evidence?: readonly EvidenceItem[];
}

/** Who is looking, for @gj/domain's canEditExecution. */
export interface ExecutionEditor {
  role: Role;
  entityCode: string | null;
}

/** "Registrada por MIMP", or "No registrado" for an old record without a trace. */
export function recorderLabel(execution: Pick<ExecutionRow, 'recordedBy'>): string {
  const entity = execution.recordedBy?.entity;
  return entity ? `Registrada por ${entity.shortName}` : 'No registrado';
}

const kindLabel = (kind: string) => EXECUTION_KIND_LABELS[kind as ExecutionKind] ?? kind;
const modalityLabel = (modality: string) => MODALITY_LABELS[modality as Modality] ?? modality;

/** The executions recorded for an activity, and the controls to record, edit and delete them. */
export function ExecutionsSection({
  activity,
  executions,
  rule,
  canWrite,
  canReadRegister,
  viewer,
  showRecorder = false,
  lockedMonths = new Set<number>(),
  monthPanel,
  recordRequests,
}: {
  activity: { code: string; year: number; name: string };
  executions: readonly ExecutionRow[];
  rule: IndicatorRule | null;
  canWrite: boolean;
  canReadRegister: boolean;
  /** Who is looking: a focal point changes only what her entity recorded (the API refuses the rest). */
  viewer: ExecutionEditor | null;
  /** Say who recorded each execution (a joint activity's executions come from several entities). */
  showRecorder?: boolean;
  /** Months whose report is approved: their executions cannot be changed (the API refuses it). */
  lockedMonths?: ReadonlySet<number>;
  /** The month's report and its "Enviar mes" action, shown above the list. */
  monthPanel?: ReactNode;
  /**
   * When the page shows «Registrar ejecución» itself (near its header), it counts the clicks here:
   * each one opens the form, and the section shows no button of its own.
   */
  recordRequests?: number;
}) {
  const outcomes = outcomesFor(rule);
  const initialOutcome = defaultOutcome(rule);
  const [editing, setEditing] = useState<EditableExecution | 'new' | null>(null);
  const [participantsOf, setParticipantsOf] = useState<ExecutionRow | null>(null);
  const [deleting, setDeleting] = useState<ExecutionRow | null>(null);
  const [evidenceOf, setEvidenceOf] = useState<number | null>(null);
  const handledRequests = useRef(recordRequests);
  useEffect(() => {
    if (recordRequests === handledRequests.current) return;
    handledRequests.current = recordRequests;
    setEditing('new');
  }, [recordRequests]);
  const editable = (e: ExecutionRow) => canWrite && canEditExecution(viewer, { entityCode: e.entityCode ?? null });
  const locked = (e: ExecutionRow) => inLockedMonth(e.date, activity.year, lockedMonths);
  /** Why the viewer may not add or delete files of this execution (null when she may, or cannot write at all). */
  const evidenceRefusal = (e: ExecutionRow): string | null => {
    if (!canWrite) return null;
    if (!editable(e)) return executionEditRefusal(viewer, { entityCode: e.entityCode ?? null }, e.recordedBy?.entity?.shortName ?? null);
    return locked(e) ? monthLockedMessage(`${monthName(Number(e.date.slice(5, 7)))} de ${activity.year}`) : null;
  };
  const sorted = [...executions].sort((a, b) => b.date.localeCompare(a.date) || b.id - a.id);
  const lockedShown = [...new Set(sorted.filter((e) => inLockedMonth(e.date, activity.year, lockedMonths)).map((e) => Number(e.date.slice(5, 7))))].sort(
    (a, b) => a - b,
  );
  // Looked up on every render: the drawer follows the cached execution after an upload or a deletion.
  const evidenceExecution = evidenceOf === null ? null : (executions.find((e) => e.id === evidenceOf) ?? null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="executions-heading">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} id="executions-heading">
            Ejecuciones
          </Title>
          <Text size="sm" c="dimmed">
            Eventos, ediciones de cursos, asistencias técnicas y acciones de difusión registradas para esta actividad.
          </Text>
        </div>
        {canWrite && recordRequests === undefined && <Button onClick={() => setEditing('new')}>Registrar ejecución</Button>}
      </Group>

      {monthPanel}
      {canWrite && lockedShown.length > 0 && (
        <Alert color="green" variant="light" title={lockedShown.length === 1 ? 'Mes aprobado' : 'Meses aprobados'} data-testid="locked-months">
          El reporte de {monthList(lockedShown)} está aprobado: sus ejecuciones (marcadas «Mes aprobado») no se pueden registrar, modificar ni eliminar. Para
          corregirlas, solicite a la coordinación que reabra el mes.
        </Alert>
      )}

      {sorted.length === 0 ? (
        <EmptyState title="Aún no hay ejecuciones registradas">
          {canWrite ? 'Use «Registrar ejecución» para anotar la primera.' : 'Las ejecuciones aparecerán aquí cuando la entidad responsable las registre.'}
        </EmptyState>
      ) : (
        <ListTable
          label="Ejecuciones registradas"
          testId="executions-table"
          minWidth={720}
          columns={['Fecha', 'Título', 'Tipo y modalidad', { label: 'Participantes', align: 'right' }, 'Acciones']}
        >
          {sorted.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(e.date)}
                {inLockedMonth(e.date, activity.year, lockedMonths) && (
                  <Badge display="block" mt={4} size="xs" color="green" variant="light" title="El reporte del mes está aprobado: no se puede modificar">
                    Mes aprobado
                  </Badge>
                )}
              </Table.Td>
              <Table.Td miw={200}>
                <Text size="sm" fw={500}>
                  {e.title}
                </Text>
                {(showRecorder || !e.recordedBy?.entity) && (
                  <Text size="xs" c="dimmed" data-testid="recorded-by">
                    {recorderLabel(e)}
                  </Text>
                )}
                {(e.place || e.evidenceUrl) && (
                  <Text size="xs" c="dimmed">
                    {e.place}
                    {e.place && e.evidenceUrl && ' · '}
                    {e.evidenceUrl && (
                      <Anchor href={e.evidenceUrl} target="_blank" rel="noopener noreferrer" size="xs">
                        Evidencia
                      </Anchor>
                    )}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {kindLabel(e.kind)}
                <Text size="xs" c="dimmed">
                  {modalityLabel(e.modality)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{formatInteger(e.participantCount)}</Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {canReadRegister && (
                    <Button size="xs" variant="light" onClick={() => setParticipantsOf(e)} aria-label={`Participantes de «${e.title}»`}>
                      Participantes
                    </Button>
                  )}
                  <Button
                    size="xs"
                    variant="light"
                    color="gray"
                    onClick={() => setEvidenceOf(e.id)}
                    aria-label={`${evidenceButtonLabel(e.evidence?.length)}: medios de verificación de «${e.title}»`}
                    data-testid="evidence-button"
                  >
                    {evidenceButtonLabel(e.evidence?.length)}
                  </Button>
                  {editable(e) && (
                    <>
                      <Button size="xs" variant="default" onClick={() => setEditing(e)} aria-label={`Editar «${e.title}»`}>
                        Editar
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(e)} aria-label={`Eliminar «${e.title}»`}>
                        Eliminar
                      </Button>
                    </>
                  )}
                </Group>
                {canWrite && !editable(e) && (
                  <Text size="xs" c="dimmed" mt={4} maw={260}>
                    {executionEditRefusal(viewer, { entityCode: e.entityCode ?? null }, e.recordedBy?.entity?.shortName ?? null)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </ListTable>
      )}

      <ExecutionFormModal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        activity={activity}
        execution={editing === 'new' ? null : editing}
        outcomes={outcomes}
        initialOutcome={initialOutcome}
        canReadRegister={canReadRegister}
        lockedMonths={lockedMonths}
      />
      <ParticipantsDrawer
        execution={participantsOf}
        onClose={() => setParticipantsOf(null)}
        outcomes={outcomes}
        initialOutcome={initialOutcome}
        canWrite={participantsOf !== null && editable(participantsOf)}
      />
      <EvidenceDrawer
        execution={evidenceExecution}
        onClose={() => setEvidenceOf(null)}
        canManage={evidenceExecution !== null && canWrite && editable(evidenceExecution) && !locked(evidenceExecution)}
        refusal={evidenceExecution && evidenceRefusal(evidenceExecution)}
      />
      <DeleteExecutionModal execution={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}

function DeleteExecutionModal({ execution, onClose }: { execution: ExecutionRow | null; onClose: () => void }) {
  const [remove] = useMutation(DeleteExecutionMutation, { refetchQueries: [ActivityDetailQuery], awaitRefetchQueries: true });
  if (!execution) return null;
  return (
    <ConfirmMutation
      title="¿Eliminar la ejecución?"
      confirmLabel="Eliminar"
      failureTitle="No se pudo eliminar"
      success={{ title: 'Ejecución eliminada', message: `Se eliminó «${execution.title}».` }}
      onConfirm={() => remove({ variables: { id: execution.id } })}
      onClose={onClose}
    >
      <Text size="sm">
        Se eliminará «{execution.title}» del {formatDate(execution.date)}
        {execution.participantCount > 0 &&
          `, con ${execution.participantCount === 1 ? 'su participante' : `sus ${formatInteger(execution.participantCount)} participantes`}`}
        . El avance de la actividad se recalculará. Esta acción no se puede deshacer.
      </Text>
    </ConfirmMutation>
  );
}
