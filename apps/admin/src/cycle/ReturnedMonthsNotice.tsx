import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../lib/format';
import { MonthlySubmissionsQuery } from './operations';
import { monthOfYear } from './status';

/**
 * On a focal point's home: the months the coordination returned (or reopened) to her entity, with
 * the comment, so she does not have to look for them in «Reporte mensual».
 */
export function ReturnedMonthsNotice({ year, entityCode }: { year: number; entityCode: string }) {
  const { data } = useQuery(MonthlySubmissionsQuery, { variables: { year } });
  const returned = (data?.monthlySubmissions ?? []).filter((s) => s.entityCode === entityCode && s.status === 'RETURNED');
  if (returned.length === 0) return null;
  return (
    <Alert
      color="orange"
      title={returned.length === 1 ? 'La coordinación le devolvió un reporte mensual' : `La coordinación le devolvió ${returned.length} reportes mensuales`}
      data-testid="returned-months"
    >
      <Stack gap="xs">
        {returned.map((s) => (
          <div key={s.month}>
            <Text size="sm" fw={600}>
              {monthOfYear(s.year, s.month)}
              {s.reviewedAt ? ` · devuelto el ${formatDateTime(s.reviewedAt)}` : ''}
              {s.reviewedBy ? ` por ${s.reviewedBy}` : ''}
            </Text>
            {s.comment && <Text size="sm">«{s.comment}»</Text>}
          </div>
        ))}
        <Text size="sm">
          Corrija lo indicado y envíelo de nuevo desde{' '}
          <Anchor component={Link} to="/reporte-mensual" size="sm">
            Reporte mensual
          </Anchor>
          .
        </Text>
      </Stack>
    </Alert>
  );
}
