import { Badge, Blockquote, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../lib/format';
import { submissionStyle, type Submission } from './status';

/** The status of a month's report, in words with a symbol (not colour alone). */
export function SubmissionBadge({ status, size = 'md' }: { status: string; size?: 'sm' | 'md' | 'lg' }) {
  const style = submissionStyle(status);
  return (
    <Badge
      color={style.color}
      variant={status === 'DRAFT' ? 'outline' : 'light'}
      size={size}
      data-status={status}
      title={style.description}
      style={{ whiteSpace: 'nowrap', flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      <span aria-hidden>{style.symbol} </span>
      {style.label}
    </Badge>
  );
}

/** Who sent and who reviewed a month, when, and the coordination's comment. */
export function SubmissionHistory({ submission }: { submission: Submission }) {
  const { status, submittedAt, submittedBy, reviewedAt, reviewedBy, comment } = submission;
  const reviewVerb = status === 'APPROVED' ? 'Aprobado' : status === 'RETURNED' ? 'Devuelto' : 'Revisado';
  return (
    <Stack gap={2}>
      {submittedAt && (
        <Text size="xs" c="dimmed">
          Enviado el {formatDateTime(submittedAt)}
          {submittedBy ? ` por ${submittedBy}` : ''}
        </Text>
      )}
      {reviewedAt && status !== 'SUBMITTED' && (
        <Text size="xs" c="dimmed">
          {reviewVerb} el {formatDateTime(reviewedAt)}
          {reviewedBy ? ` por ${reviewedBy}` : ''}
        </Text>
      )}
      {reviewedAt && status === 'SUBMITTED' && (
        <Text size="xs" c="dimmed">
          Revisión anterior el {formatDateTime(reviewedAt)}
          {reviewedBy ? ` por ${reviewedBy}` : ''}
        </Text>
      )}
      {comment && (
        <Blockquote p="xs" mt={4} color={status === 'RETURNED' ? 'orange' : 'gray'} fz="sm" data-testid="submission-comment">
          <Text span size="xs" fw={700} display="block">
            Comentario de la coordinación
          </Text>
          {comment}
        </Blockquote>
      )}
    </Stack>
  );
}
