import { Group, Stack, Text, Title, type StackProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from './States';

/**
 * The top of every page: its title (the only h1), one line saying what it is for, the page's main
 * action on the right (e.g. «Crear cuenta») and controls under it (e.g. the cut-off date).
 */
export function PageHeader({ title, description, action, children }: { title: ReactNode; description: ReactNode; action?: ReactNode; children?: ReactNode }) {
  const heading = (
    <div>
      <Title order={1}>{title}</Title>
      <Text c="dimmed">{description}</Text>
    </div>
  );
  const top = action ? (
    <Group justify="space-between" align="flex-end">
      {heading}
      {action}
    </Group>
  ) : (
    heading
  );
  if (!children) return top;
  return (
    <Stack gap="sm">
      {top}
      {children}
    </Stack>
  );
}

/** A query as the pages read it: the data on screen (possibly the previous answer), and how to ask again. */
export interface QueryStatus {
  data: unknown;
  loading: boolean;
  error?: unknown;
  refetch: () => Promise<unknown>;
}

/**
 * What shows instead of a list or page while its query has no data: the error with «Reintentar»,
 * or the loading line. Null once there is data, which then stays on screen through later loads
 * and errors (other filters, another cut-off date). Read it as `queryPending(...) ?? content`,
 * so the content is only built when there is data.
 */
export function queryPending(query: QueryStatus, loadingLabel: string): ReactNode {
  if (query.error && !query.data) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.loading && !query.data) return <LoadingState label={loadingLabel} />;
  return null;
}

/**
 * A page that shows nothing but its header until its query answers (the monthly report, the
 * validation queue, the dashboard, the consolidated report): the header stays, and under it the
 * error or loading line, then the content.
 */
export function PageScaffold({
  header,
  query,
  loadingLabel,
  gap = 'md',
  children,
}: {
  header: ReactNode;
  query: QueryStatus;
  loadingLabel: string;
  gap?: StackProps['gap'];
  /** Built only once there is data. */
  children: () => ReactNode;
}) {
  const pending = queryPending(query, loadingLabel);
  return (
    <Stack gap={pending ? 'md' : gap}>
      {header}
      {pending ?? children()}
    </Stack>
  );
}
