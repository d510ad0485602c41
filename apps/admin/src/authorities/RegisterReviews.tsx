import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { queryPending } from '../components/PageScaffold';
import { EmptyState } from '../components/States';
import type { RegisterReviewsQuery as RegisterReviewsData } from '../gql/graphql';
import { formatDateTime, formatInteger } from '../lib/format';
import { DecisionCard, RegisteredAuthorityFacts } from './DecisionCard';
import { RegisterQuery, RegisterReviewsQuery, ResolveRegisterReviewMutation } from './operations';

type Review = RegisterReviewsData['registerReviews'][number];

const REASONS: Record<Review['reason'], string> = {
  IDENTITY_MISMATCH: 'El DNI es de otra persona',
  APPROVED_FIGURES: 'Cambiaría cifras de meses aprobados',
};

function ReviewCard({ review }: { review: Review }) {
  const [resolve] = useMutation(ResolveRegisterReviewMutation, {
    refetchQueries: [RegisterReviewsQuery, RegisterQuery],
    awaitRefetchQueries: true,
  });
  const p = review.proposed;

  return (
    <DecisionCard
      label={`Cambio por revisar: ${p.givenNames} ${p.familyNames}`}
      testId="register-review"
      keepLabel="Descartar: dejar el registro como está"
      applyLabel="Aplicar los datos del archivo"
      onDecide={(apply) => resolve({ variables: { id: review.id, apply } })}
      success={(apply) => ({
        title: apply ? 'Cambio aplicado' : 'Cambio descartado',
        message: apply ? 'El registro tiene ahora los datos del archivo.' : 'El registro queda como estaba.',
      })}
    >
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
        <RegisteredAuthorityFacts id={review.authorityId} heading="En el registro" missing="La autoridad ya no está en el registro." />
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
    </DecisionCard>
  );
}

/** Changes a register import proposed for existing people and held for the coordination to decide. */
export function RegisterReviews() {
  const query = useQuery(RegisterReviewsQuery);
  const pending = queryPending(query, 'Buscando cambios por revisar…');
  if (pending) return pending;
  const reviews = query.data?.registerReviews ?? [];
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
