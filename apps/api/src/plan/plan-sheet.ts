/**
 * A plan-year as an Excel workbook laid out like the plan's own table (one row per activity, the
 * months as columns), and back. The coordination downloads it, edits it in Excel and imports it;
 * docs/PLAN-SPREADSHEET.md tells them the layout. One column table drives both directions, so the
 * layout is written once. Reading goes through tabular-file: its bounds hold for this file too.
 */
import {
  BENEFICIARY_GROUP_CODES,
  COUNTED_THINGS,
  LEADING_AUTHORITIES,
  OFFICE_DEFINITIONS,
  OUTCOME_LABELS,
  OUTCOMES,
  RULE_KIND_LABELS,
  RULE_KINDS,
  STRATEGY_OBJECTIVES,
  TARGET_UNITS,
  UNITS,
  normalizeText,
  parsePlanDocument,
  type ActivityDocument,
  type Office,
  type Outcome,
  type PlanDocument,
  type RuleKind,
} from '@gj/domain';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { boundedWorkbook, readSheet, SheetError, type SheetRow } from '../common/tabular-file.js';

type Rule = ActivityDocument['rule'];
type Mark = ActivityDocument['schedule'][number];
type Unit = ActivityDocument['target']['unit'];
type Counted = ActivityDocument['target']['counted'];
type Part = Extract<Rule, { kind: 'COMPOSITION' }>['parts'][number];

export interface PlanSheetError {
  /** Line of the sheet the message names (0: the file or the plan as a whole). */
  line: number;
  message: string;
}

const UNIT_LABELS: Record<Unit, string> = { COUNT: 'Número', PERCENT: 'Porcentaje' };
const COUNTED_LABELS: Record<Counted, string> = { AUTHORITIES: 'Mujeres autoridades', GOVERNMENTS: 'Gobiernos', ACTIONS: 'Acciones' };

/** Month headers: the one written first, then what people also type ("Sep", "Setiembre"…). */
const MONTH_NAMES = [
  ['Ene', 'enero'],
  ['Feb', 'febrero'],
  ['Mar', 'marzo'],
  ['Abr', 'abril'],
  ['May', 'mayo'],
  ['Jun', 'junio'],
  ['Jul', 'julio'],
  ['Ago', 'agosto'],
  ['Set', 'setiembre', 'sep', 'sept', 'septiembre'],
  ['Oct', 'octubre'],
  ['Nov', 'noviembre'],
  ['Dic', 'diciembre'],
] as const;
const MONTHS = MONTH_NAMES.map((_, i) => i + 1);
const monthShort = (m: number) => MONTH_NAMES[m - 1]![0];

/** A cell that cannot be read; its message completes "Fila N: …". */
class CellProblem extends Error {}
const fail = (message: string): never => {
  throw new CellProblem(message);
};

/** Header, code or label as compared: no case, accents, extra spaces, and "_" as a space. */
const simple = (text: string) => normalizeText(text.replaceAll('_', ' '));

/** Finds a code by itself or by any of its Spanish names. */
function lookup<T extends string>(names: Record<T, readonly string[]>): (text: string) => T | undefined {
  const found = new Map<string, T>();
  for (const code of Object.keys(names) as T[]) for (const name of [code, ...names[code]]) found.set(simple(name), code);
  return (text) => found.get(simple(text));
}
const findUnit = lookup<Unit>({ COUNT: [UNIT_LABELS.COUNT, 'N°', 'cantidad'], PERCENT: [UNIT_LABELS.PERCENT, '%'] });
const findCounted = lookup<Counted>({
  AUTHORITIES: [COUNTED_LABELS.AUTHORITIES, 'autoridades'],
  GOVERNMENTS: [COUNTED_LABELS.GOVERNMENTS],
  ACTIONS: [COUNTED_LABELS.ACTIONS],
});
const findRuleKind = lookup(Object.fromEntries(RULE_KINDS.map((k) => [k, []])) as Record<RuleKind, []>);
const findOutcome = lookup(Object.fromEntries(OUTCOMES.map((o) => [o, [OUTCOME_LABELS[o]]])) as Record<Outcome, string[]>);
const findOffice = lookup(Object.fromEntries(OFFICE_DEFINITIONS.map((d) => [d.office, [d.label, d.pluralLabel]])) as Record<Office, string[]>);
const findGroup = lookup<(typeof BENEFICIARY_GROUP_CODES)[number]>({ LEADING_AUTHORITIES: [LEADING_AUTHORITIES.label] });
const findMonth = lookup(Object.fromEntries(MONTH_NAMES.map((names, i) => [String(i + 1), names])) as Record<string, readonly string[]>);

const quoted = (values: readonly string[]) => values.map((v) => `"${v}"`).join(', ');

/** A list in one cell ("OSCE - MIMP", "Obj1, Obj2", "5, 6"): every item must be known. */
function readList<T>(text: string, separator: RegExp, find: (item: string) => T | undefined, invalid: (bad: string[]) => string): T[] {
  const items = text
    .split(separator)
    .map((item) => item.trim())
    .filter(Boolean);
  const bad = items.filter((item) => find(item) === undefined);
  if (bad.length > 0) fail(invalid(bad));
  return items.map((item) => find(item)!);
}

