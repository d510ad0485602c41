import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Divider, Select, SimpleGrid, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { EXECUTION_KINDS, EXECUTION_KIND_LABELS, MODALITIES, MODALITY_LABELS, type ExecutionKind, type Modality, type Outcome } from '@gj/domain';
import { ActivityDetailQuery } from '../activities/operations';
import { inLockedMonth } from '@gj/domain';
import { monthOfYear } from '../cycle/status';
import { DATE_DISPLAY_FORMAT, parseDateInput } from '../lib/dates';
import { FormFooter } from '../components/FormFooter';
import { FormModal, useUnsavedChanges } from '../components/UnsavedChanges';
import { errorCode, errorFields, isSessionExpired, saveErrorMessage, userMessage } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/formFocus';
import { AuthorityPicker } from './AuthorityPicker';
import {
  EMPTY_EXECUTION,
  toInput,
  validateExecution,
  valuesOf,
  type ExecutionDetails,
  type ExecutionFormErrors,
  type ExecutionFormValues,
} from './executionForm';
import { CreateExecutionMutation, ExecutionCurrentQuery, UpdateExecutionMutation } from './operations';
import { ParticipantTable, type ParticipantRow } from './ParticipantTable';

export interface EditableExecution extends ExecutionDetails {
  id: number;
  version: number;
}

/**
 * Records a new execution (with its participants, picked from the register) or edits one.
 * Edits send the version that was read; if someone else saved in between, the API answers
 * CONFLICT and the form reloads what is there now.
 */
export function ExecutionFormModal({
  opened,
  onClose,
  activity,
  execution,
  outcomes,
  initialOutcome,
  canReadRegister,
  lockedMonths,
}: {
  opened: boolean;
  onClose: () => void;
  activity: { code: string; year: number; name: string };
  /** Null to create a new execution. */
  execution: EditableExecution | null;
  outcomes: readonly Outcome[];
  initialOutcome: Outcome | null;
  canReadRegister: boolean;
  /** Approved months: the API refuses changes to their executions. */
  lockedMonths?: ReadonlySet<number>;
}) {
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      size="xl"
      title={
        <Title order={2} size="h4" component="span">
          {execution ? 'Editar ejecución' : 'Registrar ejecución'} · Actividad {activity.code}
        </Title>
      }
    >
      {opened && (
        <ExecutionForm
          key={execution?.id ?? 'new'}
          activity={activity}
          execution={execution}
          outcomes={outcomes}
          initialOutcome={initialOutcome}
          canReadRegister={canReadRegister}
          lockedMonths={lockedMonths ?? NO_MONTHS}
          onDone={onClose}
        />
      )}
    </FormModal>
  );
}

const NO_MONTHS: ReadonlySet<number> = new Set();

