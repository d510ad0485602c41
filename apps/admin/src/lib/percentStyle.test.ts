import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPercent } from './format';

const root = join(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' || name === 'test' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('percentages on screen', () => {
  it('all come from the domain’s es-PE formatter, in one style', () => {
    // "${x}%", "{x} %", x.toFixed(1): a percentage written by hand instead of formatPercent.
    const handMade = /\}\s?%|toFixed\(/;
    const offenders = sources(root).filter((file) => handMade.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => relative(root, f))).toEqual([]);
    expect(formatPercent(42.857)).toBe(new Intl.NumberFormat('es-PE', { style: 'percent', maximumFractionDigits: 1 }).format(0.42857));
  });
});
