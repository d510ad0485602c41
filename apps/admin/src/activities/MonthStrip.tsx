import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import type { CSSProperties, ReactNode } from 'react';
import { MONTH_INITIALS, type Month } from '@gj/domain';
import { formatInteger, monthName } from '../lib/format';
import { ALTERNATIVE_STYLE, LEGEND_ORDER, STATUS_STYLES, isMonthStatus } from './monthStatus';

export interface MonthCell {
  month: number;
  planned: boolean;
  executions: number;
  status: string;
}

export interface ScheduleMarkView {
  candidates: readonly number[];
  reading: readonly number[];
  ambiguous: boolean;
}

/** Months an ambiguous mark may also stand for, besides the reading adopted. */
export function alternativeMonths(marks: readonly ScheduleMarkView[]): Set<number> {
  const alternatives = new Set<number>();
  for (const mark of marks) {
    if (!mark.ambiguous) continue;
    for (const m of mark.candidates) if (!mark.reading.includes(m)) alternatives.add(m);
  }
  return alternatives;
}

/** What a month cell says to someone who cannot see its colour. */
export function monthCellLabel(cell: MonthCell, alternative: boolean): string {
  const status = isMonthStatus(cell.status) ? STATUS_STYLES[cell.status].label : cell.status;
  let text = `${monthName(cell.month, true)}: ${status}`;
  if (cell.executions > 0) text += ` (${cell.executions === 1 ? '1 ejecución' : `${formatInteger(cell.executions)} ejecuciones`})`;
  if (alternative) text += `. ${ALTERNATIVE_STYLE.label}`;
  return text;
}

/**
 * The plan's January–December schedule as a strip of 12 cells: planned months and their status at
 * the cut-off date, executed months that were not planned, and the other month an ambiguous mark
 * could stand for (dashed outline).
 */
export function MonthStrip({
  months,
  schedule = [],
  year,
  size = 'md',
}: {
  months: readonly MonthCell[];
  schedule?: readonly ScheduleMarkView[];
  year: number;
  size?: 'sm' | 'md';
}) {
  const alternatives = alternativeMonths(schedule);
  const cell = size === 'sm' ? 22 : 30;
  const sorted = [...months].sort((a, b) => a.month - b.month);
  return (
    <Box
      component="ol"
      aria-label={`Cronograma ${year}`}
      data-testid="month-strip"
      style={{ display: 'flex', gap: 3, listStyle: 'none', margin: 0, padding: 0 }}
    >
      {sorted.map((m) => {
        const style = isMonthStatus(m.status) ? STATUS_STYLES[m.status] : STATUS_STYLES.NOT_PLANNED;
        const alternative = alternatives.has(m.month) && m.status === 'NOT_PLANNED';
        const label = monthCellLabel(m, alternatives.has(m.month));
        return (
          <Box
            component="li"
            key={m.month}
            title={label}
            data-status={m.status}
            style={{
              width: cell,
              height: cell + 14,
              display: 'flex',
              flexDirection: 'column',
              alignItems: 'center',
              justifyContent: 'center',
              borderRadius: 4,
              background: style.background,
              color: style.color,
              border: alternative ? `2px dashed ${ALTERNATIVE_STYLE.border}` : `1px solid ${style.border}`,
              lineHeight: 1.1,
              fontSize: size === 'sm' ? 11 : 12,
            }}
          >
            <span aria-hidden style={{ fontWeight: 700 }}>
              {MONTH_INITIALS[m.month as Month]}
            </span>
            <span aria-hidden style={{ minHeight: '1em' }}>
              {alternative ? ALTERNATIVE_STYLE.symbol : style.symbol}
            </span>
            <VisuallyHidden>{label}</VisuallyHidden>
          </Box>
        );
      })}
    </Box>
  );
}

/** A small square of the legend, drawn like a cell of the strip (decorative: the label says it). */
function LegendSwatch({ look, children }: { look: CSSProperties; children: ReactNode }) {
  return (
    <Box aria-hidden style={{ width: 18, height: 18, borderRadius: 3, fontSize: 11, display: 'grid', placeItems: 'center', ...look }}>
      {children}
    </Box>
  );
}

/** Legend of the strip's colours and symbols. */
export function MonthStatusLegend({ withAlternative = false }: { withAlternative?: boolean }) {
  return (
    <Group gap="md" component="ul" aria-label="Leyenda del cronograma" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {LEGEND_ORDER.map((status) => {
        const style = STATUS_STYLES[status];
        return (
          <Group component="li" key={status} gap={6} wrap="nowrap">
            <LegendSwatch look={{ background: style.background, color: style.color, border: `1px solid ${style.border}` }}>{style.symbol}</LegendSwatch>
            <Text size="xs">{style.label}</Text>
          </Group>
        );
      })}
      {withAlternative && (
        <Group component="li" gap={6} wrap="nowrap">
          <LegendSwatch look={{ border: `2px dashed ${ALTERNATIVE_STYLE.border}` }}>?</LegendSwatch>
          <Text size="xs">Mes alternativo (marca ambigua del plan)</Text>
        </Group>
      )}
    </Group>
  );
}
