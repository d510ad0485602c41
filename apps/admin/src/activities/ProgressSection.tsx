import { countedWord } from '@gj/domain';
import { Alert, Box, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { LoadingState } from '../components/States';
import { formatDate, formatInteger } from '../lib/format';
import type { Breakdowns } from './BreakdownCharts';
import { MonthStatusLegend, MonthStrip, type MonthCell, type ScheduleMarkView } from './MonthStrip';
import { TargetProgress, type ProgressView, type TargetView } from './TargetProgress';

const BreakdownCharts = lazy(() => import('./BreakdownCharts'));

export interface ProgressSectionView {
  year: number;
  target: TargetView;
  schedule: readonly ScheduleMarkView[];
  months: readonly MonthCell[];
  progress: Omit<ProgressView, 'parts'> & Breakdowns & { parts: readonly { key: string; label: string; target: number; achieved: number; counted: number }[] };
}

/** Progress at the cut-off date: against the target, per part, per month, by office and department. */
export function ProgressSection({ activity, asOf }: { activity: ProgressSectionView; asOf: string }) {
  const countedLabel = countedWord(activity.target.counted, 2);
  const capitalized = countedLabel.charAt(0).toUpperCase() + countedLabel.slice(1);
  return (
    <Stack gap="md" component="section" aria-labelledby="progress-heading">
      <Title order={2} id="progress-heading">
        Avance al {formatDate(asOf)}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md" radius="md">
          <Stack gap="md">
            <TargetProgress progress={activity.progress} target={activity.target} />
            {(activity.progress.warnings ?? []).map((warning) => (
              <Alert key={warning} color="orange" variant="light" title="Datos por revisar" data-testid="progress-warning">
                {warning}
              </Alert>
            ))}
            {activity.progress.parts.length > 0 && (
              <Stack gap={6} data-testid="composition-progress">
                <Text size="sm" fw={600}>
                  Avance por parte de la meta
                </Text>
                {activity.progress.parts.map((p) => {
                  const percent = p.target > 0 ? Math.min(100, (p.achieved * 100) / p.target) : 0;
                  return (
                    <Box key={p.key}>
                      <Group justify="space-between" gap="xs">
                        <Text size="xs">{p.label}</Text>
                        <Text size="xs" fw={600}>
                          {formatInteger(p.achieved)} de {formatInteger(p.target)}
                          {p.achieved > p.counted && ` (cuentan ${formatInteger(p.counted)})`}
                        </Text>
                      </Group>
                      <Progress
                        value={percent}
                        size="sm"
                        color={p.achieved >= p.target ? 'green.7' : 'blue.6'}
                        aria-label={`${p.label}: ${formatInteger(p.achieved)} de ${formatInteger(p.target)}${p.achieved > p.counted ? `; cuentan ${formatInteger(p.counted)}` : ''}`}
                      />
                    </Box>
                  );
                })}
              </Stack>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Stack gap="sm">
            <Text size="sm" fw={600}>
              Cronograma {activity.year}
            </Text>
            <MonthStrip months={activity.months} schedule={activity.schedule} year={activity.year} />
            <MonthStatusLegend withAlternative={activity.schedule.some((m) => m.ambiguous)} />
          </Stack>
        </Paper>
      </SimpleGrid>
      <Suspense fallback={<LoadingState label="Cargando gráficos…" />}>
        <BreakdownCharts progress={activity.progress} countedLabel={capitalized} />
      </Suspense>
    </Stack>
  );
}