/** "el cargo "X" no es válido" or, for several, "los cargos "X", "Y" no son válidos". */
const notValid = (bad: string[], what: string, hint: string) =>
  bad.length === 1 ? `${what} ${quoted(bad)} no es válido (${hint}).` : `${what.replace(/^el (\S+)/, 'los $1s')} ${quoted(bad)} no son válidos (${hint}).`;

/** A number as typed or as Excel stores it: "150", "60%", "2,978" (thousands), "12,5" (decimal comma). */
function readNumber(text: string, what: string): number {
  const compact = text.replace(/[\s%]/g, '');
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact) ? compact.replaceAll(',', '') : compact.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : fail(`${what} "${text}" no es un número.`);
}

const readOffices = (text: string) =>
  readList(text, /[,;\n]+/, findOffice, (bad) => notValid(bad, 'el cargo', 'vea los códigos de cargos en la hoja Códigos, p. ej. GOBERNADORA'));

const readObjectiveCode = (text: string) =>
  /^\d{1,2}\.?$/.test(text) ? text.replace('.', '') : fail(`el objetivo "${text}" no es válido: escriba su número, p. ej. 1.`);

const readFootnoteNumbers = (text: string) =>
  // "." separates too: Excel may have turned "5,6" into the number 5.6.
  readList(
    text,
    /[,;.\s]+/,
    (n) => (/^\d+$/.test(n) ? Number(n) : undefined),
    (bad) => notValid(bad, 'el número de nota al pie', 'escriba los números separados por comas, p. ej. 5, 6'),
  );

/** "Set/Oct → Oct | nota": one line per mark of two months (or with a note) in "Cronograma (detalle)". */
const DETAIL_LINE = /^([^|→:=>]+?)\s*(?:→|->|=>|:|=)\s*([^|]+?)\s*(?:\|\s*(.*))?$/;

function writeDetail(schedule: readonly Mark[]): string {
  const months = (list: readonly number[]) => list.map(monthShort).join('/');
  return schedule
    .filter((m) => m.candidates.length > 1 || m.note !== null || months(m.reading) !== months(m.candidates))
    .map((m) => `${months(m.candidates)} → ${months(m.reading)}${m.note === null ? '' : ` | ${m.note}`}`)
    .join('\n');
}

function readDetail(text: string): Mark[] {
  const monthsOf = (list: string, line: string) =>
    readList(
      normalizeText(list),
      /[/,+\s-]+|\b[yo]\b/,
      (m) => (findMonth(m) ? Number(findMonth(m)) : undefined),
      () => `en "Cronograma (detalle)", la línea "${line}" nombra un mes que no existe.`,
    );
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = DETAIL_LINE.exec(line);
      if (!match) return fail(`en "Cronograma (detalle)", la línea "${line}" no se entiende: escríbala como "Set/Oct → Oct | nota".`);
      return { candidates: monthsOf(match[1]!, line), reading: monthsOf(match[2]!, line), note: match[3] === undefined ? null : match[3].trim() };
    });
}

const PLANNED = new Set(['x', '✓', '✔', '1', 'si']);
type MonthMark = 'X' | 'X?' | null;

function readMonthMark(text: string, month: number): MonthMark {
  const mark = normalizeText(text).replace(/\s/g, '');
  if (mark === '') return null;
  if (PLANNED.has(mark)) return 'X';
  if (mark === 'x?' || mark === '?') return 'X?';
  return fail(`la marca "${text}" en ${monthShort(month)} no se entiende: escriba X (mes programado), X? (mes de una marca dudosa) o deje la celda vacía.`);
}

/** How a column's cells are written: text columns are stored as text (format "@", formula-safe). */
type Kind = 'text' | 'long' | 'number' | 'mark';

/** A column of a sheet: how its cells are written from an item (an activity, an objective…) and read back. */
interface Column<D, K extends string, T> {
  key: K;
  header: string;
  /** Other headers accepted on import (case and accents do not matter). */
  aliases?: readonly string[];
  width: number;
  kind: Kind;
  /** Without the column there is no activity to read (one error instead of one per row). */
  required?: boolean;
  /** Values offered in a drop-down list (Excel warns on others; the import also takes Spanish labels). */
  list?: readonly string[];
  write: (item: D, plan: PlanDocument) => string | number | null;
  /** Reads a trimmed cell ('' when empty), or throws a CellProblem. */
  read: (text: string) => T;
}
type AnyColumn = Column<never, string, unknown>;
/** What a row of these columns reads as, by key. */
type RowOf<Cs extends readonly AnyColumn[]> = { [C in Cs[number] as C['key']]: ReturnType<C['read']> };
/** Infers each column's key and value type (the row types above come from them). */
const columnOf =
  <D>() =>
  <K extends string, T>(c: Column<D, K, T>) =>
    c;
const column = columnOf<ActivityDocument>();

const optional =
  <T>(read: (text: string) => T) =>
  (text: string): T | null =>
    text === '' ? null : read(text);
