/**
 * A plan-year's statuses, units and rule kinds with their Spanish labels: plain data, apart from
 * document.ts so that the web app's first screen can show them without loading zod (~27 KB).
 */

export const PLAN_STATUSES = ['DRAFT', 'IN_FORCE', 'CLOSED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_STATUS_LABELS: Record<PlanStatus, string> = { DRAFT: 'Borrador', IN_FORCE: 'Vigente', CLOSED: 'Cerrado' };

export const TARGET_UNITS = ['COUNT', 'PERCENT'] as const;
export const COUNTED_THINGS = ['AUTHORITIES', 'GOVERNMENTS', 'ACTIONS'] as const;
export const RULE_KINDS = ['DISTINCT_AUTHORITIES', 'COMPOSITION', 'PASS_RATE', 'GROUP_SHARE', 'ACTION_COUNT'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

/** What each rule kind computes, in the words the plan editor shows. */
export const RULE_KIND_LABELS: Record<RuleKind, string> = {
  DISTINCT_AUTHORITIES: 'Número de mujeres autoridades distintas con un resultado (cada una cuenta una vez)',
  COMPOSITION: 'Número compuesto por partes, cada una con su propia meta (p. ej. 200 = 2 + 10 + 48 + 100 + 40)',
  PASS_RATE: 'Porcentaje (A/B)×100: A con un resultado (p. ej. aprobó) entre B con otro (p. ej. inscrita)',
  GROUP_SHARE: 'Porcentaje de un grupo fijo alcanzado (p. ej. el 60 % de las autoridades que lideran gobiernos)',
  ACTION_COUNT: 'Número de acciones realizadas (ejecuciones de difusión)',
};

/** Which rule kinds fit a target unit: a percentage target needs a rule that yields a percentage. */
export const RULE_KINDS_BY_UNIT: Record<(typeof TARGET_UNITS)[number], readonly RuleKind[]> = {
  COUNT: ['DISTINCT_AUTHORITIES', 'COMPOSITION', 'ACTION_COUNT'],
  PERCENT: ['PASS_RATE', 'GROUP_SHARE'],
};
