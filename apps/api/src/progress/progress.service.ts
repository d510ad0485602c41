import {
  activityProgress,
  isMonth,
  monthStatuses,
  programmingAt,
  termOf,
  type ActivityProgress,
  type CalendarDate,
  type Month,
  type MonthStatus,
  type Office,
  type Outcome,
  type ParticipationCount,
} from '@gj/domain';
import { In, type DataSource } from 'typeorm';
import type { ActivityRow } from '../activity/activity.entity.js';
import { ExecutionRow } from '../execution/execution.entity.js';
import { ReprogrammingRow } from '../plan/reprogramming.entity.js';
import { censusesOf } from '../terms/term.service.js';

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDate = (d: CalendarDate) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

export interface MonthState {
  month: Month;
  planned: boolean;
  executions: number;
  status: MonthStatus;
}

/**
 * Indicators computed from records. A fixed number of aggregate queries serves any number of
 * activities (no query per activity); the domain rules then decide who counts.
 */
export class ProgressService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The activities as programmed on `asOf`: a reprogramming counts from its effective date, so a
   * date before it is measured against the target and months then in force.
   */
  async inForce(activities: readonly ActivityRow[], asOf: CalendarDate, known?: readonly ReprogrammingRow[]): Promise<ActivityRow[]> {
    const changes = known ?? (await this.reprogrammings(activities.map((a) => a.id)));
    if (changes.length === 0) return [...activities];
    const date = isoDate(asOf);
    return activities.map((row) => {
      const history = changes.filter((c) => c.activityId === row.id);
      if (history.length === 0) return row;
      const current = {
        targetValue: row.targetValue,
        schedule: row.schedule.map((m) => ({ candidates: [...m.candidates], reading: [...m.reading], note: m.note })),
        unitCodes: [],
      };
      const programmed = programmingAt(current, history, date);
      const schedule = programmed.schedule.map((m) => ({
        ...m,
        candidates: m.candidates as Month[],
        reading: m.reading as Month[],
        ambiguous: m.candidates.length > 1,
      }));
      return Object.assign(Object.create(Object.getPrototypeOf(row) as object) as ActivityRow, row, { targetValue: programmed.targetValue, schedule });
    });
  }

  /** Each activity's target as first published, before any reprogramming. */
  originalTargets(activities: readonly ActivityRow[], changes: readonly ReprogrammingRow[]): Map<number, number> {
    return new Map(activities.map((a) => [a.id, changes.find((c) => c.activityId === a.id)?.before.targetValue ?? a.targetValue]));
  }

  /** Reprogrammings of the activities, in the order they took effect. */
  reprogrammings(activityIds: readonly number[]): Promise<ReprogrammingRow[]> {
    if (activityIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ReprogrammingRow)
      .createQueryBuilder('r')
      .where('r.activityId IN (:...ids)', { ids: [...activityIds] })
      .orderBy('r.effectiveDate', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
  }

  async progress(all: readonly ActivityRow[], asOf: CalendarDate, changes?: readonly ReprogrammingRow[]): Promise<Map<number, ActivityProgress>> {
    const activities = await this.inForce(all, asOf, changes);
    const ids = activities.map((a) => a.id);
    const result = new Map<number, ActivityProgress>();
    if (ids.length === 0) return result;
    const until = isoDate(asOf);

    // One row per (activity, office, department, furthest outcome) with the number of distinct
    // authorities: a person counts once per activity however many sessions she attended.
    // Participations are reduced to one row per person before joining the register: half the
    // work of joining every participation (BENCHMARKS.md).
    const perPerson = this.dataSource
      .createQueryBuilder()
      .select('e.activity_id', 'activity_id')
      .addSelect('p.authority_id', 'authority_id')
      .addSelect(`MAX(CASE p.outcome WHEN 'ENROLLED' THEN 1 WHEN 'ATTENDED' THEN 2 WHEN 'COMPLETED' THEN 3 WHEN 'APPROVED' THEN 4 ELSE 5 END)`, 'rank')
      .from('participations', 'p')
      .innerJoin('executions', 'e', 'e.id = p.execution_id')
      .where('e.activity_id IN (:...ids)', { ids })
      .andWhere('e.date <= :until', { until })
      .groupBy('e.activity_id')
      .addGroupBy('p.authority_id');
    const counts: { activity_id: number; office: Office; department_code: string; rank: number; n: number | string }[] = await this.dataSource
      .createQueryBuilder()
      .select('x.activity_id', 'activity_id')
      .addSelect('a.office', 'office')
      .addSelect('g.department_code', 'department_code')
      .addSelect('x.rank', 'rank')
      .addSelect('COUNT(*)', 'n')
      .from(`(${perPerson.getQuery()})`, 'x')
      .innerJoin('authorities', 'a', 'a.id = x.authority_id')
      .innerJoin('governments', 'g', 'g.id = a.government_id')
      .setParameters(perPerson.getParameters())
      .groupBy('x.activity_id')
      .addGroupBy('a.office')
      .addGroupBy('g.department_code')
      .addGroupBy('x.rank')
      .getRawMany();

    const actions: { activity_id: number; n: number | string }[] = await this.dataSource
      .getRepository(ExecutionRow)
      .createQueryBuilder('e')
      .select('e.activity_id', 'activity_id')
      .addSelect('COUNT(*)', 'n')
      .where('e.activity_id IN (:...ids)', { ids })
      .andWhere('e.date <= :until', { until })
      .andWhere("e.kind = 'DISSEMINATION'")
      .groupBy('e.activity_id')
      .getRawMany();

    const RANKS: Outcome[] = ['ENROLLED', 'ATTENDED', 'COMPLETED', 'APPROVED', 'ASSISTED'];
    const byActivity = new Map<number, ParticipationCount[]>();
    for (const c of counts) {
      const list = byActivity.get(Number(c.activity_id)) ?? [];
      list.push({ office: c.office, departmentCode: c.department_code, outcome: RANKS[Number(c.rank) - 1]!, authorities: Number(c.n) });
      byActivity.set(Number(c.activity_id), list);
    }
    const actionsByActivity = new Map(actions.map((a) => [Number(a.activity_id), Number(a.n)]));
    const censuses = await censusesOf(
      this.dataSource.manager,
      activities.map((a) => termOf(a.planYear).start),
    );
    for (const activity of activities) {
      const census = censuses.get(termOf(activity.planYear).start) ?? null;
      result.set(
        activity.id,
        activityProgress(
          activity.rule,
          activity.targetValue,
          { participations: byActivity.get(activity.id) ?? [], actions: actionsByActivity.get(activity.id) ?? 0 },
          census,
        ),
      );
    }
    return result;
  }

  /** Planned against executed months of each activity at a date. */
  async months(all: readonly ActivityRow[], asOf: CalendarDate, changes?: readonly ReprogrammingRow[]): Promise<Map<number, MonthState[]>> {
    const result = new Map<number, MonthState[]>();
    if (all.length === 0) return result;
    const activities = await this.inForce(all, asOf, changes);
    const rows = await this.dataSource.getRepository(ExecutionRow).find({
      select: { activityId: true, date: true },
      where: { activityId: In(activities.map((a) => a.id)) },
    });
    const until = isoDate(asOf);
    for (const activity of activities) {
      const executed = new Map<Month, number>();
      for (const row of rows) {
        if (row.activityId !== activity.id || row.date > until) continue;
        const month = Number(row.date.slice(5, 7));
        if (isMonth(month)) executed.set(month, (executed.get(month) ?? 0) + 1);
      }
      const statuses = monthStatuses(activity.schedule, activity.planYear, asOf, new Set(executed.keys()));
      result.set(
        activity.id,
        (Object.keys(statuses) as unknown as Month[]).map((m) => {
          const month = Number(m) as Month;
          return { month, planned: activity.schedule.some((k) => k.reading.includes(month)), executions: executed.get(month) ?? 0, status: statuses[month] };
        }),
      );
    }
    return result;
  }
}