const required =
  <T>(what: string, read: (text: string) => T) =>
  (text: string): T =>
    text === '' ? fail(`falta ${what}.`) : read(text);
const textOrNull = (text: string) => (text === '' ? null : text);
const outcomeColumn = <K extends string>(key: K, header: string, aliases: string[], pick: (rule: Rule) => string | null) =>
  column({
    key,
    header,
    aliases,
    width: 14,
    kind: 'text',
    list: OUTCOMES,
    write: (a) => pick(a.rule),
    read: optional((text) => findOutcome(text) ?? fail(`${header}: el resultado "${text}" no es válido (${OUTCOMES.join(', ')}).`)),
  });

const MONTH_COLUMNS = MONTHS.map((m) =>
  column({
    key: `m${m}` as `m${number}`,
    header: monthShort(m),
    aliases: MONTH_NAMES[m - 1]!.slice(1),
    width: 5,
    kind: 'mark',
    list: ['X', 'X?'],
    // Both candidates of a two-month mark are "X?": the detail column says how it is read.
    write: (a) => {
      const mark = a.schedule.find((s) => s.candidates.includes(m));
      return mark ? (mark.candidates.length > 1 ? 'X?' : 'X') : null;
    },
    read: (text) => readMonthMark(text, m),
  }),
);

