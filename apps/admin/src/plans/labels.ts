/** How the plan editor names what the domain codes (the codes and rules themselves come from @gj/domain). */
import {
  BENEFICIARY_GROUP_CODES,
  LEADING_AUTHORITIES,
  PLAN_STATUS_LABELS,
  type COUNTED_THINGS,
  type PlanStatus,
  type RuleKind,
  type TARGET_UNITS,
} from '@gj/domain';
import { formatNumber, formatPercent } from '../lib/format';

export const TARGET_UNIT_LABELS: Record<(typeof TARGET_UNITS)[number], string> = { COUNT: 'Número', PERCENT: 'Porcentaje' };

export const COUNTED_LABELS: Record<(typeof COUNTED_THINGS)[number], string> = {
  AUTHORITIES: 'Mujeres autoridades',
  GOVERNMENTS: 'Gobiernos regionales o locales',
  ACTIONS: 'Acciones',
};

/** A rule kind in a table cell (the domain's RULE_KIND_LABELS says it in full, shown on hover and in the form). */
export const RULE_KIND_SHORT: Record<RuleKind, string> = {
  DISTINCT_AUTHORITIES: 'Autoridades distintas',
  COMPOSITION: 'Meta compuesta por partes',
  PASS_RATE: 'Porcentaje (A/B)×100',
  GROUP_SHARE: 'Porcentaje de un grupo',
  ACTION_COUNT: 'Acciones realizadas',
};

/** The groups a GROUP_SHARE rule can measure, with their names. */
export const GROUP_OPTIONS = BENEFICIARY_GROUP_CODES.map((code) => ({
  value: code,
  label: code === LEADING_AUTHORITIES.code ? LEADING_AUTHORITIES.label : code,
}));

export const PLAN_STATUS_COLORS: Record<PlanStatus, string> = { DRAFT: 'yellow', IN_FORCE: 'green', CLOSED: 'gray' };

export function planStatusLabel(status: PlanStatus): string {
  return PLAN_STATUS_LABELS[status];
}

/** "150" or "60 %": a target in its unit. */
export function targetText(value: number, unit: string): string {
  return unit === 'PERCENT' ? formatPercent(value) : formatNumber(value);
}