function ExecutionForm({
  activity,
  execution,
  outcomes,
  initialOutcome,
  canReadRegister,
  lockedMonths,
  onDone,
}: {
  activity: { code: string; year: number; name: string };
  execution: EditableExecution | null;
  outcomes: readonly Outcome[];
  initialOutcome: Outcome | null;
  canReadRegister: boolean;
  lockedMonths: ReadonlySet<number>;
  onDone: () => void;
}) {
  const client = useApolloClient();
  const [loaded, setLoaded] = useState<ExecutionFormValues>(execution ? valuesOf(execution) : EMPTY_EXECUTION);
  const [values, setValues] = useState<ExecutionFormValues>(loaded);
  const [version, setVersion] = useState(execution?.version ?? 0);
  const [errors, setErrors] = useState<ExecutionFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [participants, setParticipants] = useState<ParticipantRow[]>([]);
  const refetchQueries = [ActivityDetailQuery];
  const [create, createState] = useMutation(CreateExecutionMutation, { refetchQueries, awaitRefetchQueries: true });
  const [update, updateState] = useMutation(UpdateExecutionMutation, { refetchQueries, awaitRefetchQueries: true });
  const saving = createState.loading || updateState.loading;
  const { formRef, showInvalid } = useFocusFirstInvalid();
  const leave = useUnsavedChanges(participants.length > 0 || JSON.stringify(values) !== JSON.stringify(loaded));

  const set = <K extends keyof ExecutionFormValues>(key: K, value: ExecutionFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  // Executions of an approved month (where it is, or where it would move to) cannot be saved.
  const lockedMonth = [execution?.date, values.date].find((d) => inLockedMonth(d, activity.year, lockedMonths));

  /**
   * CONFLICT means either that someone else saved first (the version moved on) or that the month is
   * approved and locked (the version is the same): only the first reloads the form.
   */
  async function handleConflict(id: number, error: unknown) {
    try {
      const { data } = await client.query({ query: ExecutionCurrentQuery, variables: { id }, fetchPolicy: 'network-only' });
      if (!data?.execution) {
        setFailure('La ejecución ya no existe: otra persona la eliminó.');
        return;
      }
      if (data.execution.version === version) {
        setFailure(userMessage(error));
        return;
      }
      setConflict(userMessage(error));
      setLoaded(valuesOf(data.execution));
      setValues(valuesOf(data.execution));
      setVersion(data.execution.version);
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setConflict(null);
    const found = validateExecution(values, activity.year);
    setErrors(found);
    if (Object.keys(found).length > 0) return showInvalid();
    try {
      if (execution) {
        await update({ variables: { id: execution.id, version, input: toInput(values) } });
        notifications.show({ color: 'green', title: 'Cambios guardados', message: `Se actualizó «${values.title.trim()}».` });
      } else {
        await create({
          variables: {
            activityCode: activity.code,
            year: activity.year,
            input: toInput(values),
            participants: participants.map((p) => ({ authorityId: p.authority.id, outcome: p.outcome })),
          },
        });
        notifications.show({
          color: 'green',
          title: 'Ejecución registrada',
          message:
            participants.length > 0
              ? `Se registró «${values.title.trim()}» con ${participants.length} participantes.`
              : `Se registró «${values.title.trim()}».`,
        });
      }
      leave.release();
      onDone();
    } catch (e) {
      if (isSessionExpired(e)) {
        // The re-sign-in dialog opens over the form (and takes the focus); nothing typed is lost.
        setFailure(saveErrorMessage(e));
        return;
      }
      if (execution && errorCode(e) === 'CONFLICT') {
        await handleConflict(execution.id, e);
      } else {
        setFailure(userMessage(e));
        // Where the API names a field, its message goes under that field too.
        setErrors((current) => ({ ...current, ...errorFields(e) }));
      }
      showInvalid();
    }
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate aria-label={execution ? 'Editar ejecución' : 'Registrar ejecución'}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {activity.name}
        </Text>
        {lockedMonth && !failure && (
          <Alert color="yellow" title="Mes aprobado" data-testid="locked-month-warning">
            El reporte de {monthOfYear(activity.year, Number(lockedMonth.slice(5, 7)))} está aprobado: las ejecuciones de ese mes no se pueden registrar,
            modificar ni eliminar hasta que la coordinación lo reabra.
          </Alert>
        )}
        <TextInput
          label="Título"
          description="p. ej. «Taller virtual – primera edición»"
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
          data-autofocus
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Tipo"
            required
            data={EXECUTION_KINDS.map((k) => ({ value: k, label: EXECUTION_KIND_LABELS[k] }))}
            value={values.kind}
            onChange={(v) => set('kind', v as ExecutionKind | null)}
            error={errors.kind}
          />
          <DateInput
            label="Fecha"
            required
            value={values.date}
            onChange={(v) => set('date', v)}
            // No minDate/maxDate: Mantine would drop a typed date outside them without a word. The
            // date is kept and the year rule says what is wrong; the calendar only offers the plan's days.
            onBlur={() => values.date && setErrors((e) => ({ ...e, date: validateExecution(values, activity.year).date }))}
            getDayProps={(day) => ({ disabled: !day.startsWith(`${activity.year}-`) })}
            valueFormat={DATE_DISPLAY_FORMAT}
            dateParser={parseDateInput}
            placeholder="dd/mm/aaaa"
            defaultDate={`${activity.year}-01-01`}
            error={errors.date}
          />
          <Select
            label="Modalidad"
            required
            data={MODALITIES.map((m) => ({ value: m, label: MODALITY_LABELS[m] }))}
            value={values.modality}
            onChange={(v) => set('modality', v as Modality | null)}
            error={errors.modality}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Lugar"
            description="Ciudad, sede o plataforma"
            value={values.place}
            onChange={(e) => set('place', e.currentTarget.value)}
            error={errors.place}
          />
          <TextInput
            label="Enlace de evidencia"
            description="Acta, lista de asistencia o publicación"
            type="url"
            placeholder="https://"
            value={values.evidenceUrl}
            onChange={(e) => set('evidenceUrl', e.currentTarget.value)}
            error={errors.evidenceUrl}
          />
        </SimpleGrid>
        <Textarea
          label="Notas"
          autosize
          minRows={2}
          maxRows={6}
          value={values.notes}
          onChange={(e) => set('notes', e.currentTarget.value)}
          error={errors.notes}
        />

        {!execution && canReadRegister && (
          <Stack gap="sm">
            <Divider label="Participantes (opcional)" labelPosition="left" />
            <Text size="sm" c="dimmed">
              Busque a las participantes en el registro de mujeres autoridades. También puede agregarlas después, o importarlas desde un archivo.
            </Text>
            <AuthorityPicker
              outcomes={outcomes}
              initialOutcome={initialOutcome}
              alreadyAdded={new Set(participants.map((p) => p.authority.id))}
              activity={activity}
              onAdd={(authority, outcome) => setParticipants((rows) => [...rows, { authority, outcome }])}
            />
            <Text size="sm" fw={600}>
              {participants.length === 1 ? '1 participante seleccionada' : `${participants.length} participantes seleccionadas`}
            </Text>
            <ParticipantTable
              rows={participants}
              outcomes={outcomes}
              onOutcomeChange={(id, outcome) => setParticipants((rows) => rows.map((r) => (r.authority.id === id ? { ...r, outcome } : r)))}
              onRemove={(id) => setParticipants((rows) => rows.filter((r) => r.authority.id !== id))}
            />
          </Stack>
        )}

        <FormFooter
          failure={
            conflict
              ? {
                  title: 'Otra persona modificó esta ejecución',
                  color: 'yellow',
                  message: `${conflict} Se cargaron los datos actuales: revise y vuelva a aplicar sus cambios antes de guardar.`,
                }
              : failure
                ? { title: 'No se pudo guardar', message: failure }
                : null
          }
          testId={conflict ? 'conflict-alert' : 'save-failure'}
        >
          <Button variant="default" onClick={() => leave.cancel(onDone)} disabled={saving}>
            Cancelar
          </Button>
          <Button type="submit" loading={saving}>
            {execution ? 'Guardar cambios' : 'Registrar ejecución'}
          </Button>
        </FormFooter>
      </Stack>
      {leave.element}
    </form>
  );
}
