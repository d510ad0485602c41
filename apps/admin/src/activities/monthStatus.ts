/** How each month status looks. Labels come from the domain; a symbol backs up the colour. */
import { MONTH_STATUS_LABELS, type MonthStatus } from '@gj/domain';

export interface StatusStyle {
  label: string;
  /** Shown in the cell so the status does not depend on colour alone. */
  symbol: string;
  background: string;
  color: string;
  border: string;
}

export const STATUS_STYLES: Record<MonthStatus, StatusStyle> = {
  DONE: { label: MONTH_STATUS_LABELS.DONE, symbol: '✓', background: 'var(--mantine-color-green-7)', color: 'white', border: 'var(--mantine-color-green-8)' },
  DELAYED: { label: MONTH_STATUS_LABELS.DELAYED, symbol: '!', background: 'var(--mantine-color-red-7)', color: 'white', border: 'var(--mantine-color-red-8)' },
  IN_PROGRESS: {
    label: MONTH_STATUS_LABELS.IN_PROGRESS,
    symbol: '•',
    background: 'var(--mantine-color-blue-6)',
    color: 'white',
    border: 'var(--mantine-color-blue-7)',
  },
  UPCOMING: {
    label: MONTH_STATUS_LABELS.UPCOMING,
    symbol: '○',
    background: 'var(--mantine-color-blue-0)',
    color: 'var(--mantine-color-blue-9)',
    border: 'var(--mantine-color-blue-4)',
  },
  UNPLANNED: {
    label: MONTH_STATUS_LABELS.UNPLANNED,
    symbol: '+',
    background: 'var(--mantine-color-violet-6)',
    color: 'white',
    border: 'var(--mantine-color-violet-7)',
  },
  NOT_PLANNED: {
    label: MONTH_STATUS_LABELS.NOT_PLANNED,
    symbol: '',
    background: 'var(--mantine-color-gray-1)',
    color: 'var(--mantine-color-gray-7)',
    border: 'var(--mantine-color-gray-3)',
  },
};

/** The statuses in the order a legend lists them. */
export const LEGEND_ORDER: readonly MonthStatus[] = ['DONE', 'IN_PROGRESS', 'DELAYED', 'UPCOMING', 'UNPLANNED', 'NOT_PLANNED'];

/** Alternative month of an ambiguous mark (merged column in the plan's table). */
export const ALTERNATIVE_STYLE = {
  label: 'Mes alternativo de una marca ambigua del plan',
  symbol: '?',
  border: 'var(--mantine-color-orange-6)',
};

export function isMonthStatus(value: string): value is MonthStatus {
  return value in STATUS_STYLES;
}