/** The sheet "Actividades", in column order. */
const ACTIVITY_COLUMNS = [
  column({
    key: 'objective',
    header: 'OOE',
    aliases: ['objetivo operativo especifico'],
    width: 6,
    kind: 'text',
    write: (a) => a.objective,
    read: optional(readObjectiveCode),
  }),
  column({
    key: 'objectiveName',
    header: 'Objetivo específico',
    width: 40,
    kind: 'long',
    write: (a, plan) => plan.objectives.find((o) => o.code === a.objective)?.name ?? null,
    read: textOrNull,
  }),
  column({
    key: 'code',
    header: 'Código',
    aliases: ['cod.', 'codigo de la actividad'],
    width: 8,
    kind: 'text',
    required: true,
    write: (a) => a.code,
    read: required('el código de la actividad (p. ej. 1.4)', (text) => {
      const code = text.replace(',', '.').replace(/\.$/, '');
      return /^\d{1,2}\.\d{1,2}$/.test(code) ? code : fail(`el código de actividad "${text}" no es válido: debe ser como 1.4.`);
    }),
  }),
  column({ key: 'name', header: 'Actividad', aliases: ['actividad operativa'], width: 50, kind: 'long', required: true, write: (a) => a.name, read: (t) => t }),
  column({
    key: 'units',
    header: 'Responsable',
    aliases: ['responsables', 'unidad responsable'],
    width: 16,
    kind: 'text',
    write: (a) => a.responsibleUnits.join(' - '),
    // "MIMP/DGIGND" as the plan writes it is the unit DGIGND of the MIMP.
    read: (text) =>
      readList(
        text,
        /[-–,;\n]+/,
        (unit) => unit.split('/').at(-1)!.trim() || undefined,
        (bad) => `responsable vacío en ${quoted(bad)}.`,
      ),
  }),
  column({
    key: 'value',
    header: 'Meta',
    aliases: ['valor de la meta'],
    width: 8,
    kind: 'number',
    required: true,
    write: (a) => a.target.value,
    read: required('la meta (un número, p. ej. 150)', (text) => readNumber(text, 'la meta')),
  }),
  column({
    key: 'unit',
    header: 'Unidad de la meta',
    aliases: ['unidad'],
    width: 12,
    kind: 'text',
    required: true,
    list: TARGET_UNITS.map((u) => UNIT_LABELS[u]),
    write: (a) => UNIT_LABELS[a.target.unit],
    read: required(
      'la unidad de la meta (Número o Porcentaje)',
      (text) => findUnit(text) ?? fail(`la unidad de la meta "${text}" no es válida (Número o Porcentaje).`),
    ),
  }),
  column({
    key: 'counted',
    header: 'Cuenta',
    aliases: ['la meta cuenta', 'que cuenta'],
    width: 18,
    kind: 'text',
    required: true,
    list: COUNTED_THINGS.map((c) => COUNTED_LABELS[c]),
    write: (a) => COUNTED_LABELS[a.target.counted],
    read: required(
      'lo que cuenta la meta (Mujeres autoridades, Gobiernos o Acciones)',
      (text) => findCounted(text) ?? fail(`lo que cuenta la meta, "${text}", no es válido (Mujeres autoridades, Gobiernos o Acciones).`),
    ),
  }),
  column({
    key: 'description',
    header: 'Texto de la meta',
    aliases: ['meta (texto)'],
    width: 40,
    kind: 'long',
    write: (a) => a.target.description,
    read: (t) => t,
  }),
  column({ key: 'indicator', header: 'Indicador', width: 40, kind: 'long', write: (a) => a.indicator, read: textOrNull }),
  ...MONTH_COLUMNS,
  column({
    key: 'detail',
    header: 'Cronograma (detalle)',
    aliases: ['detalle del cronograma'],
    width: 40,
    kind: 'long',
    write: (a) => writeDetail(a.schedule),
    read: readDetail,
  }),
  column({
    key: 'strategy',
    header: 'DS',
    aliases: ['objetivos ds', 'objetivo ds'],
    width: 12,
    kind: 'text',
    write: (a) => a.strategyObjectives.join(', '),
    read: (text) =>
      readList(
        text,
        /[,;/]+/,
        (item) => STRATEGY_OBJECTIVES.find((o) => o.slice(3) === /^(?:obj\S*)?\s*(\d)$/.exec(normalizeText(item))?.[1]),
        (bad) => notValid(bad, 'el objetivo DS', 'Obj1 a Obj5'),
      ),
  }),
  column({
    key: 'footnotes',
    header: 'Notas',
    aliases: ['notas al pie'],
    width: 8,
    kind: 'text',
    write: (a) => a.footnotes.join(', '),
    read: readFootnoteNumbers,
  }),
  column({
    key: 'rule',
    header: 'Regla',
    aliases: ['tipo de regla'],
    width: 22,
    kind: 'text',
    required: true,
    list: RULE_KINDS,
    write: (a) => a.rule.kind,
    read: required(
      'la regla (vea la hoja Códigos)',
      (text) => findRuleKind(text) ?? fail(`la regla "${text}" no es válida (${RULE_KINDS.join(', ')}; vea la hoja Códigos).`),
    ),
  }),
  outcomeColumn('outcome', 'Resultado que cuenta', ['resultado'], (rule) => ('outcome' in rule ? rule.outcome : null)),
  column({
    key: 'offices',
    header: 'Cargos que cuentan',
    aliases: ['cargos'],
    width: 30,
    kind: 'long',
    write: (a) => ('offices' in a.rule ? a.rule.offices.join(', ') : null),
    read: optional(readOffices),
  }),
  outcomeColumn('numerator', 'A (numerador)', ['numerador'], (rule) => (rule.kind === 'PASS_RATE' ? rule.numerator : null)),
  outcomeColumn('denominator', 'B (denominador)', ['denominador'], (rule) => (rule.kind === 'PASS_RATE' ? rule.denominator : null)),
  column({
    key: 'group',
    header: 'Grupo',
    width: 22,
    kind: 'text',
    list: BENEFICIARY_GROUP_CODES,
    write: (a) => (a.rule.kind === 'GROUP_SHARE' ? a.rule.group : null),
    read: optional((text) => findGroup(text) ?? fail(`el grupo "${text}" no es válido (${BENEFICIARY_GROUP_CODES.join(', ')}).`)),
  }),
  column({
    key: 'parts',
    header: 'Partes de la meta',
    aliases: ['partes'],
    width: 45,
    kind: 'long',
    // "CLAVE|Nombre|meta|CARGO, CARGO; …": parts separated by ";" (or a line break), fields by "|".
    write: (a) => (a.rule.kind === 'COMPOSITION' ? a.rule.parts.map((p) => [p.key, p.label, p.value, p.offices.join(', ')].join('|')).join('; ') : null),
    read: optional((text) =>
      text
        .split(/[;\n]+/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part): Part => {
          const fields = part.split('|').map((f) => f.trim());
          if (fields.length !== 4)
            fail(
              `la parte "${part}" de "Partes de la meta" debe tener 4 datos separados por "|": clave|nombre|meta|cargos (p. ej. GOBERNADORAS|Gobernadoras|2|GOBERNADORA).`,
            );
          const [key, label, value, offices] = fields as [string, string, string, string];
          return { key, label, value: readNumber(value, `la meta de la parte "${key}"`), offices: offices ? readOffices(offices) : [] };
        }),
    ),
  }),
  column({ key: 'interpretation', header: 'Interpretación', width: 40, kind: 'long', write: (a) => a.interpretation, read: textOrNull }),
] as const;

type Values = RowOf<typeof ACTIVITY_COLUMNS>;
type RuleColumn = 'outcome' | 'offices' | 'numerator' | 'denominator' | 'group' | 'parts';

/** The rule columns each kind reads; the others must stay empty, so nothing typed is silently ignored. */
const RULE_COLUMNS: Record<RuleKind, readonly RuleColumn[]> = {
  DISTINCT_AUTHORITIES: ['outcome', 'offices'],
  COMPOSITION: ['outcome', 'parts'],
  PASS_RATE: ['numerator', 'denominator', 'offices'],
  GROUP_SHARE: ['outcome', 'group'],
  ACTION_COUNT: [],
};
const RULE_FIELDS: readonly RuleColumn[] = ['outcome', 'offices', 'numerator', 'denominator', 'group', 'parts'];
const headerOf = (key: string) => ACTIVITY_COLUMNS.find((c) => c.key === key)!.header;

