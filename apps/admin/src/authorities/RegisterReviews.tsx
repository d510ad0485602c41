import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import type { RegisterReviewsQuery as RegisterReviewsData } from '../gql/graphql';
import { userMessage } from '../lib/errors';
import { formatDateTime, formatInteger } from '../lib/format';
import { AuthorityFacts } from './DuplicatesReview';
import { AuthorityQuery, RegisterQuery, RegisterReviewsQuery, ResolveRegisterReviewMutation } from './operations';

type Review = RegisterReviewsData['registerReviews'][number];

const REASONS: Record<Review['reason'], string> = {
  IDENTITY_MISMATCH: 'El DNI es de otra persona',
  APPROVED_FIGURES: 'Cambiaría cifras de meses aprobados',
};

function ReviewCard({ review }: { review: Review }) {
  const [failure, setFailure] = useState<string | null>(null);
  const current = useQuery(AuthorityQuery, { variables: { id: review.authorityId } });
  const [resolve, { loading }] = useMutation(ResolveRegisterReviewMutation, {
    refetchQueries: [RegisterReviewsQuery, RegisterQuery],
    awaitRefetchQueries: true,
  });
  const p = review.proposed;

  async function decide(apply: boolean) {
    setFailure(null);
    try {
      await resolve({ variables: { id: review.id, apply } });
      notifications.show({
        color: 'green',
        title: apply ? 'Cambio aplicado' : 'Cambio descartado',
        message: apply ? 'El registro tiene ahora los datos del archivo.' : 'El registro queda como estaba.',
      });
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={`Cambio por revisar: ${p.givenNames} ${p.familyNames}`} data-testid="register-review">
      <Stack gap="sm">
        <Group gap="xs">
          <Badge color="orange" variant="light">
            {REASONS[review.reason]}
          </Badge>
          <Text size="xs" c="dimmed">
            Importado por {review.createdBy} el {formatDateTime(review.createdAt)}
          </Text>
        </Group>
        <Text size="sm">{review.message}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {current.data?.authority ? (
            <AuthorityFacts authority={current.data.authority} heading="En el registro" />
          ) : current.loading ? (
            <LoadingState />
          ) : (
            <Text size="sm">La autoridad ya no está en el registro.</Text>
          )}
          <Paper withBorder p="sm" radius="sm">
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              Propuesto por el archivo{review.line ? ` (fila ${formatInteger(review.line)})` : ''}
            </Text>
            <Text fw={600}>
              {p.familyNames}, {p.givenNames}
            </Text>
            <Text size="sm">DNI: {p.dni ?? 'sin DNI'}</Text>
            <Text size="sm">{p.officeLabel}</Text>
            <Text size="sm">
              Periodo {p.termStart}–{p.termEnd}
            </Text>
          </Paper>
        </SimpleGrid>
        {failure && (
          <Alert color="red" role="alert" title="No se pudo resolver">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => void decide(false)} loading={loading}>
            Descartar: dejar el registro como está
          </Button>
          <Button color="orange" onClick={() => void decide(true)} loading={loading}>
            Aplicar los datos del archivo
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** Changes a register import proposed for existing people and held for the coordination to decide. */
export function RegisterReviews() {
  const { data, loading, error, refetch } = useQuery(RegisterReviewsQuery);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <LoadingState label="Buscando cambios por revisar…" />;
  const reviews = data?.registerReviews ?? [];
  if (reviews.length === 0) {
    return (
      <EmptyState title="No hay cambios por revisar">
        Cuando un archivo propone cambiar a una persona cuyo DNI tiene otros nombres, o cuyo cambio movería cifras de meses aprobados, el cambio no se aplica y
        aparece aquí.
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {reviews.length === 1 ? '1 cambio por revisar' : `${formatInteger(reviews.length)} cambios por revisar`}
      </Title>
      {reviews.map((r) => (
        <ReviewCard key={r.id} review={r} />
      ))}
    </Stack>
  );
}
