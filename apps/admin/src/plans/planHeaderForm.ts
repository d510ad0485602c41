/** The plan's header as the editor holds it (title, legal basis, objectives, footnotes), checked with the domain's rules. */
import { parsePlanDocument, publishProblems } from '@gj/domain';
import type { PlanFieldsFragment, PlanInput } from '../gql/graphql';

export interface HeaderValues {
  title: string;
  legalBasis: string;
  generalObjective: string;
  objectives: { code: string; name: string }[];
  footnotes: { number: number | ''; text: string }[];
}

export function headerValues(plan: PlanFieldsFragment, footnotes: readonly { number: number; text: string }[]): HeaderValues {
  return {
    title: plan.title,
    legalBasis: plan.legalBasis,
    generalObjective: plan.generalObjective,
    objectives: plan.objectives.map((o) => ({ code: o.code, name: o.name })),
    footnotes: footnotes.map((f) => ({ number: f.number, text: f.text })),
  };
}

/** The footnotes the activities cite, once each, by number: what the editor can know of the plan's notes. */
export function citedFootnotes(activities: readonly { footnotes: readonly { number: number; text: string }[] }[]): { number: number; text: string }[] {
  const byNumber = new Map(activities.flatMap((a) => a.footnotes.map((f) => [f.number, f.text] as const)));
  return [...byNumber].map(([number, text]) => ({ number, text })).sort((a, b) => a.number - b.number);
}

/** Numbers missing below the highest one (notes the plan has but no activity cites, e.g. its sources). */
export function footnoteGaps(numbers: readonly number[]): number[] {
  const max = Math.max(0, ...numbers);
  return Array.from({ length: max }, (_, i) => i + 1).filter((n) => !numbers.includes(n));
}

export function toPlanInput(values: HeaderValues): PlanInput {
  return {
    title: values.title,
    legalBasis: values.legalBasis,
    generalObjective: values.generalObjective,
    objectives: values.objectives.map((o) => ({ code: o.code.trim(), name: o.name, footnotes: [] })),
    footnotes: values.footnotes.map((f) => ({ number: f.number === '' ? 0 : f.number, text: f.text })),
  };
}

/** What the API would refuse in the header, and repeated codes or numbers. */
export function headerProblems(year: number, values: HeaderValues): string[] {
  const input = toPlanInput(values);
  const problems: string[] = [];
  if (values.footnotes.some((f) => f.number === '')) problems.push('Notas al pie: cada nota necesita su número.');
  const numbers = input.footnotes?.map((f) => f.number) ?? [];
  if (new Set(numbers).size !== numbers.length) problems.push('Notas al pie: hay dos notas con el mismo número.');
  const parsed = parsePlanDocument({ ...input, year, activities: [] });
  if (!parsed.ok) return [...problems, ...parsed.problems];
  return [...problems, ...publishProblems(parsed.plan, { unitCodes: new Set() }).filter((p) => p.startsWith('Hay objetivos'))];
}
