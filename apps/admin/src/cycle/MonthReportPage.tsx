/**
 * /reporte-mensual/:entity/:year/:month — one month of one entity with its content: the
 * activities it speaks of (planned that month, or executed in it), their executions and means of
 * verification, progress at the month's end, the narrative (written here by the focal point, read
 * here by the coordination), the coordination's comments, and every version sent.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import {
  NARRATIVE_FIELDS,
  NARRATIVE_LABELS,
  NARRATIVE_MAX_LENGTH,
  daysInMonth,
  isMonth,
  narrativeProblems,
  type Month,
  type Narrative,
  type NarrativeField,
} from '@gj/domain';
import { Accordion, Alert, Anchor, Badge, Blockquote, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useAuth } from '../auth/AuthContext';
import { FormFooter, type FormFailure } from '../components/FormFooter';
import { NotFoundPage } from '../components/NotFoundPage';
import { PageHeader, PageScaffold } from '../components/PageScaffold';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import { usePageTitle } from '../components/usePageTitle';
import { errorProblems, userMessage } from '../lib/errors';
import { formatDate, formatDateTime, formatInteger, formatPercent } from '../lib/format';
import { useDownload } from '../lib/useDownload';
import {
  ApproveMonthMutation,
  MonthlySubmissionsQuery,
  MonthReportQuery,
  ReopenMonthMutation,
  ReturnMonthMutation,
  SaveMonthNarrativeMutation,
  SubmitMonthMutation,
} from './operations';
import { ReviewPanel, type ActivityComment, type ReviewAction } from './ReviewPanel';
import { monthOfYear } from './status';
import { SubmissionBadge } from './SubmissionBadge';
import type { MonthReportQuery as MonthReportData } from '../gql/graphql';

type Report = NonNullable<MonthReportData['monthReport']>;
type ReportActivity = Report['activities'][number];

const EMPTY: Narrative = { achievements: '', difficulties: '', correctiveActions: '' };
const ACTIONS: Record<string, ReviewAction> = { aprobar: 'approve', devolver: 'return', reabrir: 'reopen' };

/** What the form starts from: the draft, else what was last sent. */
function initialEntries(report: Report): Record<string, Narrative> {
  return Object.fromEntries(
    report.activities.map((a) => {
      const from = a.draft ?? a.sent;
      return [a.activity.code, from ? { achievements: from.achievements, difficulties: from.difficulties, correctiveActions: from.correctiveActions } : EMPTY];
    }),
  );
}

export default function MonthReportPage() {
  const params = useParams();
  const year = Number(params.year);
  const month = Number(params.month);
  const entityCode = (params.entity ?? '').toUpperCase();
  const valid = Number.isInteger(year) && isMonth(month) && /^[A-Z]{2,16}$/.test(entityCode);
  usePageTitle(valid ? `Reporte de ${monthOfYear(year, month, entityCode)}` : 'Reporte mensual');
  const asOf = valid ? `${year}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month as Month)).padStart(2, '0')}` : '';
  const query = useQuery(MonthReportQuery, { variables: { entityCode, year, month, asOf }, skip: !valid });
  if (!valid || (query.data && !query.data.monthReport)) return <NotFoundPage />;
  const report = query.data?.monthReport ?? null;
  const header = (
    <PageHeader
      title={`Reporte de ${monthOfYear(year, month)}`}
      description={report ? `${report.entityName} (${entityCode})` : entityCode}
      action={report ? <SubmissionBadge status={report.status} /> : undefined}
    />
  );
  return (
    <PageScaffold header={header} query={query} loadingLabel="Cargando el reporte del mes…">
      {() => <MonthReportBody key={`${report!.entityCode}-${report!.version}-${report!.status}`} report={report!} />}
    </PageScaffold>
  );
}

