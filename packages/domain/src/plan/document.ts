/**
 * A plan-year as data: what the coordination creates, edits, imports and publishes. One zod
 * schema validates it for the API and the web app; the rule kinds stay code (indicators.ts) and
 * are parameterised here. The 2024 plan is one instance (`planDocumentOf(PLAN_2024)`).
 */
import { z } from 'zod';
import { BENEFICIARY_GROUP_CODES, OFFICES, type Office } from '../beneficiaries.js';
import type { Month } from '../calendar.js';
import { OUTCOMES, type IndicatorRule } from '../indicators.js';
import { readSchedule } from '../schedule.js';
import { STRATEGY_OBJECTIVES, type PlanDefinition } from './types.js';
import { COUNTED_THINGS, RULE_KIND_LABELS, RULE_KINDS_BY_UNIT, TARGET_UNITS, type PlanStatus } from './vocabulary.js';

// Kept importable from here; the web app imports them through the index, without zod.
export * from './vocabulary.js';

const text = (what: string, max: number) =>
  z
    .string({ error: `${what}: debe ser un texto.` })
    .trim()
    .min(1, { error: `${what}: está vacío.` })
    .max(max, { error: `${what}: tiene más de ${max} caracteres.` });
const month = z
  .number({ error: 'Mes: debe ser un número del 1 al 12.' })
  .int()
  .min(1, { error: 'Mes: debe ir del 1 al 12.' })
  .max(12, { error: 'Mes: debe ir del 1 al 12.' });
const office = z.enum(OFFICES, { error: (issue) => `Cargo "${String(issue.input)}": no es un cargo válido.` });
const outcome = z.enum(OUTCOMES, { error: (issue) => `Resultado "${String(issue.input)}": no es un resultado válido.` });
const offices = z.array(office).min(1, { error: 'Cargos: indique al menos un cargo que cuenta.' });

export const ruleSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('DISTINCT_AUTHORITIES'), outcome, offices }),
    z.object({
      kind: z.literal('COMPOSITION'),
      outcome,
      countedAs: z.enum(COUNTED_THINGS),
      parts: z
        .array(
          z.object({
            key: z.string().regex(/^[A-Z0-9_]{1,40}$/, { error: 'Clave de la parte: solo mayúsculas, dígitos y "_".' }),
            label: text('Nombre de la parte', 100),
            value: z.number().int().positive({ error: 'Meta de la parte: debe ser un entero mayor que 0.' }),
            offices,
          }),
        )
        .min(2, { error: 'Meta compuesta: necesita al menos dos partes.' }),
    }),
    z.object({ kind: z.literal('PASS_RATE'), numerator: outcome, denominator: outcome, offices }),
    z.object({ kind: z.literal('GROUP_SHARE'), outcome, group: z.enum(BENEFICIARY_GROUP_CODES) }),
    z.object({ kind: z.literal('ACTION_COUNT'), executionKind: z.literal('DISSEMINATION') }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? `Regla: "${String((issue.input as { kind?: unknown })?.kind)}" no es un tipo de regla válido.` : undefined,
  },
);

/** A schedule mark: one month, or two where the source merged them (with the best reading). */
const markSchema = z.object({
  candidates: z.array(month).min(1).max(2),
  reading: z.array(month).min(1).max(2),
  note: z.string().max(1000).nullable().default(null),
});

const activitySchema = z.object({
  code: z.string().regex(/^\d{1,2}\.\d{1,2}$/, { error: 'Código de actividad: debe ser como "1.4".' }),
  objective: z.string().regex(/^\d{1,2}$/, { error: 'Objetivo específico: debe ser un número como "1".' }),
  name: text('Nombre de la actividad', 500),
  responsibleUnits: z.array(z.string().trim().min(1).max(20)).max(10),
  target: z.object({
    value: z.number({ error: 'Meta: debe ser un número.' }).positive({ error: 'Meta: debe ser mayor que 0.' }),
    unit: z.enum(TARGET_UNITS, { error: 'Unidad de la meta: debe ser número o porcentaje.' }),
    counted: z.enum(COUNTED_THINGS, { error: 'La meta cuenta: mujeres autoridades, gobiernos o acciones.' }),
    description: z.string().trim().max(1000),
  }),
  indicator: z.string().trim().max(1000).nullable(),
  schedule: z.array(markSchema).max(12),
  strategyObjectives: z.array(z.enum(STRATEGY_OBJECTIVES, { error: 'Objetivo DS: debe ser Obj1 a Obj5.' })).max(5),
  footnotes: z.array(z.number().int().positive()).max(30),
  rule: ruleSchema,
  interpretation: z.string().trim().max(2000).nullable().default(null),
});

