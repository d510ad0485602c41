/**
 * Figures of the coordination dashboard, derived only from what each activity's progress and
 * months already say. Averages cap each activity at 100 % so that one activity far above its
 * target does not hide others behind.
 */
export interface DashboardActivity {
  code: string;
  name: string;
  objective: { code: string; name: string };
  entities: readonly { code: string; shortName: string }[];
  target: { counted: string };
  progress: {
    percentOfTarget: number;
    met: boolean;
    byDepartment: readonly { departmentCode: string; departmentName: string; count: number | null }[];
  };
  months: readonly { month: number; planned: boolean; executions: number; status: string }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const capped = (a: DashboardActivity) => Math.min(100, Math.max(0, a.progress.percentOfTarget));

export function activityProgress(activities: readonly DashboardActivity[]) {
  return activities.map((a) => ({ code: a.code, name: a.name, percent: round1(a.progress.percentOfTarget), met: a.progress.met }));
}

export interface GroupProgress {
  key: string;
  label: string;
  activities: number;
  /** Mean of the activities' % of target, each capped at 100. */
  percent: number;
}

function groupProgress(groups: Map<string, { label: string; values: number[] }>): GroupProgress[] {
  return [...groups].map(([key, g]) => ({
    key,
    label: g.label,
    activities: g.values.length,
    percent: g.values.length ? round1(g.values.reduce((s, v) => s + v, 0) / g.values.length) : 0,
  }));
}

export function progressByObjective(activities: readonly DashboardActivity[], objectives: readonly { code: string; name: string }[]): GroupProgress[] {
  const groups = new Map(objectives.map((o) => [o.code, { label: `Objetivo ${o.code}`, values: [] as number[] }]));
  for (const a of activities) {
    const group = groups.get(a.objective.code) ?? { label: `Objetivo ${a.objective.code}`, values: [] };
    group.values.push(capped(a));
    groups.set(a.objective.code, group);
  }
  return groupProgress(groups).filter((g) => g.activities > 0);
}

/** Joint activities count for each of their entities. */
export function progressByEntity(activities: readonly DashboardActivity[], entities: readonly { code: string; shortName: string }[]): GroupProgress[] {
  const groups = new Map(entities.map((e) => [e.code, { label: e.shortName, values: [] as number[] }]));
  for (const a of activities) {
    for (const e of a.entities) {
      const group = groups.get(e.code) ?? { label: e.shortName, values: [] };
      group.values.push(capped(a));
      groups.set(e.code, group);
    }
  }
  return groupProgress(groups);
}

/**
 * Women authorities counted towards targets, by department, added over activities: a person
 * reached by two activities counts in both.
 */
export function reachByDepartment(activities: readonly DashboardActivity[]) {
  const totals = new Map<string, { code: string; name: string; count: number }>();
  for (const a of activities) {
    if (a.target.counted !== 'AUTHORITIES') continue;
    for (const d of a.progress.byDepartment) {
      const row = totals.get(d.departmentCode) ?? { code: d.departmentCode, name: d.departmentName, count: 0 };
      row.count += d.count ?? 0;
      totals.set(d.departmentCode, row);
    }
  }
  return [...totals.values()].sort((x, y) => y.count - x.count || x.name.localeCompare(y.name, 'es'));
}

export function scheduleSummary(activities: readonly DashboardActivity[]) {
  let delayedMonths = 0;
  let doneMonths = 0;
  let plannedMonths = 0;
  for (const a of activities) {
    for (const m of a.months) {
      if (m.planned) plannedMonths++;
      if (m.status === 'DELAYED') delayedMonths++;
      if (m.status === 'DONE') doneMonths++;
    }
  }
  return {
    activities: activities.length,
    met: activities.filter((a) => a.progress.met).length,
    withDelays: activities.filter((a) => a.months.some((m) => m.status === 'DELAYED')).length,
    delayedMonths,
    doneMonths,
    plannedMonths,
    averagePercent: activities.length ? round1(activities.reduce((s, a) => s + capped(a), 0) / activities.length) : 0,
  };
}
