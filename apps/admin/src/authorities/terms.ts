/** The terms of office a person may pick: the ones the platform knows, plus the one in office and the next. */
import { termLabel, termOf, type Term } from '@gj/domain';
import { todayInLima } from '../activities/cutoff';

export interface TermOption {
  value: string;
  label: string;
}

export function termChoices(known: readonly Term[], today: string = todayInLima()): Term[] {
  const current = termOf(Number(today.slice(0, 4)));
  const next = termOf(current.start + 4);
  const starts = new Set([...known.map((t) => t.start), current.start, next.start]);
  return [...starts].sort((a, b) => a - b).map((start) => termOf(start));
}

/** "2027–2030 (en funciones)": which term is in office today, and which is the next one. */
export function termOptionLabel(term: Term, today: string = todayInLima()): string {
  const year = Number(today.slice(0, 4));
  const current = termOf(year);
  if (term.start === current.start) return `${termLabel(term)} (en funciones)`;
  if (term.start === current.start + 4) return `${termLabel(term)} (siguiente)`;
  return termLabel(term);
}

export function termOptions(known: readonly Term[], today: string = todayInLima()): TermOption[] {
  return termChoices(known, today).map((t) => ({ value: String(t.start), label: termOptionLabel(t, today) }));
}
