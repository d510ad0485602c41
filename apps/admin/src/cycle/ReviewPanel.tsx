import { CYCLE_STEPS, REVIEW_COMMENT_MAX_LENGTH, reviewSteps, type CycleStep } from '@gj/domain';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { monthName } from '../lib/format';
import { entityShortName, type Submission } from './status';
import { SubmissionBadge, SubmissionHistory } from './SubmissionBadge';

/** The coordination's steps of the monthly cycle (@gj/domain's CYCLE_STEPS). */
export type ReviewAction = Exclude<CycleStep, 'submit'>;

export interface ActivityComment {
  activityCode: string;
  comment: string;
}

/**
 * The coordination's decision on one month of one entity: approve; return with a comment on the
 * month and/or on each activity; or reopen an approved month with a comment. Presentational: the
 * page does the calls.
 */
export function ReviewPanel({
  submission,
  activities = [],
  initialAction = null,
  busy = false,
  failure = null,
  onDecide,
  onCancel,
}: {
  submission: Submission;
  /** The month's activities, for comments per activity when returning. */
  activities?: readonly { code: string; name: string }[];
  initialAction?: ReviewAction | null;
  busy?: boolean;
  failure?: string | null;
  onDecide: (action: ReviewAction, comment: string, activityComments: ActivityComment[]) => void;
  onCancel: () => void;
}) {
  const available = reviewSteps(submission.status) as ReviewAction[];
  const [action, setAction] = useState<ReviewAction | null>(initialAction && available.includes(initialAction) ? initialAction : null);
  const [comment, setComment] = useState('');
  const [perActivity, setPerActivity] = useState<Record<string, string>>({});
  const [commentError, setCommentError] = useState<string | null>(null);
  const entity = entityShortName(submission.entityCode);
  const month = monthName(submission.month);

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!action) return;
    const activityComments =
      action === 'return' ? activities.map((a) => ({ activityCode: a.code, comment: (perActivity[a.code] ?? '').trim() })).filter((c) => c.comment) : [];
    const required = CYCLE_STEPS[action].commentRequired;
    if (required && comment.trim() === '' && activityComments.length === 0) {
      setCommentError(action === 'return' ? 'Indique un comentario para el mes o para alguna actividad.' : required);
      return;
    }
    onDecide(action, comment.trim(), activityComments);
  }

  const cancel = () => {
    setAction(null);
    setCommentError(null);
    onCancel();
  };

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Text size="sm">Estado:</Text>
        <SubmissionBadge status={submission.status} />
      </Group>
      <SubmissionHistory submission={submission} />
      {available.length === 0 && (
        <Text size="sm" c="dimmed">
          {submission.status === 'RETURNED'
            ? `Devuelto a ${entity}: se podrá revisar cuando lo envíe de nuevo.`
            : `${entity} aún no envía este mes: se podrá revisar cuando lo envíe.`}
        </Text>
      )}
      {available.length > 0 && action === null && (
        <Group gap="xs">
          {available.includes('approve') && <Button onClick={() => setAction('approve')}>Aprobar</Button>}
          {available.includes('return') && (
            <Button variant="default" color="orange" onClick={() => setAction('return')}>
              Devolver
            </Button>
          )}
          {available.includes('reopen') && (
            <Button variant="default" color="orange" onClick={() => setAction('reopen')}>
              Reabrir
            </Button>
          )}
        </Group>
      )}
      {action !== null && (
        <form onSubmit={confirm} noValidate aria-label={action === 'approve' ? 'Aprobar el mes' : action === 'return' ? 'Devolver el mes' : 'Reabrir el mes'}>
          <Stack gap="sm">
            {action === 'approve' && (
              <Alert color="green" variant="light" title="Aprobar el reporte">
                Las ejecuciones de {month} de las actividades de {entity} quedarán bloqueadas: nadie podrá registrarlas, modificarlas ni eliminarlas mientras el
                mes esté aprobado (las actividades conjuntas, para ambas entidades).
              </Alert>
            )}
            {action !== 'approve' && (
              <Textarea
                label={action === 'return' ? `Comentario sobre el mes para ${entity}` : 'Motivo de la reapertura'}
                description={
                  action === 'return'
                    ? 'Qué debe corregir o completar la entidad antes de enviarlo de nuevo. Puede comentar también cada actividad.'
                    : `El mes volverá a estar abierto para ${entity}, que deberá enviarlo de nuevo.`
                }
                required={action === 'reopen'}
                autosize
                minRows={2}
                maxLength={REVIEW_COMMENT_MAX_LENGTH}
                value={comment}
                onChange={(e) => {
                  setComment(e.currentTarget.value);
                  setCommentError(null);
                }}
                error={commentError}
                data-autofocus
              />
            )}
            {action === 'return' &&
              activities.map((a) => (
                <Textarea
                  key={a.code}
                  label={`Comentario sobre la actividad ${a.code}`}
                  description={a.name}
                  autosize
                  minRows={1}
                  maxLength={REVIEW_COMMENT_MAX_LENGTH}
                  value={perActivity[a.code] ?? ''}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setPerActivity((current) => ({ ...current, [a.code]: value }));
                    setCommentError(null);
                  }}
                />
              ))}
            {failure && (
              <Alert color="red" role="alert" title="No se pudo guardar">
                {failure}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={cancel} disabled={busy}>
                Cancelar
              </Button>
              <Button type="submit" loading={busy} color={action === 'approve' ? undefined : 'orange'}>
                {action === 'approve' ? 'Confirmar la aprobación' : action === 'return' ? `Devolver a ${entity}` : 'Reabrir el mes'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
