import { Group, Progress, Stack, Text } from '@mantine/core';
import { formatInteger, formatNumber, formatPercent } from '../lib/format';

export interface ProgressView {
  achieved: number;
  target: number;
  percentOfTarget: number;
  remaining: number;
  met: boolean;
  numerator?: number | null;
  denominator?: number | null;
  required?: number | null;
  missing?: number | null;
}

export interface TargetView {
  unit: string;
  counted: string;
  value: number;
}

const COUNTED_WORDS: Record<string, [singular: string, plural: string]> = {
  AUTHORITIES: ['mujer autoridad', 'mujeres autoridades'],
  GOVERNMENTS: ['gobierno', 'gobiernos'],
  ACTIONS: ['acción', 'acciones'],
};

export function countedWord(counted: string, n: number): string {
  const words = COUNTED_WORDS[counted] ?? ['unidad', 'unidades'];
  return n === 1 ? words[0] : words[1];
}

/** The sentence under the bar: what was achieved against what the plan asks, in its own unit. */
export function progressSummary(progress: ProgressView, target: TargetView): string {
  if (target.unit === 'PERCENT') {
    const rate = `${formatPercent(progress.achieved)} logrado; meta: ${formatPercent(target.value)}`;
    if (progress.required != null && progress.numerator != null && progress.denominator != null) {
      // Share of a fixed group (e.g. 66 of the 110 leading authorities).
      const missing = progress.missing ? `; faltan ${formatInteger(progress.missing)}` : ': meta cumplida';
      return `${formatInteger(progress.numerator)} de ${formatInteger(progress.denominator)} ${countedWord(target.counted, progress.denominator)} del grupo (${formatPercent(progress.achieved)}); meta: ${formatPercent(target.value)}, es decir ${formatInteger(progress.required)}${missing}`;
    }
    if (progress.numerator != null && progress.denominator != null) {
      if (progress.denominator === 0) return `Aún no hay inscritas; meta: ${formatPercent(target.value)}`;
      return `${rate} (${formatInteger(progress.numerator)} de ${formatInteger(progress.denominator)})`;
    }
    return rate;
  }
  const achieved = `${formatNumber(progress.achieved)} de ${formatNumber(target.value)} ${countedWord(target.counted, target.value)}`;
  return progress.met ? `${achieved}: meta cumplida` : `${achieved}; faltan ${formatNumber(progress.remaining)}`;
}

/** Progress towards an activity's target: a bar filled to the % of target, and what it means. */
export function TargetProgress({ progress, target, label = 'Avance respecto de la meta' }: { progress: ProgressView; target: TargetView; label?: string }) {
  const percent = Math.max(0, progress.percentOfTarget);
  const shown = Math.min(100, percent);
  const summary = progressSummary(progress, target);
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