export const planDocumentSchema = z.object({
  year: z.number().int().min(2000, { error: 'Año: debe estar entre 2000 y 2100.' }).max(2100, { error: 'Año: debe estar entre 2000 y 2100.' }),
  title: text('Título', 300),
  legalBasis: z.string().trim().max(200),
  generalObjective: z.string().trim().max(2000),
  objectives: z
    .array(z.object({ code: z.string().regex(/^\d{1,2}$/), name: text('Objetivo específico', 1000), footnotes: z.array(z.number().int().positive()) }))
    .max(20),
  activities: z.array(activitySchema).max(200),
  footnotes: z.array(z.object({ number: z.number().int().positive(), text: text('Nota al pie', 4000) })).max(50),
});

export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type ActivityDocument = PlanDocument['activities'][number];

/**
 * Where a problem is, from a zod path: "Actividad 1.4", plus the field's name ("› meta › valor")
 * when the message does not already name it (zod's generic messages).
 */
function placeOf(path: readonly PropertyKey[], input: unknown, named: boolean): string {
  const [root, index, ...rest] = path;
  const data = input as Partial<Record<string, unknown[]>> | null;
  let where = '';
  if (root === 'activities' && typeof index === 'number') {
    const code = (data?.activities?.[index] as { code?: unknown } | undefined)?.code;
    where = typeof code === 'string' && code ? `Actividad ${code}` : `Actividad n.° ${index + 1}`;
  } else if (root === 'objectives' && typeof index === 'number') where = `Objetivo específico n.° ${index + 1}`;
  else if (root === 'footnotes' && typeof index === 'number') where = `Nota al pie n.° ${index + 1}`;
  if (named) return where;
  const fields = (root === 'activities' || root === 'objectives' || root === 'footnotes' ? rest : path).filter((p) => typeof p === 'string');
  return [where, ...fields.map((f) => FIELD_NAMES[f] ?? f)].filter(Boolean).join(' › ');
}

const FIELD_NAMES: Record<string, string> = {
  name: 'nombre',
  target: 'meta',
  value: 'valor',
  unit: 'unidad',
  counted: 'qué cuenta',
  description: 'texto de la meta',
  indicator: 'indicador',
  schedule: 'cronograma',
  rule: 'regla',
  parts: 'partes',
  offices: 'cargos',
  outcome: 'resultado',
  responsibleUnits: 'responsables',
  strategyObjectives: 'objetivos DS',
  footnotes: 'notas al pie',
  candidates: 'meses',
  reading: 'lectura',
  note: 'nota',
  code: 'código',
  objective: 'objetivo específico',
  interpretation: 'interpretación',
  legalBasis: 'base legal',
  generalObjective: 'objetivo general',
  numerator: 'A',
  denominator: 'B',
  countedAs: 'qué cuenta',
  label: 'nombre',
  key: 'clave',
};

/** Our own messages start with the field they are about ("Meta: debe ser mayor que 0."); zod's generic ones do not. */
const NAMED_MESSAGE =
  /^(Año|Título|Meta|Meta de la parte|Meta compuesta|Regla|Mes|Cargos?|Resultado|Clave de la parte|Nombre de la (actividad|parte)|Código de actividad|Objetivo (específico|DS)|Unidad de la meta|La meta cuenta|Nota al pie)\b[^:]*: /;

export type PlanParse = { ok: true; plan: PlanDocument } | { ok: false; problems: string[] };