/** The rule from its columns; a composition counts what its target counts. */
function ruleOf(v: Values, report: (message: string) => void): Rule | null {
  const kind = v.rule;
  let complete = true;
  for (const field of RULE_FIELDS) {
    const used = RULE_COLUMNS[kind].includes(field);
    if (used && v[field] === null) {
      report(`falta "${headerOf(field)}": la regla ${kind} lo necesita.`);
      complete = false;
    }
    if (!used && v[field] !== null) report(`la regla ${kind} no usa "${headerOf(field)}": deje esa celda vacía (o cambie la regla).`);
  }
  if (!complete) return null;
  switch (kind) {
    case 'DISTINCT_AUTHORITIES':
      return { kind, outcome: v.outcome!, offices: v.offices! };
    case 'COMPOSITION':
      return { kind, outcome: v.outcome!, countedAs: v.counted, parts: v.parts! };
    case 'PASS_RATE':
      return { kind, numerator: v.numerator!, denominator: v.denominator!, offices: v.offices! };
    case 'GROUP_SHARE':
      return { kind, outcome: v.outcome!, group: v.group! };
    case 'ACTION_COUNT':
      return { kind, executionKind: 'DISSEMINATION' };
  }
}

/** Marks from the month columns and the detail lines, which must agree. */
function scheduleOf(v: Values, report: (message: string) => void): Mark[] {
  const cell = (m: number) => v[`m${m}`];
  const twoMonths = v.detail.filter((d) => d.candidates.length > 1);
  for (const m of MONTHS) {
    if (cell(m) === 'X?' && !twoMonths.some((d) => d.candidates.includes(m)))
      report(`${monthShort(m)} está marcado "X?", pero "Cronograma (detalle)" no dice cómo se lee esa marca (p. ej. "Ago/Set → Set").`);
  }
  for (const d of v.detail)
    for (const m of d.candidates) if (!cell(m)) report(`"Cronograma (detalle)" nombra ${monthShort(m)}, pero la columna ${monthShort(m)} no está marcada.`);
  const explained = new Set(v.detail.flatMap((d) => d.candidates));
  const plain = MONTHS.filter((m) => cell(m) === 'X' && !explained.has(m)).map((m): Mark => ({ candidates: [m], reading: [m], note: null }));
  return [...v.detail, ...plain].sort((a, b) => Math.min(...a.candidates) - Math.min(...b.candidates));
}

/* ------------------------------------------------------------------------------------------ */
/* Writing                                                                                     */

interface SheetColumn {
  header: string;
  width: number;
  kind: Kind;
}

/** A sheet with a bold, frozen header; text columns keep what is typed as text (no formulas, no 1.10 → 1.1). */
function addSheet(workbook: ExcelJS.Workbook, name: string, columns: readonly SheetColumn[], rows: (string | number | null)[][]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: {
      ...(c.kind === 'number' ? {} : { numFmt: '@' }),
      alignment: c.kind === 'mark' ? { vertical: 'top', horizontal: 'center' } : { vertical: 'top', wrapText: c.kind === 'long' },
    },
  }));
  sheet.addRows(rows.map((row) => row.map((value) => (value === '' ? null : value))));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { vertical: 'top', wrapText: true };
  return sheet;
}

const rowsOf = <D>(columns: readonly Column<D, string, unknown>[], items: readonly D[], plan: PlanDocument) =>
  items.map((item) => columns.map((c) => c.write(item, plan)));

/** Drop-down lists up to this row, so rows people add get them too. */
const LIST_ROWS = 1000;
type WithValidations = { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } };

const CODES_SHEET: SheetColumn[] = [
  { header: 'Columna', width: 26, kind: 'text' },
  { header: 'Valor', width: 24, kind: 'text' },
  { header: 'Significado', width: 100, kind: 'long' },
];

/** Every allowed value with its meaning, for the "Códigos" sheet. */
function codeRows(): string[][] {
  const counted: Record<Counted, string> = {
    AUTHORITIES: 'Cada mujer autoridad cuenta una vez.',
    GOVERNMENTS: 'Cada gobierno regional o local (por la autoridad que lo lidera) cuenta una vez.',
    ACTIONS: 'Cada acción realizada (p. ej. una actividad de difusión) cuenta una vez.',
  };
  const uses = (kind: RuleKind) => RULE_COLUMNS[kind].map((c) => `"${headerOf(c)}"`).join(', ') || 'ninguna otra columna';
  return [
    ['Unidad de la meta', UNIT_LABELS.COUNT, 'La meta es una cantidad entera (p. ej. 150).'],
    ['Unidad de la meta', UNIT_LABELS.PERCENT, 'La meta es un porcentaje de 0 a 100 (p. ej. 60).'],
    ...COUNTED_THINGS.map((c) => ['Cuenta', COUNTED_LABELS[c], counted[c]]),
    ['Ene … Dic', 'X', 'Mes programado.'],
    ['Ene … Dic', 'X?', 'Mes candidato de una marca dudosa (dos meses posibles): su lectura va en "Cronograma (detalle)".'],
    ...STRATEGY_OBJECTIVES.map((o) => ['DS', o, `Objetivo ${o.slice(3)} de la Estrategia Multisectorial (DS N° 004-2023-MIMP).`]),
    ...RULE_KINDS.map((k) => ['Regla', k, `${RULE_KIND_LABELS[k]}. Columnas que usa: ${uses(k)}.`]),
    ...OUTCOMES.map((o) => ['Resultado que cuenta, A, B', o, OUTCOME_LABELS[o]]),
    ...OFFICE_DEFINITIONS.map((d) => ['Cargos que cuentan', d.office, d.label]),
    ...BENEFICIARY_GROUP_CODES.map((g) => ['Grupo', g, LEADING_AUTHORITIES.label]),
    ...UNITS.map((u) => ['Responsable', u.code, `${u.name} (${u.entity})`]),
  ];
}

