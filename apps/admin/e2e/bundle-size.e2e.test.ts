import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, measure } from '../scripts/check-bundle-size.mjs';

describe('the built admin app', () => {
  it('keeps the initial JavaScript within 300 KB gzipped, with charts, the report, the monthly cycle and administration pages split off', () => {
    const { initial, lazy, initialBytes } = measure();
    // The entry chunk is always there, and weighs something.
    expect(initial.some((c) => /^assets\/index-[\w-]+\.js$/.test(c.file) && c.gzip > 10_000)).toBe(true);
    expect(initialBytes).toBeLessThanOrEqual(BUDGET_BYTES);
    const lazyNames = lazy.map((c) => c.file).join(' ');
    expect(lazyNames).toMatch(/DashboardPage/);
    expect(lazyNames).toMatch(/RegisterPage/);
    for (const page of ['ReportPage', 'ValidationPage', 'MonthlyReportPage', 'AuditPage', 'AccountsPage', 'ApiKeysPage'])
      expect(lazyNames).toMatch(new RegExp(page));
    expect(initial.map((c) => c.file).join(' ')).not.toMatch(/(Report|Validation|Audit|Accounts|ApiKeys)Page/);
    // recharts (through @mantine/charts) is never in the initial chunks.
    expect(initial.map((c) => c.file).join(' ')).not.toMatch(/Chart/);
  });
});
