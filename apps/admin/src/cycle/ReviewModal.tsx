import { useMutation } from '@apollo/client/react';
import { CYCLE_STEPS, reviewSteps, type CycleStep } from '@gj/domain';
import { Alert, Button, Divider, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { userMessage } from '../lib/errors';
import { monthName } from '../lib/format';
import { MonthContent } from './MonthContent';
import { ApproveMonthMutation, MonthlySubmissionsQuery, ReopenMonthMutation, ReturnMonthMutation } from './operations';
import { entityShortName, monthOfYear, type Submission } from './status';
import { SubmissionBadge, SubmissionHistory } from './SubmissionBadge';

/** The coordination's steps of the monthly cycle (@gj/domain's CYCLE_STEPS). */
export type ReviewAction = Exclude<CycleStep, 'submit'>;

/**
 * What the coordination sees of one month of one entity, and its decision: approve, return with a
 * comment, or reopen an approved month with a comment. Presentational: the modal does the calls.
 */
export function ReviewPanel({
  submission,
  initialAction = null,
  busy = false,
  failure = null,
  onDecide,
  onCancel,
}: {
  submission: Submission;
  initialAction?: ReviewAction | null;
  busy?: boolean;
  failure?: string | null;
  onDecide: (action: ReviewAction, comment: string) => void;
  onCancel: () => void;
}) {
  const available = reviewSteps(submission.status) as ReviewAction[];
  const [action, setAction] = useState<ReviewAction | null>(initialAction && available.includes(initialAction) ? initialAction : null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState<string | null>(null);
  const entity = entityShortName(submission.entityCode);
  const month = monthName(submission.month);

  function confirm(event: FormEvent) {
    event.preventDefault();
    if (!action) return;
    const required = CYCLE_STEPS[action].commentRequired;
    if (required && comment.trim() === '') {
      setCommentError(required);
      return;
    }
    onDecide(action, comment.trim());
  }

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
                label={action === 'return' ? `Comentario para ${entity}` : 'Motivo de la reapertura'}
                description={
                  action === 'return'
                    ? 'Qué debe corregir o completar la entidad antes de enviarlo de nuevo.'
                    : `El mes volverá a estar abierto para ${entity}, que deberá enviarlo de nuevo.`
                }
                required
                autosize
                minRows={3}
                maxLength={2000}
                value={comment}
                onChange={(e) => {
                  setComment(e.currentTarget.value);
                  setCommentError(null);
                }}
                error={commentError}
                data-autofocus
              />
            )}
            {failure && (
              <Alert color="red" role="alert" title="No se pudo guardar">
                {failure}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel} disabled={busy}>
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

const DONE: Record<ReviewAction, string> = { approve: 'Reporte aprobado', return: 'Reporte devuelto', reopen: 'Mes reabierto' };

/** The review dialog: calls approveMonth, returnMonth or reopenMonth and reports the outcome. */
export function ReviewModal({
  submission,
  initialAction,
  onClose,
}: {
  submission: Submission | null;
  initialAction?: ReviewAction | null;
  onClose: () => void;
}) {
  const [failure, setFailure] = useState<string | null>(null);
  const options = { refetchQueries: [MonthlySubmissionsQuery] };
  const [approve, approving] = useMutation(ApproveMonthMutation, options);
  const [returnMonth, returning] = useMutation(ReturnMonthMutation, options);
  const [reopen, reopening] = useMutation(ReopenMonthMutation, options);
  const close = () => {
    setFailure(null);
    onClose();
  };
  if (!submission) return null;
  const what = monthOfYear(submission.year, submission.month, submission.entityCode);

  async function decide(action: ReviewAction, comment: string) {
    if (!submission) return;
    setFailure(null);
    const key = { entityCode: submission.entityCode, year: submission.year, month: submission.month };
    try {
      if (action === 'approve') await approve({ variables: key });
      else if (action === 'return') await returnMonth({ variables: { ...key, comment } });
      else await reopen({ variables: { ...key, comment } });
      notifications.show({ color: 'green', title: DONE[action], message: `Reporte de ${what}.` });
      close();
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  return (
    <Modal opened onClose={close} title={<Text fw={700}>Reporte de {what}</Text>} size="xl">
      <MonthContent entityCode={submission.entityCode} year={submission.year} month={submission.month} />
      <Divider my="md" />
      <ReviewPanel
        key={`${submission.entityCode}-${submission.month}-${initialAction ?? ''}`}
        submission={submission}
        initialAction={initialAction}
        busy={approving.loading || returning.loading || reopening.loading}
        failure={failure}
        onDecide={(action, comment) => void decide(action, comment)}
        onCancel={close}
      />
    </Modal>
  );
}