/** Parses untrusted input (JSON from the API, a converted spreadsheet) into a plan, or every problem in Spanish. */
export function parsePlanDocument(input: unknown): PlanParse {
  const result = planDocumentSchema.safeParse(input, { error: z.locales.es().localeError });
  if (result.success) return { ok: true, plan: result.data };
  const problems = result.error.issues.map((issue) => {
    const place = placeOf(issue.path, input, NAMED_MESSAGE.test(issue.message));
    return place ? `${place}: ${issue.message}` : issue.message;
  });
  return { ok: false, problems: [...new Set(problems)] };
}

/** What the plan may refer to that lives outside it: the units of the entity catalogue. */
export interface PlanCatalogue {
  unitCodes: ReadonlySet<string>;
}

/**
 * Everything that keeps a well-formed plan from being published, each in Spanish: what an
 * activity lacks, a rule that does not fit its unit, a composition that does not add up to its
 * target, references to objectives, units or footnotes that do not exist.
 */
export function publishProblems(plan: PlanDocument, catalogue: PlanCatalogue): string[] {
  const problems: string[] = [];
  if (plan.objectives.length === 0) problems.push('El plan no tiene objetivos específicos.');
  if (plan.activities.length === 0) problems.push('El plan no tiene actividades.');
  const objectiveCodes = new Set(plan.objectives.map((o) => o.code));
  const footnoteNumbers = new Set(plan.footnotes.map((f) => f.number));
  if (objectiveCodes.size !== plan.objectives.length) problems.push('Hay objetivos específicos con el mismo código.');
  const activityCodes = new Set<string>();
  for (const a of plan.activities) {
    const where = `Actividad ${a.code}`;
    if (activityCodes.has(a.code)) problems.push(`${where}: el código está repetido.`);
    activityCodes.add(a.code);
    if (!objectiveCodes.has(a.objective)) problems.push(`${where}: el objetivo específico ${a.objective} no existe en el plan.`);
    if (!a.code.startsWith(`${a.objective}.`)) problems.push(`${where}: el código debe empezar por el de su objetivo específico (${a.objective}.).`);
    if (a.responsibleUnits.length === 0) problems.push(`${where}: no tiene unidad responsable.`);
    for (const unit of a.responsibleUnits)
      if (!catalogue.unitCodes.has(unit)) problems.push(`${where}: la unidad responsable "${unit}" no existe en el catálogo de entidades.`);
    if (a.target.description === '') problems.push(`${where}: no tiene el texto de la meta.`);
    if (a.schedule.length === 0) problems.push(`${where}: no tiene ningún mes programado.`);
    for (const mark of a.schedule) {
      if (!mark.reading.every((m) => mark.candidates.includes(m)))
        problems.push(`${where}: una marca del cronograma se lee en un mes que no es de sus candidatos.`);
    }
    const months = a.schedule.flatMap((m) => m.reading);
    if (new Set(months).size !== months.length) problems.push(`${where}: un mes está programado dos veces.`);
    if (a.strategyObjectives.length === 0) problems.push(`${where}: no está alineada a ningún objetivo de la estrategia (columna DS).`);
    for (const n of a.footnotes) if (!footnoteNumbers.has(n)) problems.push(`${where}: la nota al pie ${n} no existe en el plan.`);
    const fits = RULE_KINDS_BY_UNIT[a.target.unit];
    if (!fits.includes(a.rule.kind)) {
      problems.push(
        `${where}: una meta en ${a.target.unit === 'PERCENT' ? 'porcentaje' : 'número'} no se mide con la regla «${RULE_KIND_LABELS[a.rule.kind]}».`,
      );
    }
    if (a.target.unit === 'PERCENT' && a.target.value > 100) problems.push(`${where}: una meta en porcentaje no puede pasar de 100.`);
    if (a.target.unit === 'COUNT' && !Number.isInteger(a.target.value)) problems.push(`${where}: una meta en número debe ser entera.`);
    if (a.rule.kind === 'COMPOSITION') {
      const sum = a.rule.parts.reduce((s, p) => s + p.value, 0);
      if (sum !== a.target.value) problems.push(`${where}: las partes de la meta suman ${sum}, no ${a.target.value}.`);
      const counted = a.rule.parts.flatMap((p) => p.offices);
      if (new Set(counted).size !== counted.length) problems.push(`${where}: un mismo cargo cuenta en dos partes de la meta.`);
      if (a.rule.countedAs !== a.target.counted) problems.push(`${where}: la regla cuenta algo distinto de lo que cuenta la meta.`);
    }
    if (a.rule.kind === 'PASS_RATE' && a.rule.numerator === a.rule.denominator) problems.push(`${where}: en (A/B)×100, A y B deben ser resultados distintos.`);
    if (a.rule.kind === 'ACTION_COUNT' && a.target.counted !== 'ACTIONS')
      problems.push(`${where}: una regla que cuenta acciones necesita una meta que cuente acciones.`);
  }
  for (const o of plan.objectives)
    for (const n of o.footnotes) if (!footnoteNumbers.has(n)) problems.push(`Objetivo específico ${o.code}: la nota al pie ${n} no existe en el plan.`);
  return problems;
}