function MonthReportBody({ report }: { report: Report }) {
  const { can } = useAuth();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const what = monthOfYear(report.year, report.month, report.entityCode);
  const initial = useMemo(() => initialEntries(report), [report]);
  const [entries, setEntries] = useState(initial);
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [reviewFailure, setReviewFailure] = useState<string | null>(null);
  const dirty = report.editable && JSON.stringify(entries) !== JSON.stringify(initial);
  useUnsavedChanges(dirty);

  const refetch = { refetchQueries: [MonthReportQuery, MonthlySubmissionsQuery], awaitRefetchQueries: true };
  const [save, saving] = useMutation(SaveMonthNarrativeMutation, refetch);
  const [submit, submitting] = useMutation(SubmitMonthMutation, refetch);
  const [approve, approving] = useMutation(ApproveMonthMutation, refetch);
  const [returnMonth, returning] = useMutation(ReturnMonthMutation, refetch);
  const [reopen, reopening] = useMutation(ReopenMonthMutation, refetch);

  const monthActivities = report.activities.map((a) => ({ code: a.activity.code, planned: a.planned, executions: a.executions.length }));
  const narratives = Object.entries(entries).map(([activityCode, n]) => ({ activityCode, ...n }));
  const key = { year: report.year, month: report.month };

  async function saveDraft() {
    setFailure(null);
    const problems = narrativeProblems(monthActivities, narratives, { draft: true });
    if (problems.length > 0) return setFailure({ title: 'Revise el informe', problems });
    try {
      await save({ variables: { ...key, entries: narratives } });
      notifications.show({ color: 'green', title: 'Borrador guardado', message: `Informe de ${what}.` });
    } catch (e) {
      setFailure({ title: 'No se pudo guardar', message: errorProblems(e).length ? null : userMessage(e), problems: errorProblems(e) });
    }
  }

  async function send() {
    setFailure(null);
    const problems = narrativeProblems(monthActivities, narratives);
    if (problems.length > 0) return setFailure({ title: 'Complete el informe antes de enviarlo', problems });
    try {
      await submit({ variables: { ...key, narratives } });
      notifications.show({ color: 'green', title: 'Reporte enviado', message: `Se envió el reporte de ${what} a la coordinación.` });
    } catch (e) {
      setFailure({ title: 'No se pudo enviar', message: errorProblems(e).length ? null : userMessage(e), problems: errorProblems(e) });
    }
  }

  async function decide(action: ReviewAction, comment: string, activityComments: ActivityComment[]) {
    setReviewFailure(null);
    const target = { entityCode: report.entityCode, ...key };
    try {
      if (action === 'approve') await approve({ variables: target });
      else if (action === 'return') await returnMonth({ variables: { ...target, comment: comment || null, activityComments } });
      else await reopen({ variables: { ...target, comment } });
      const done = { approve: 'Reporte aprobado', return: 'Reporte devuelto', reopen: 'Mes reabierto' }[action];
      notifications.show({ color: 'green', title: done, message: `Reporte de ${what}.` });
    } catch (e) {
      setReviewFailure(userMessage(e));
    }
  }

  const returnedComments = report.status === 'RETURNED' ? (report.versions[0]?.comments ?? []) : [];
  const monthComment = report.status === 'RETURNED' ? (returnedComments.find((c) => !c.activityCode)?.comment ?? report.comment) : null;

  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Anchor component={Link} to={can('month:review') ? '/validacion' : '/reporte-mensual'} size="sm">
          ← {can('month:review') ? 'Validación mensual' : 'Reporte mensual'}
        </Anchor>
        {report.version > 0 && (
          <Text size="sm" c="dimmed">
            Enviado {report.version === 1 ? '1 vez' : `${report.version} veces`}
            {report.submittedAt ? `; la última, el ${formatDateTime(report.submittedAt)}${report.submittedBy ? ` por ${report.submittedBy}` : ''}` : ''}.
          </Text>
        )}
      </Group>

      {report.status === 'RETURNED' && (
        <Alert color="orange" title="La coordinación devolvió este reporte" data-testid="returned-notice">
          {monthComment ? `«${monthComment}»` : 'Revise los comentarios de cada actividad.'} Corrija lo indicado y envíelo de nuevo.
        </Alert>
      )}
      {report.activities.length === 0 && (
        <Alert color="blue" title="Nada que informar este mes">
          Ninguna actividad de {report.entityCode} estaba programada ni tuvo ejecuciones en este mes.
          {report.editable ? ' Puede enviar el mes sin informe.' : ''}
        </Alert>
      )}

      {report.activities.map((a) => (
        <ActivityReport
          key={a.activity.code}
          activity={a}
          editable={report.editable}
          value={entries[a.activity.code] ?? EMPTY}
          onChange={(field, text) => setEntries((current) => ({ ...current, [a.activity.code]: { ...(current[a.activity.code] ?? EMPTY), [field]: text } }))}
        />
      ))}

      {report.editable && (
        <FormFooter failure={failure}>
          <Button variant="default" onClick={() => void saveDraft()} loading={saving.loading} disabled={submitting.loading}>
            Guardar borrador
          </Button>
          <Button onClick={() => void send()} loading={submitting.loading} disabled={saving.loading}>
            {report.status === 'RETURNED' ? 'Enviar de nuevo a la coordinación' : 'Enviar a la coordinación'}
          </Button>
        </FormFooter>
      )}

      {can('month:review') && (
        <Card withBorder padding="md" component="section" aria-labelledby="review-heading">
          <Title order={2} size="h4" id="review-heading" mb="sm">
            Revisión de la coordinación
          </Title>
          <ReviewPanel
            key={`${report.status}-${report.version}`}
            submission={report}
            activities={report.activities.map((a) => ({ code: a.activity.code, name: a.activity.name }))}
            initialAction={ACTIONS[search.get('accion') ?? ''] ?? null}
            busy={approving.loading || returning.loading || reopening.loading}
            failure={reviewFailure}
            onDecide={(action, comment, comments) => void decide(action, comment, comments)}
            onCancel={() => void navigate({ search: '' }, { replace: true })}
          />
        </Card>
      )}

      {report.versions.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="versions-heading">
          <Title order={2} size="h4" id="versions-heading">
            Versiones enviadas
          </Title>
          <Accordion variant="separated" multiple={false}>
            {report.versions.map((v) => (
              <Accordion.Item key={v.version} value={String(v.version)}>
                <Accordion.Control>
                  Versión {v.version}
                  {v.entries[0] ? ` · ${formatDateTime(v.entries[0].updatedAt)} · ${v.entries[0].updatedBy}` : ''}
                  {v.comments.length > 0 ? ` · ${v.comments.length === 1 ? '1 comentario' : `${v.comments.length} comentarios`}` : ''}
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    {v.entries.length === 0 && (
                      <Text size="sm" c="dimmed">
                        Sin informe.
                      </Text>
                    )}
                    {v.entries.map((e) => (
                      <Stack key={e.activityCode} gap={2}>
                        <Text size="sm" fw={700}>
                          Actividad {e.activityCode}
                        </Text>
                        {NARRATIVE_FIELDS.filter((f) => e[f]).map((f) => (
                          <Text key={f} size="sm">
                            <Text span fw={600}>
                              {NARRATIVE_LABELS[f]}:
                            </Text>{' '}
                            {e[f]}
                          </Text>
                        ))}
                      </Stack>
                    ))}
                    {v.comments.map((c, i) => (
                      <Blockquote key={i} color="orange" p="xs" fz="sm">
                        <Text span size="xs" fw={700} display="block">
                          {c.activityCode ? `Comentario sobre la actividad ${c.activityCode}` : 'Comentario sobre el mes'} · {c.author} ·{' '}
                          {formatDateTime(c.createdAt)}
                        </Text>
                        {c.comment}
                      </Blockquote>
                    ))}
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}
    </Stack>
  );
}

/** One activity of the month: what happened (executions, files, progress) and what the entity says of it. */
function ActivityReport({
  activity: a,
  editable,
  value,
  onChange,
}: {
  activity: ReportActivity;
  editable: boolean;
  value: Narrative;
  onChange: (field: NarrativeField, text: string) => void;
}) {
  const files = useDownload<number>();
  const required = new Set(a.requiredFields);
  const progress = a.activity.progress;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`activity-${a.activity.code}`} data-activity={a.activity.code}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={2} size="h4" id={`activity-${a.activity.code}`} maw={720}>
            <Anchor component={Link} to={`/actividades/${a.activity.code}`} inherit>
              {a.activity.code}
            </Anchor>{' '}
            {a.activity.name}
          </Title>
          <Group gap={6}>
            <Badge variant="light" color={a.planned ? 'blue' : 'gray'}>
              {a.planned ? 'Programada en el mes' : 'No programada en el mes'}
            </Badge>
            {a.delayed && (
              <Badge variant="light" color="red">
                Sin ejecución en el mes
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          Avance al cierre del mes: {formatPercent(progress.percentOfTarget)} de la meta ({formatInteger(progress.achieved)} de{' '}
          {formatInteger(a.activity.target.value)}
          {a.activity.target.unit === 'PERCENT' ? ' %' : ''}).
        </Text>

        {a.executions.length === 0 ? (
          <Text size="sm" c="dimmed">
            Sin ejecuciones registradas en el mes.
          </Text>
        ) : (
          <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={`Ejecuciones de ${a.activity.code} en el mes`}>
            {a.executions.map((e) => (
              <Stack key={e.id} component="li" gap={2}>
                <Text size="sm">
                  <Text span fw={600}>
                    {formatDate(e.date)}
                  </Text>{' '}
                  · {e.title}
                  {e.place ? ` (${e.place})` : ''} · {e.participantCount === 1 ? '1 participante' : `${formatInteger(e.participantCount)} participantes`}
                  {e.recordedBy.entity ? ` · ${e.recordedBy.entity.shortName}` : ''}
                </Text>
                <Group gap="xs" wrap="wrap">
                  {e.evidence.length === 0 && !e.evidenceUrl && (
                    <Text size="xs" c="orange.9">
                      Sin medios de verificación
                    </Text>
                  )}
                  {e.evidence.map((f) => (
                    <Button
                      key={f.id}
                      size="compact-xs"
                      variant="light"
                      loading={files.busy === f.id}
                      onClick={() => void files.download(f.id, f.downloadPath, f.fileName)}
                      aria-label={`Descargar ${f.fileName}`}
                    >
                      {f.fileName}
                    </Button>
                  ))}
                  {e.evidenceUrl && (
                    <Anchor href={e.evidenceUrl} target="_blank" rel="noopener noreferrer" size="xs">
                      Enlace de sustento
                    </Anchor>
                  )}
                </Group>
              </Stack>
            ))}
          </Stack>
        )}
        {files.failure && (
          <Alert color="red" role="alert" title="No se pudo descargar" withCloseButton onClose={files.clearFailure}>
            {files.failure}
          </Alert>
        )}

        {a.comments.map((c, i) => (
          <Alert key={i} color="orange" variant="light" title={`Comentario de la coordinación (${c.author})`}>
            {c.comment}
          </Alert>
        ))}

        {editable ? (
          <Stack gap="xs">
            {NARRATIVE_FIELDS.map((field) => (
              <Textarea
                key={field}
                label={NARRATIVE_LABELS[field]}
                description={
                  required.has(field)
                    ? field === 'achievements'
                      ? 'Obligatorio: la actividad tiene ejecuciones en el mes.'
                      : 'Obligatorio: la actividad estaba programada y no tiene ejecuciones en el mes.'
                    : undefined
                }
                required={required.has(field)}
                autosize
                minRows={2}
                maxLength={NARRATIVE_MAX_LENGTH}
                value={value[field]}
                onChange={(e) => onChange(field, e.currentTarget.value)}
                rightSection={
                  <Text size="xs" c="dimmed" pr={4}>
                    {value[field].length}/{NARRATIVE_MAX_LENGTH}
                  </Text>
                }
                rightSectionWidth={80}
              />
            ))}
            {a.draft && (
              <Text size="xs" c="dimmed">
                Borrador guardado el {formatDateTime(a.draft.updatedAt)} por {a.draft.updatedBy}.
              </Text>
            )}
          </Stack>
        ) : a.sent ? (
          <Stack gap={4}>
            {NARRATIVE_FIELDS.map((field) => (
              <Text key={field} size="sm">
                <Text span fw={600}>
                  {NARRATIVE_LABELS[field]}:
                </Text>{' '}
                {a.sent![field] || '—'}
              </Text>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Sin informe enviado para este mes.
          </Text>
        )}
      </Stack>
    </Card>
  );
}
