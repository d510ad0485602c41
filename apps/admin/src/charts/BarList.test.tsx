import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithTheme } from '../test/render';
import { formatPercent } from '../lib/format';
import { BarList } from './BarList';

describe('BarList', () => {
  it('draws one labelled row per item, no bar at zero, and the reference line at the same place on every row', () => {
    const { container } = renderWithTheme(
      <BarList
        data={[
          { key: '1.1', label: '1.1', value: 50 },
          { key: '1.2', label: '1.2', value: 0 },
          { key: '1.3', label: '1.3', value: 120 },
        ]}
        format={formatPercent}
        colorOf={(v) => (v >= 100 ? 'green' : 'blue')}
        reference={{ value: 100, label: 'Meta (100 %)' }}
      />,
    );
    expect(container.querySelectorAll('[data-bar]')).toHaveLength(3);
    const fills = [...container.querySelectorAll<HTMLElement>('[data-bar-fill]')];
    expect(fills.map((f) => f.style.background)).toEqual(['blue', 'green']);
    // Share of the track, in % (the browser normalises the calc()); the scale leaves 5 % of room above the largest value.
    const share = (length: string) => Number(/([\d.]+)/.exec(length)![1]);
    expect(share(fills[1]!.style.width)).toBeCloseTo((120 / 126) * 100, 3);
    expect(share(fills[0]!.style.width)).toBeCloseTo((50 / 126) * 100, 3);
    const lines = [...container.querySelectorAll<HTMLElement>('[data-reference-line]')].map((l) => share(l.style.left));
    expect(lines).toHaveLength(3);
    for (const left of lines) expect(left).toBeCloseTo((100 / 126) * 100, 3);
    expect(screen.getByText('Meta (100 %)')).toBeInTheDocument();
    expect(screen.getByText(formatPercent(120))).toBeInTheDocument();
  });
});
