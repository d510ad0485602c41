import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A chart with its title, a short note and, for people who cannot see it, the same numbers as a
 * table behind a "Ver datos" disclosure.
 */
export function ChartFigure({
  title,
  note,
  columns,
  rows,
  children,
  testId,
}: {
  title: string;
  note?: string;
  columns: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Paper component="figure" withBorder p="md" radius="md" m={0} data-testid={testId}>
      <Stack gap="xs">
        <Title order={3} size="h5" component="figcaption">
          {title}
        </Title>
        {note && (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        )}
        <div aria-hidden>{children}</div>
        <details>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-xs)' }}>Ver los datos en una tabla</summary>
          <Table.ScrollContainer minWidth={300} maxHeight={320} mt="xs">
            <Table striped withTableBorder fz="xs">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c}>{c}</Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r, i) => (
                  <Table.Tr key={i}>
                    {r.map((cell, j) => (
                      <Table.Td key={j}>{cell}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </details>
      </Stack>
    </Paper>
  );
}
