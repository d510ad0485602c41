import { Group, Progress, Stack, Text } from '@mantine/core';
import { progressSentence, type ProgressFigures, type TargetTerms } from '@gj/domain';
import { formatPercent } from '../lib/format';

export interface ProgressView extends ProgressFigures {
  percentOfTarget: number;
  warnings?: readonly string[];
}

export type TargetView = TargetTerms;

/** Progress towards an activity's target: a bar filled to the % of target, and what it means. */
export function TargetProgress({ progress, target, label = 'Avance respecto de la meta' }: { progress: ProgressView; target: TargetView; label?: string }) {
  const percent = Math.max(0, progress.percentOfTarget);
  const shown = Math.min(100, percent);
  const summary = progressSentence(progress, target);
  return (
    <Stack gap={4} data-testid="target-progress">
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" fw={700} data-testid="percent-of-target">
          {formatPercent(percent)}
        </Text>
      </Group>
      <Progress.Root size="lg" radius="sm">
        <Progress.Section
          value={shown}
          color={progress.met ? 'green.7' : 'blue.6'}
          withAria={false}
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(shown)}
          aria-valuetext={`${formatPercent(percent)} de la meta. ${summary}`}
        />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {summary}
      </Text>
    </Stack>
  );
}