/** The sheet "Plan": a label and its value on each row (the year is chosen when importing). */
const PLAN_FIELDS = { year: 'Año', title: 'Título', legalBasis: 'Base legal', generalObjective: 'Objetivo general' } as const;

const objectiveColumn = columnOf<PlanDocument['objectives'][number]>();
const OBJECTIVE_COLUMNS = [
  objectiveColumn({
    key: 'code',
    header: 'Código',
    aliases: ['OOE'],
    width: 8,
    kind: 'text',
    write: (o) => o.code,
    read: required('el código del objetivo (p. ej. 1)', readObjectiveCode),
  }),
  objectiveColumn({ key: 'name', header: 'Nombre', aliases: ['objetivo especifico'], width: 100, kind: 'long', write: (o) => o.name, read: (t) => t }),
  objectiveColumn({
    key: 'footnotes',
    header: 'Notas al pie',
    aliases: ['notas'],
    width: 12,
    kind: 'text',
    write: (o) => o.footnotes.join(', '),
    read: readFootnoteNumbers,
  }),
] as const;

const footnoteColumn = columnOf<PlanDocument['footnotes'][number]>();
const FOOTNOTE_COLUMNS = [
  footnoteColumn({
    key: 'number',
    header: 'Número',
    aliases: ['N°', 'nota'],
    width: 8,
    kind: 'number',
    write: (f) => f.number,
    read: required('el número de la nota', (t) => readNumber(t, 'el número de la nota')),
  }),
  footnoteColumn({ key: 'text', header: 'Texto', width: 110, kind: 'long', write: (f) => f.text, read: (t) => t }),
] as const;

