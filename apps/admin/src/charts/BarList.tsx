import { Text } from '@mantine/core';
import type { CSSProperties } from 'react';

const S: Record<string, CSSProperties> = {
  chart: { display: 'flex', flexDirection: 'column', gap: 4 },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, var(--bar-label-width)) minmax(60px, 1fr) auto', alignItems: 'center', gap: 8 },
  label: { overflowWrap: 'anywhere', lineHeight: 1.2 },
  track: { position: 'relative', height: 14, background: 'var(--mantine-color-gray-1)', borderRadius: 2 },
  fill: { height: '100%', borderRadius: 2 },
  reference: { position: 'absolute', top: -3, bottom: -3, borderLeft: '2px dashed var(--mantine-color-red-8)' },
  value: { minWidth: '4.5em', textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  legend: { display: 'flex', alignItems: 'center', gap: 6, alignSelf: 'flex-end' },
  swatch: { display: 'inline-block', width: 18, borderTop: '2px dashed var(--mantine-color-red-8)' },
};

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/**
 * Horizontal bars drawn with HTML and CSS: one labelled row per item, so labels wrap instead of
 * overlapping on a phone, and no chart library weighs on the first load (recharts alone put the
 * dashboard and the activity page over the 300 KB budget). The numbers are also in the figure's
 * table (ChartFigure).
 */
export function BarList({
  data,
  format,
  color = 'var(--mantine-color-blue-7)',
  colorOf,
  reference,
  labelWidth = 130,
}: {
  data: readonly Bar[];
  format: (value: number) => string;
  color?: string;
  /** A colour per bar (e.g. green once the target is met). */
  colorOf?: (value: number) => string;
  /** A vertical line across the bars, e.g. the target at 100 %. */
  reference?: { value: number; label: string };
  labelWidth?: number;
}) {
  const max = Math.max(reference?.value ?? 0, ...data.map((d) => d.value), 1) * 1.05;
  // A share of the track's width (a CSS length, not a percentage shown to anyone).
  const at = (value: number) => `calc(${Math.min(1, Math.max(0, value) / max)} * 100%)`;
  return (
    <div style={{ ...S.chart, '--bar-label-width': `${labelWidth}px` } as CSSProperties}>
      {reference && (
        <Text size="xs" style={S.legend}>
          <span style={S.swatch} /> {reference.label}
        </Text>
      )}
      {data.map((d) => (
        <div key={d.key} style={S.row} data-bar={d.key}>
          <Text size="xs" style={S.label} title={d.label}>
            {d.label}
          </Text>
          <div style={S.track}>
            {d.value > 0 && <div data-bar-fill style={{ ...S.fill, width: at(d.value), background: colorOf ? colorOf(d.value) : color }} />}
            {reference && <div data-reference-line style={{ ...S.reference, left: at(reference.value) }} />}
          </div>
          <Text size="xs" style={S.value}>
            {format(d.value)}
          </Text>
        </div>
      ))}
    </div>
  );
}
