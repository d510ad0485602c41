/**
 * An activity's progress from aggregated records, by its indicator rule. The API supplies counts
 * of distinct women authorities (already reduced to one row per person and activity); this module
 * decides who counts, so that every screen and export applies the plan's rules the same way.
 */
import { AUTHORITY_CENSUS_2024, LEADING_AUTHORITIES, groupSize, type AuthorityCensus, type Office } from './beneficiaries.js';
import { outcomeSatisfies } from './execution.js';
import { formatInteger } from './format.js';
import {
  compositionPartOf,
  compositionProgress,
  countProgress,
  groupShareProgress,
  rateProgress,
  type CompositionPartProgress,
  type IndicatorRule,
  type Outcome,
  type Progress,
} from './indicators.js';

/** Distinct authorities of one office and department whose furthest outcome is `outcome`. */
export interface ParticipationCount {
  office: Office;
  departmentCode: string;
  outcome: Outcome;
  authorities: number;
}

export interface ActivityRecords {
  participations: readonly ParticipationCount[];
  /** Executions of the kind an ACTION_COUNT rule counts. */
  actions: number;
}

export interface Breakdown<K extends string> {
  key: K;
  count: number;
}

export interface ActivityProgress extends Progress {
  /** Authorities (or actions) counted, by office and by department. */
  byOffice: Breakdown<Office>[];
  byDepartment: Breakdown<string>[];
  parts: CompositionPartProgress[];
  /** (A/B)×100 rules: A and B. */
  numerator: number | null;
  denominator: number | null;
  /** Share-of-group rules: members needed and still missing. */
  required: number | null;
  missing: number | null;
  /** Composition rules: what counts towards the target, each part only up to its own target. */
  counted: number | null;
  /** Figures that do not add up and need a person to check the data, in Spanish. */
  warnings: string[];
}

function tally<K extends string>(rows: readonly ParticipationCount[], key: (r: ParticipationCount) => K): Breakdown<K>[] {
  const counts = new Map<K, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + row.authorities);
  return [...counts].map(([k, count]) => ({ key: k, count })).sort((a, b) => (a.key < b.key ? -1 : 1));
}

const sum = (rows: readonly ParticipationCount[]) => rows.reduce((s, r) => s + r.authorities, 0);

export function activityProgress(
  rule: IndicatorRule,
  targetValue: number,
  records: ActivityRecords,
  /** The census of the plan's term; null when none was entered yet. */
  census: AuthorityCensus | null = AUTHORITY_CENSUS_2024,
): ActivityProgress {
  const empty = { parts: [], numerator: null, denominator: null, required: null, missing: null, counted: null, warnings: [] };
  const counting = (offices: readonly Office[], outcome: Outcome) =>
    records.participations.filter((p) => offices.includes(p.office) && outcomeSatisfies(p.outcome, outcome));

  switch (rule.kind) {
    case 'DISTINCT_AUTHORITIES': {
      const rows = counting(rule.offices, rule.outcome);
      return { ...countProgress(sum(rows), targetValue), byOffice: tally(rows, (r) => r.office), byDepartment: tally(rows, (r) => r.departmentCode), ...empty };
    }
    case 'COMPOSITION': {
      const offices = rule.parts.flatMap((p) => p.offices);
      const rows = counting(offices, rule.outcome);
      const byPart: Record<string, number> = {};
      for (const row of rows) {
        const part = compositionPartOf(rule.parts, row.office)!;
        byPart[part.key] = (byPart[part.key] ?? 0) + row.authorities;
      }
      const progress = compositionProgress(rule.parts, byPart);
      return {
        ...progress,
        byOffice: tally(rows, (r) => r.office),
        byDepartment: tally(rows, (r) => r.departmentCode),
        ...empty,
        parts: progress.parts,
        counted: progress.counted,
      };
    }
    case 'PASS_RATE': {
      const enrolled = counting(rule.offices, rule.denominator);
      const approved = counting(rule.offices, rule.numerator);
      const progress = rateProgress(sum(approved), sum(enrolled), targetValue);
      return {
        ...progress,
        byOffice: tally(approved, (r) => r.office),
        byDepartment: tally(approved, (r) => r.departmentCode),
        ...empty,
        numerator: progress.numerator,
        denominator: progress.denominator,
      };
    }
    case 'GROUP_SHARE': {
      const group = LEADING_AUTHORITIES;
      const rows = counting(group.offices, rule.outcome);
      const size = census ? groupSize(group, census) : 0;
      if (size === 0) {
        // Without a census of the term the group has no size: nothing to divide by, and said so.
        return {
          achieved: 0,
          target: targetValue,
          percentOfTarget: 0,
          remaining: targetValue,
          met: false,
          byOffice: tally(rows, (r) => r.office),
          byDepartment: tally(rows, (r) => r.departmentCode),
          ...empty,
          numerator: sum(rows),
          denominator: null,
          warnings: [
            `No hay censo de mujeres autoridades del periodo de este plan: registre cuántas mujeres ocupan cada cargo para calcular el porcentaje del grupo «${group.label}».`,
          ],
        };
      }
      // The share is of the census group; more reached than the census holds means the register
      // and the census disagree (a replacement, a duplicate): counted up to the group, and said.
      const reached = sum(rows);
      const progress = groupShareProgress(Math.min(reached, size), size, targetValue);
      const warnings =
        reached > size
          ? [
              `Se cuentan ${formatInteger(reached)} mujeres alcanzadas del grupo «${group.label}», pero el grupo tiene ${formatInteger(size)} según ${census!.source}: el avance se calcula sobre ${formatInteger(size)}. Revise si en el registro hay personas duplicadas o reemplazos.`,
            ]
          : [];
      return {
        ...progress,
        byOffice: tally(rows, (r) => r.office),
        byDepartment: tally(rows, (r) => r.departmentCode),
        ...empty,
        numerator: progress.reached,
        denominator: progress.groupSize,
        required: progress.required,
        missing: progress.missing,
        warnings,
      };
    }
    case 'ACTION_COUNT':
      return { ...countProgress(records.actions, targetValue), byOffice: [], byDepartment: [], ...empty };
  }
}