/** Planned months of a mark list: the union of the readings. */
export function plannedMonthsOfDocument(activity: Pick<ActivityDocument, 'schedule'>): Month[] {
  return [...new Set(activity.schedule.flatMap((m) => m.reading as Month[]))].sort((a, b) => a - b);
}

/** A plain month list as a schedule (what the editor's 12-month strip produces). */
export function scheduleOfMonths(months: readonly number[]): ActivityDocument['schedule'] {
  return [...new Set(months)].sort((a, b) => a - b).map((m) => ({ candidates: [m], reading: [m], note: null }));
}

/** A plan written as TypeScript (the 2024 seed) as a document: marks read from the PDF layout. */
export function planDocumentOf(plan: PlanDefinition): PlanDocument {
  return {
    year: plan.year,
    title: plan.title,
    legalBasis: plan.legalBasis,
    generalObjective: plan.generalObjective,
    objectives: plan.objectives.map((o) => ({ code: o.code, name: o.name, footnotes: [...o.footnotes] })),
    activities: plan.activities.map((a) => ({
      code: a.code,
      objective: a.objective,
      name: a.name,
      responsibleUnits: [...a.responsibleUnits],
      target: { ...a.target },
      indicator: a.indicator,
      schedule: readSchedule(a.schedule).map((m) => ({ candidates: [...m.candidates], reading: [...m.reading], note: m.note })),
      strategyObjectives: [...a.strategyObjectives],
      footnotes: [...a.footnotes],
      rule: copyRule(a.rule),
      interpretation: a.interpretation ?? null,
    })),
    footnotes: plan.footnotes.map((f) => ({ number: f.number, text: f.text })),
  };
}

function copyRule(rule: IndicatorRule): ActivityDocument['rule'] {
  const list = (offices: readonly Office[]) => [...offices];
  switch (rule.kind) {
    case 'DISTINCT_AUTHORITIES':
      return { ...rule, offices: list(rule.offices) };
    case 'COMPOSITION':
      return { ...rule, parts: rule.parts.map((p) => ({ ...p, offices: list(p.offices) })) };
    case 'PASS_RATE':
      return { ...rule, offices: list(rule.offices) };
    case 'GROUP_SHARE':
    case 'ACTION_COUNT':
      return { ...rule };
  }
}

/** Why records cannot be written against a plan-year in this status, or null when they can. */
export function planWriteRefusal(year: number, status: PlanStatus): string | null {
  switch (status) {
    case 'DRAFT':
      return `El plan ${year} es un borrador: se registran ejecuciones y reportes cuando la coordinación lo publique.`;
    case 'CLOSED':
      return `El plan ${year} está cerrado: sus registros ya no admiten cambios.`;
    case 'IN_FORCE':
      return null;
  }
}

/** Why a plan-year cannot be edited as a document (only drafts are; a published plan is reprogrammed). */
export function planEditRefusal(year: number, status: PlanStatus): string | null {
  if (status === 'DRAFT') return null;
  return status === 'IN_FORCE'
    ? `El plan ${year} está vigente: sus actividades ya no se editan; use la reprogramación (nueva meta, meses o responsables, con su documento).`
    : `El plan ${year} está cerrado: ya no admite cambios.`;
}
