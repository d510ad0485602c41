import type { ActivitySummary } from './ActivityCard';

export interface ActivityFilters {
  objective: string | null;
  month: number | null;
}

/**
 * The month filter keeps the activities with something in that month: planned there, or
 * executed there without being planned.
 */
export function filterActivities<T extends Pick<ActivitySummary, 'objective' | 'months'>>(activities: readonly T[], filters: ActivityFilters): T[] {
  return activities.filter((a) => {
    if (filters.objective && a.objective.code !== filters.objective) return false;
    if (filters.month) {
      const cell = a.months.find((m) => m.month === filters.month);
      if (!cell || (!cell.planned && cell.status === 'NOT_PLANNED')) return false;
    }
    return true;
  });
}

/** Activities with at least one planned month already late at the cut-off date. */
export function countDelayed(activities: readonly Pick<ActivitySummary, 'months'>[]): number {
  return activities.filter((a) => a.months.some((m) => m.status === 'DELAYED')).length;
}