/** The plan as a workbook: Actividades (the plan's table), Plan, Objetivos, Notas al pie and Códigos. */
export async function planWorkbook(plan: PlanDocument): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Plataforma Gobernando Juntas';
  const activities = addSheet(workbook, 'Actividades', ACTIVITY_COLUMNS, rowsOf(ACTIVITY_COLUMNS, plan.activities, plan));
  ACTIVITY_COLUMNS.forEach((c, i) => {
    if (!c.list) return;
    const letter = activities.getColumn(i + 1).letter;
    (activities as unknown as WithValidations).dataValidations.add(`${letter}2:${letter}${LIST_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      error: 'Use un valor de la lista (vea la hoja Códigos).',
    });
  });
  addSheet(
    workbook,
    'Plan',
    [
      { header: 'Dato', width: 18, kind: 'text' },
      { header: 'Valor', width: 100, kind: 'long' },
    ],
    [
      [PLAN_FIELDS.year, plan.year],
      [PLAN_FIELDS.title, plan.title],
      [PLAN_FIELDS.legalBasis, plan.legalBasis],
      [PLAN_FIELDS.generalObjective, plan.generalObjective],
    ],
  );
  addSheet(workbook, 'Objetivos', OBJECTIVE_COLUMNS, rowsOf(OBJECTIVE_COLUMNS, plan.objectives, plan));
  addSheet(workbook, 'Notas al pie', FOOTNOTE_COLUMNS, rowsOf(FOOTNOTE_COLUMNS, plan.footnotes, plan));
  addSheet(workbook, 'Códigos', CODES_SHEET, codeRows());
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/* ------------------------------------------------------------------------------------------ */
/* Reading                                                                                     */

/** Rows of the small sheets past this are not a plan's (it has at most 20 objectives and 50 footnotes). */
const MAX_SMALL_SHEET_ROWS = 1000;
const SMALL_SHEETS = ['Plan', 'Objetivos', 'Notas al pie'];

/**
 * Every sheet's name in order, and the text of the small sheets (Plan, Objetivos, Notas al pie):
 * tabular-file reads only the first sheet, so these are streamed here from its bounded copy.
 */
async function smallSheets(content: Buffer): Promise<{ names: string[]; tables: Map<string, string[][]> }> {
  const wanted = new Set(SMALL_SHEETS.map(simple));
  const names: string[] = [];
  const tables = new Map<string, string[][]>();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(await boundedWorkbook(content)), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'ignore',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  try {
    for await (const sheet of reader) {
      const name = simple((sheet as unknown as { name: string }).name);
      names.push(name);
      const table: string[][] = [];
      for await (const row of sheet) {
        if (!wanted.has(name)) continue; // rows are still consumed: the stream moves on only then
        if (row.number > MAX_SMALL_SHEET_ROWS) throw new SheetError(`La hoja "${name}" tiene más de ${MAX_SMALL_SHEET_ROWS} filas: no es la de un plan.`);
        const values: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          if (col <= 50) values[col - 1] = cell.text.trim(); // a few columns are used; the rest is noise
        });
        table[row.number - 1] = Array.from(values, (v) => v ?? '');
      }
      if (wanted.has(name))
        tables.set(
          name,
          Array.from(table, (r) => r ?? []),
        );
    }
  } catch (error) {
    if (error instanceof SheetError) throw error;
    throw new SheetError('El archivo Excel no se puede leer: ¿es un .xlsx válido?');
  }
  return { names, tables };
}

const headerMap = (columns: readonly AnyColumn[]) =>
  Object.fromEntries(columns.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [simple(h), c.key])));

/** Rows under the header row (the first of the first 10 rows naming two known columns), as tabular-file finds it. */
function rowsUnderHeader(table: string[][], headers: Record<string, string>): SheetRow[] | null {
  const headerIndex = table.slice(0, 10).findIndex((row) => new Set(row.map((h) => headers[simple(h)]).filter(Boolean)).size >= 2);
  if (headerIndex === -1) return null;
  const keys = table[headerIndex]!.map((h) => headers[simple(h)]);
  return table.slice(headerIndex + 1).flatMap((values, i) => {
    if (values.every((v) => v === '')) return [];
    const cells: Record<string, string> = {};
    keys.forEach((key, col) => {
      if (key) cells[key] = values[col] ?? '';
    });
    return [{ line: headerIndex + i + 2, cells }];
  });
}

/** Reads a row's cells, reporting every cell that cannot be read; null if any could not. */
function readCells<Cs extends readonly AnyColumn[]>(columns: Cs, row: SheetRow, report: (message: string) => void): RowOf<Cs> | null {
  const values: Record<string, unknown> = {};
  let ok = true;
  for (const c of columns) {
    try {
      values[c.key] = c.read(row.cells[c.key] ?? '');
    } catch (error) {
      if (!(error instanceof CellProblem)) throw error;
      report(error.message);
      ok = false;
    }
  }
  return ok ? (values as RowOf<Cs>) : null;
}

/** A row of a sheet, where problems are reported: "Fila 7" (Actividades) or "Hoja Objetivos, fila 3". */
interface Place {
  sheet: string;
  line: number;
}
const SHEET_ORDER = ['Objetivos', 'Notas al pie', 'Actividades'];

const XLSX_ONLY =
  'El plan se importa desde un libro de Excel (.xlsx) como el que se descarga de la plataforma: un CSV no puede llevar sus hojas (Actividades, Plan, Objetivos, Notas al pie). En Excel use "Guardar como" → "Libro de Excel (.xlsx)".';

/**
 * Reads a workbook made by planWorkbook (or by hand in its layout) as the plan of `year`: all or
 * nothing. Every row that cannot be read is reported with its line, then the plan is validated
 * as a whole (parsePlanDocument) and its problems are reported at their rows too.
 */
export async function readPlanWorkbook(buffer: Buffer, year: number): Promise<{ plan: PlanDocument } | { errors: PlanSheetError[] }> {
  const refuse = (message: string) => ({ errors: [{ line: 0, message }] });
  // An XLSX is a ZIP ("PK"); anything else (a CSV, an old .xls) is refused saying what to do.
  if (buffer.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return refuse(XLSX_ONLY);
  let rows: SheetRow[];
  let sheets: Awaited<ReturnType<typeof smallSheets>>;
  try {
    sheets = await smallSheets(buffer);
    if (sheets.names[0] !== 'actividades' && sheets.names.includes('actividades'))
      return refuse('La hoja "Actividades" debe ser la primera del libro: muévala al inicio y vuelva a importar.');
    rows = await readSheet(buffer, 'XLSX', headerMap(ACTIVITY_COLUMNS));
  } catch (error) {
    if (error instanceof SheetError) return refuse(error.message);
    throw error;
  }
  const missing = ACTIVITY_COLUMNS.filter((c) => c.required && rows.length > 0 && !(c.key in rows[0]!.cells));
  if (missing.length > 0) return { errors: missing.map((c) => ({ line: 0, message: `Falta la columna "${c.header}" en la hoja Actividades.` })) };

  const problems: { place: Place | null; message: string }[] = [];
  const reporter = (place: Place) => (message: string) => problems.push({ place, message });

  // The plan's own data: a label and, in the next cell, its value (title and header rows are skipped).
  const planFields = new Map<string, string>();
  for (const row of sheets.tables.get('plan') ?? []) {
    const index = row.findIndex((v) => v !== '');
    const field = Object.entries(PLAN_FIELDS).find(([, label]) => simple(label) === simple(row[index] ?? ''))?.[0];
    if (field && !planFields.has(field)) planFields.set(field, row[index + 1] ?? '');
  }

  const readRows = <Cs extends readonly AnyColumn[]>(sheet: string, columns: Cs, sheetRows: SheetRow[] | null) => {
    if (!sheetRows) {
      problems.push({ place: null, message: `Hoja ${sheet}: no se encontró la fila de encabezados (${columns.map((c) => c.header).join(', ')}).` });
      return [];
    }
    return sheetRows.flatMap((row) => {
      const place = { sheet, line: row.line };
      const values = readCells(columns, row, reporter(place));
      return values ? [{ place, values }] : [];
    });
  };
  const small = (sheet: string, columns: readonly AnyColumn[]) => {
    const table = sheets.tables.get(simple(sheet));
    return table ? rowsUnderHeader(table, headerMap(columns)) : [];
  };
  const objectiveRows = readRows('Objetivos', OBJECTIVE_COLUMNS, small('Objetivos', OBJECTIVE_COLUMNS));
  const footnoteRows = readRows('Notas al pie', FOOTNOTE_COLUMNS, small('Notas al pie', FOOTNOTE_COLUMNS));
  const activityRows = readRows('Actividades', ACTIVITY_COLUMNS, rows);

  const objectives = objectiveRows.map(({ place, values }) => ({ place, ...values }));
  const written = new Set(activityRows.map((r) => r.values.code));
  const codeLines = new Map<string, number>();
  const lastOf = new Map<string, number>();
  const activities: ActivityDocument[] = [];
  for (const { place, values: v } of activityRows) {
    const report = reporter(place);
    const before = problems.length;
    // A merged (empty) OOE cell: the objective is the code's first number.
    const objective = v.objective ?? v.code.split('.')[0]!;
    // Excel reads 1.10 typed in a "General" cell as the number 1.1: if 1.10 is the code that follows
    // the objective's previous activity (and is written nowhere else), that is what was meant.
    const next = `${objective}.${(lastOf.get(objective) ?? 0) + 1}`;
    const code = `${v.code}0` === next && !written.has(next) ? next : v.code;
    lastOf.set(objective, Number(code.split('.')[1]));
    const seen = codeLines.get(code);
    if (seen !== undefined) {
      const hint = /^\d+\.\d$/.test(code) ? ` Si es ${code}0, Excel lo convirtió en el número ${code}: escríbalo como texto ('${code}0).` : '';
      report(`el código ${code} ya está en la fila ${seen}.${hint}`);
    } else codeLines.set(code, place.line);
    if (!objectives.some((o) => o.code === objective)) {
      if (v.objectiveName) objectives.push({ place, code: objective, name: v.objectiveName, footnotes: [] });
      else report(`el objetivo específico ${objective} no está en la hoja Objetivos: agréguelo allí o escriba su nombre en la columna "Objetivo específico".`);
    }
    // Likewise "60%" typed in a "General" cell is stored as 0.6.
    if (v.unit === 'PERCENT' && v.value > 0 && v.value < 1)
      report(
        `la meta en porcentaje es ${v.value}: si escribió ${Math.round(v.value * 1e4) / 100}%, Excel la guardó como ${v.value}. Escriba el número sin "%".`,
      );
    const schedule = scheduleOf(v, report);
    const rule = ruleOf(v, report);
    if (problems.length > before || !rule) continue;
    activities.push({
      code,
      objective,
      name: v.name,
      responsibleUnits: v.units,
      target: { value: v.value, unit: v.unit, counted: v.counted, description: v.description },
      indicator: v.indicator,
      schedule,
      strategyObjectives: v.strategy,
      footnotes: v.footnotes,
      rule,
      interpretation: v.interpretation,
    });
  }

  const parsed = parsePlanDocument({
    year,
    title: planFields.get('title') ?? '',
    legalBasis: planFields.get('legalBasis') ?? '',
    generalObjective: planFields.get('generalObjective') ?? '',
    objectives: objectives.map(({ code, name, footnotes }) => ({ code, name, footnotes })),
    activities,
    footnotes: footnoteRows.map((r) => r.values),
  });
  // Its problems name "Actividad 1.4", "Objetivo específico n.° 2" or "Nota al pie n.° 3": back to their rows.
  for (const problem of parsed.ok ? [] : parsed.problems) {
    const activity = /^Actividad (\d+\.\d+)\b/.exec(problem)?.[1];
    const objective = /^Objetivo específico n\.° (\d+)/.exec(problem)?.[1];
    const footnote = /^Nota al pie n\.° (\d+)/.exec(problem)?.[1];
    const line = activity && codeLines.get(activity);
    const place =
      (line ? { sheet: 'Actividades', line } : undefined) ??
      (objective ? objectives[Number(objective) - 1]?.place : undefined) ??
      (footnote ? footnoteRows[Number(footnote) - 1]?.place : undefined);
    problems.push({ place: place ?? null, message: problem });
  }
  if (parsed.ok && problems.length === 0) return { plan: parsed.plan };
  // The whole file first, then sheet by sheet, row by row.
  const rank = (place: Place | null) => (place ? SHEET_ORDER.indexOf(place.sheet) + 1 : 0);
  return {
    errors: problems
      .sort((a, b) => rank(a.place) - rank(b.place) || (a.place?.line ?? 0) - (b.place?.line ?? 0))
      .map(({ place, message }) =>
        place
          ? { line: place.line, message: `${place.sheet === 'Actividades' ? 'Fila' : `Hoja ${place.sheet}, fila`} ${place.line}: ${message}` }
          : { line: 0, message },
      ),
  };
}
