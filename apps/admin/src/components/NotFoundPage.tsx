import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

/**
 * One page for "does not exist" and "not yours to see": like the API, the app never tells
 * a person that something exists outside their scope.
 */
export function NotFoundPage({ what }: { what?: string }) {
  usePageTitle('No existe');
  return (
    <Stack gap="sm" align="flex-start" py="xl" data-testid="not-found">
      <Title order={1}>No existe</Title>
      <Text>{what ? `No existe ${what}.` : 'La página que busca no existe.'}</Text>
      <Text c="dimmed" size="sm">
        Revise la dirección o vuelva a la lista de actividades.
      </Text>
      <Button component={Link} to="/actividades" variant="light">
        Ir a las actividades
      </Button>
    </Stack>
  );
}
