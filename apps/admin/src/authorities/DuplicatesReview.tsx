import { useMutation, useQuery } from '@apollo/client/react';
import { SimpleGrid, Stack, Title } from '@mantine/core';
import { queryPending } from '../components/PageScaffold';
import { EmptyState } from '../components/States';
import type { AuthorityFieldsFragment } from '../gql/graphql';
import { formatInteger } from '../lib/format';
import { AuthorityFacts, DecisionCard, RegisteredAuthorityFacts } from './DecisionCard';
import { RegisterQuery, ResolveDuplicateMutation } from './operations';

function DuplicatePair({ duplicate }: { duplicate: AuthorityFieldsFragment }) {
  const [resolve] = useMutation(ResolveDuplicateMutation, { refetchQueries: [RegisterQuery], awaitRefetchQueries: true });
  const name = `${duplicate.givenNames} ${duplicate.familyNames}`;
  return (
    <DecisionCard
      label={`Posible duplicado: ${name}`}
      testId="duplicate-pair"
      keepLabel="Son personas distintas: conservar ambos"
      applyLabel="Es la misma persona: fusionar"
      onDecide={(merge) => resolve({ variables: { id: duplicate.id, merge } })}
      success={(merge) => ({
        title: merge ? 'Registros fusionados' : 'Registros conservados',
        message: merge ? `Se conservó un solo registro de ${name}.` : `${name} queda como una persona distinta.`,
      })}
      note="Al fusionar se conserva el registro original (con el DNI del duplicado si el original no lo tenía) y se elimina el duplicado."
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RegisteredAuthorityFacts id={duplicate.possibleDuplicateOf} heading="Registro original" missing="El registro original ya no existe." />
        <AuthorityFacts authority={duplicate} heading="Posible duplicado" />
      </SimpleGrid>
    </DecisionCard>
  );
}

/** Records created with the same name and government as another, waiting for a person to decide. */
export function DuplicatesReview() {
  const query = useQuery(RegisterQuery, { variables: { onlyPossibleDuplicates: true, includeInactive: true, first: 50 } });
  const pending = queryPending(query, 'Buscando posibles duplicados…');
  if (pending) return pending;
  const { data } = query;
  const nodes = data?.authorities.nodes ?? [];
  if (nodes.length === 0) {
    return (
      <EmptyState title="No hay posibles duplicados por revisar">
        Cuando una importación o un alta coincide en nombre y gobierno con otro registro, aparecerá aquí.
      </EmptyState>
    );
  }
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {data!.authorities.totalCount === 1
          ? '1 posible duplicado por revisar'
          : `${formatInteger(data!.authorities.totalCount)} posibles duplicados por revisar`}
      </Title>
      {nodes.map((d) => (
        <DuplicatePair key={d.id} duplicate={d} />
      ))}
    </Stack>
  );
}
