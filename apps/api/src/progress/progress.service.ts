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
import type { DataSource } from 'typeorm';
import type { ActivityRow } from '../activity/activity.entity.js';
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
    const marks = ids.map(() => '?').join(',');

    // From the maintained aggregates (aggregate.service.ts): distinct women by furthest outcome,
    // office and department at the date are the changes up to it, added; no participation is read.
    const [counts, actions]: [
      { activity_id: number; office: Office; department_code: string; rank: number; n: number | string }[],
      { activity_id: number; n: number | string }[],
    ] = await Promise.all([
      this.dataSource.query(
        `SELECT activity_id, office, department_code, outcome_rank AS \`rank\`, SUM(delta) AS n FROM progress_deltas
          WHERE activity_id IN (${marks}) AND date <= ? GROUP BY activity_id, office, department_code, outcome_rank HAVING SUM(delta) <> 0`,
        [...ids, until],
      ),
      this.dataSource.query(`SELECT activity_id, SUM(actions) AS n FROM activity_days WHERE activity_id IN (${marks}) AND date <= ? GROUP BY activity_id`, [
        ...ids,
        until,
      ]),
    ]);

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
    const until = isoDate(asOf);
    const rows: { activity_id: number; date: string; executions: number | string }[] = await this.dataSource.query(
      `SELECT activity_id, date, executions FROM activity_days WHERE activity_id IN (${activities.map(() => '?').join(',')}) AND date <= ?`,
      [...activities.map((a) => a.id), until],
    );
    for (const activity of activities) {
      const executed = new Map<Month, number>();
      for (const row of rows) {
        if (Number(row.activity_id) !== activity.id) continue;
        const month = Number(String(row.date).slice(5, 7));
        if (isMonth(month)) executed.set(month, (executed.get(month) ?? 0) + Number(row.executions));
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
