/** /planes/:year — a plan-year's editor (lazy route, `plan:manage`): a draft is edited, a plan in force reprogrammed. */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Breadcrumbs, Button, Group, List, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfirmMutation } from '../components/ConfirmMutation';
import { FormModal } from '../components/UnsavedChanges';
import { NotFoundPage } from '../components/NotFoundPage';
import { queryPending } from '../components/PageScaffold';
import { EmptyState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import type { PlanActivityFieldsFragment, PlanFieldsFragment, UnitFieldsFragment } from '../gql/graphql';
import { formatDateTime, formatInteger } from '../lib/format';
import { useDownload } from '../lib/useDownload';
import { ActivityForm } from './ActivityForm';
import {
  ActivityReprogrammingsQuery,
  DeletePlanActivityMutation,
  PlanEditorQuery,
  ReprogramActivityMutation,
  SavePlanActivityMutation,
  UpdatePlanMutation,
} from './operations';
import { PlanActivitiesTable, type PlanMode } from './PlanActivitiesTable';
import { ClosePlanDialog, PlanStatusBadge, PublishPlanDialog, planSheetName, planSheetUrl } from './PlanActions';
import { activityValues, emptyActivity, knownRule } from './planActivityForm';
import { PlanHeaderForm } from './PlanHeaderForm';
import { citedFootnotes, headerValues } from './planHeaderForm';
import { ReprogramForm } from './ReprogramForm';
import { ReprogrammingHistory } from './ReprogrammingHistory';

type Editing = { kind: 'new' } | { kind: 'edit'; activity: PlanActivityFieldsFragment };

const MODE: Record<PlanFieldsFragment['status'], PlanMode> = { DRAFT: 'edit', IN_FORCE: 'reprogram', CLOSED: 'read' };

export default function PlanEditorPage() {
  const { year: param = '' } = useParams();
  const valid = /^\d{4}$/.test(param);
  const year = Number(param);
  usePageTitle(`Plan de trabajo ${param}`);
  const query = useQuery(PlanEditorQuery, { variables: { year }, skip: !valid });
  const [tab, setTab] = useState<string | null>('actividades');
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<PlanActivityFieldsFragment | null>(null);
  const [reprogramming, setReprogramming] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [closing, setClosing] = useState(false);
  const sheet = useDownload<'xlsx'>();
  const [updatePlan] = useMutation(UpdatePlanMutation, { refetchQueries: [PlanEditorQuery], awaitRefetchQueries: true });

  if (!valid) return <NotFoundPage what={`el plan «${param}»`} />;
  const pending = queryPending(query, 'Cargando el plan…');
  if (pending) return pending;
  const plan = query.data?.plan;
  if (!plan) return <NotFoundPage what={`el plan ${year}`} />;
  const activities = query.data?.activities ?? [];
  const units = query.data?.units ?? [];
  const mode = MODE[plan.status];
  const reprogrammed = activities.find((a) => a.code === reprogramming) ?? null;

  return (
    <Stack gap="lg">
      <Breadcrumbs aria-label="Ruta de navegación">
        <Anchor component={Link} to="/planes" size="sm">
          Planes de trabajo
        </Anchor>
        <Text size="sm">Plan {year}</Text>
      </Breadcrumbs>
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={4} maw={760}>
          <Group gap="sm">
            <Title order={1}>Plan de Trabajo {year}</Title>
            <PlanStatusBadge status={plan.status} />
          </Group>
          <Text c="dimmed">{plan.title}</Text>
          <Text size="xs" c="dimmed">
            {plan.publishedAt ? `Publicado el ${formatDateTime(plan.publishedAt)}` : 'Sin publicar'}
            {plan.closedAt ? ` · cerrado el ${formatDateTime(plan.closedAt)}` : ''} · {formatInteger(activities.length)} actividades
          </Text>
        </Stack>
        <Group gap="xs">
          <Button variant="default" onClick={() => void sheet.download('xlsx', planSheetUrl(year), planSheetName(year))} loading={sheet.busy === 'xlsx'}>
            Descargar Excel
          </Button>
          {plan.status === 'DRAFT' && (
            <Button color="green" onClick={() => setPublishing(true)}>
              Publicar
            </Button>
          )}
          {plan.status === 'IN_FORCE' && (
            <Button variant="light" color="red" onClick={() => setClosing(true)}>
              Cerrar el plan
            </Button>
          )}
        </Group>
      </Group>
      {sheet.failure && (
        <Alert color="red" role="alert" title="No se pudo descargar el plan" withCloseButton onClose={sheet.clearFailure}>
          {sheet.failure}
        </Alert>
      )}
      <StatusNote plan={plan} />

      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="actividades">Actividades ({formatInteger(activities.length)})</Tabs.Tab>
          <Tabs.Tab value="encabezado">Encabezado y objetivos</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="actividades" pt="md">
          <Stack gap="sm">
            {mode === 'edit' && (
              <Group justify="space-between">
                <Text size="sm" c="dimmed">
                  {plan.objectives.length === 0
                    ? 'Agregue primero los objetivos específicos (pestaña «Encabezado y objetivos»).'
                    : 'Cada actividad pertenece a un objetivo específico.'}
                </Text>
                <Button onClick={() => setEditing({ kind: 'new' })} disabled={plan.objectives.length === 0}>
                  Nueva actividad
                </Button>
              </Group>
            )}
            {activities.length === 0 ? (
              <EmptyState title="El plan no tiene actividades">
                {mode === 'edit' ? 'Agréguelas una por una o importe la hoja de cálculo del plan.' : undefined}
              </EmptyState>
            ) : (
              <PlanActivitiesTable
                year={year}
                activities={activities}
                mode={mode}
                onEdit={(activity) => setEditing({ kind: 'edit', activity })}
                onDelete={setDeleting}
                onReprogram={(a) => setReprogramming(a.code)}
              />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="encabezado" pt="md">
          {plan.status === 'DRAFT' ? (
            <PlanHeaderForm
              key={`${plan.title}|${plan.objectives.length}`}
              year={year}
              initial={headerValues(plan, citedFootnotes(activities))}
              onSubmit={async (input) => {
                await updatePlan({ variables: { year, input } });
                notifications.show({ color: 'green', title: 'Encabezado guardado', message: `Plan ${year}` });
              }}
            />
          ) : (
            <PlanHeaderView plan={plan} />
          )}
        </Tabs.Panel>
      </Tabs>

      {editing && <ActivityModal year={year} plan={plan} activities={activities} units={units} editing={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteActivityDialog year={year} activity={deleting} onClose={() => setDeleting(null)} />}
      {reprogrammed && (
        <ReprogramModal year={year} activity={reprogrammed} units={units} canReprogram={mode === 'reprogram'} onClose={() => setReprogramming(null)} />
      )}
      {publishing && <PublishPlanDialog year={year} onClose={() => setPublishing(false)} />}
      {closing && <ClosePlanDialog year={year} onClose={() => setClosing(false)} />}
    </Stack>
  );
}

/** What the plan's status means for whoever edits it. */
function StatusNote({ plan }: { plan: PlanFieldsFragment }) {
  switch (plan.status) {
    case 'DRAFT':
      return (
        <Alert color="yellow" title="Borrador" data-testid="plan-status-note">
          Solo la coordinación lo ve. Edite sus actividades y su encabezado, o importe la hoja de cálculo; al publicarlo, las entidades lo ven y registran sus
          ejecuciones.
        </Alert>
      );
    case 'IN_FORCE':
      return (
        <Alert color="green" title="Vigente: solo se reprograma" data-testid="plan-status-note">
          Las actividades ya no se editan. Para cambiar una meta, sus meses o sus responsables, use «Reprogramar», con el documento que lo aprueba y la fecha
          desde la que rige.
        </Alert>
      );
    case 'CLOSED':
      return (
        <Alert color="gray" title="Cerrado: solo lectura" data-testid="plan-status-note">
          El plan ya no admite cambios; sus cifras y reportes siguen disponibles.
        </Alert>
      );
  }
}

function PlanHeaderView({ plan }: { plan: PlanFieldsFragment }) {
  return (
    <Stack gap="sm" maw={900}>
      <Text size="sm">
        <strong>Base legal:</strong> {plan.legalBasis || '—'}
      </Text>
      <Text size="sm">
        <strong>Objetivo operativo general:</strong> {plan.generalObjective || '—'}
      </Text>
      <Title order={3} size="h5">
        Objetivos específicos
      </Title>
      <List size="sm" spacing={4}>
        {plan.objectives.map((o) => (
          <List.Item key={o.code}>
            <strong>{o.code}.</strong> {o.name}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** A modal that fills a phone's screen: long forms read better that way. */
function useFullScreenOnPhones(): boolean {
  return useMediaQuery('(max-width: 48em)') ?? false;
}

function ActivityModal({
  year,
  plan,
  activities,
  units,
  editing,
  onClose,
}: {
  year: number;
  plan: PlanFieldsFragment;
  activities: readonly PlanActivityFieldsFragment[];
  units: readonly UnitFieldsFragment[];
  editing: Editing;
  onClose: () => void;
}) {
  const fullScreen = useFullScreenOnPhones();
  const [save] = useMutation(SavePlanActivityMutation, { refetchQueries: [PlanEditorQuery], awaitRefetchQueries: true });
  const activity = editing.kind === 'edit' ? editing.activity : null;
  const known = activity ? knownRule(year, activity.code) : null;
  const initial = activity ? activityValues(activity, known?.rule ?? null) : emptyActivity(plan.objectives[0]?.code ?? null);
  const ruleNotice = !activity
    ? null
    : !known
      ? 'La plataforma aún no puede leer la regla guardada de esta actividad: elíjala de nuevo antes de guardar.'
      : known.assumed
        ? `La plataforma aún no puede leer la regla guardada de esta actividad: se muestra la de la actividad ${activity.code} del plan ${known.fromYear}, de donde suele copiarse. Verifíquela antes de guardar.`
        : null;
  return (
    <FormModal
      opened
      onClose={onClose}
      size="xl"
      fullScreen={fullScreen}
      title={<Text fw={700}>{activity ? `Actividad ${activity.code}` : 'Nueva actividad'}</Text>}
    >
      <ActivityForm
        initial={initial}
        isNew={!activity}
        units={units}
        context={{
          plan: { year, title: plan.title, legalBasis: plan.legalBasis, generalObjective: plan.generalObjective, objectives: plan.objectives },
          unitCodes: new Set(units.map((u) => u.code)),
          otherCodes: activities.filter((a) => a.code !== activity?.code).map((a) => a.code),
        }}
        ruleNotice={ruleNotice}
        knownFootnotes={citedFootnotes(activities)}
        onSubmit={async (input) => {
          await save({ variables: { year, input } });
          notifications.show({ color: 'green', title: activity ? 'Actividad guardada' : 'Actividad agregada', message: `${input.code} · plan ${year}` });
          onClose();
        }}
        onCancel={onClose}
      />
    </FormModal>
  );
}

function DeleteActivityDialog({ year, activity, onClose }: { year: number; activity: PlanActivityFieldsFragment; onClose: () => void }) {
  const [remove] = useMutation(DeletePlanActivityMutation, { refetchQueries: [PlanEditorQuery], awaitRefetchQueries: true });
  return (
    <ConfirmMutation
      title={`¿Quitar la actividad ${activity.code}?`}
      confirmLabel="Quitar la actividad"
      failureTitle="No se pudo quitar la actividad"
      success={{ title: 'Actividad quitada', message: `${activity.code} ya no está en el borrador ${year}.` }}
      onConfirm={() => remove({ variables: { year, code: activity.code } })}
      onClose={onClose}
    >
      <Text size="sm">
        «{activity.name}» deja de estar en el borrador del plan {year}. Como el plan no está publicado, no tiene ejecuciones ni reportes que se pierdan.
      </Text>
    </ConfirmMutation>
  );
}

function ReprogramModal({
  year,
  activity,
  units,
  canReprogram,
  onClose,
}: {
  year: number;
  activity: PlanActivityFieldsFragment;
  units: readonly UnitFieldsFragment[];
  canReprogram: boolean;
  onClose: () => void;
}) {
  const fullScreen = useFullScreenOnPhones();
  const [reprogram] = useMutation(ReprogramActivityMutation);
  const history = useQuery(ActivityReprogrammingsQuery, { variables: { year, code: activity.code } });
  return (
    <FormModal
      opened
      onClose={onClose}
      size="lg"
      fullScreen={fullScreen}
      title={<Text fw={700}>{canReprogram ? `Reprogramar la actividad ${activity.code}` : `Actividad ${activity.code}: reprogramaciones`}</Text>}
    >
      <Stack gap="lg">
        <Text size="sm">{activity.name}</Text>
        {canReprogram && (
          <ReprogramForm
            activity={activity}
            year={year}
            units={units}
            onSubmit={async (input) => {
              const { data } = await reprogram({ variables: { year, code: activity.code, input } });
              const latest = data?.reprogramActivity.reprogrammings.at(-1);
              notifications.show({ color: 'green', title: `Actividad ${activity.code} reprogramada`, message: latest?.summary ?? '' });
              onClose();
            }}
            onCancel={onClose}
          />
        )}
        {queryPending(history, 'Cargando las reprogramaciones…') ??
          (history.data?.activity?.reprogrammings.length ? (
            <ReprogrammingHistory items={history.data.activity.reprogrammings} />
          ) : (
            <Text size="sm" c="dimmed">
              La actividad aún no se ha reprogramado.
            </Text>
          ))}
      </Stack>
    </FormModal>
  );
}
