/**
 * The plan-year the pages show (activities, dashboard, report, monthly cycle): one choice for the
 * whole app, kept for the tab's life like the cut-off date, among the years the API lets the
 * person see (a focal point: published plans only). Until one is chosen, the year the API shows
 * by default (this year's plan in force, or the latest in force). The cut-off date always falls
 * inside the chosen year.
 */
import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { PLAN_STATUS_LABELS, termLabel, termOf, type PlanStatus } from '@gj/domain';
import { queryPending } from '../components/PageScaffold';
import { PlanYearsQuery } from '../plans/operations';
import { todayInLima, useCutoff } from './cutoff';

const KEY = 'gj.planYear';

export interface PlanYearOption {
  year: number;
  status: PlanStatus | null;
}

interface PlanYearState {
  year: number;
  status: PlanStatus | null;
  /** "Plan de Trabajo 2025 — Vigente". */
  label: string;
  /** The years the person may choose, oldest first. */
  options: readonly PlanYearOption[];
  setYear(year: number): void;
}

/** "Plan de Trabajo 2025 — Vigente"; without a status (no plan that year), only the year. */
export function planLabel(year: number, status: PlanStatus | null): string {
  return status ? `Plan de Trabajo ${year} — ${PLAN_STATUS_LABELS[status]}` : `Plan de Trabajo ${year}`;
}

/** A date (AAAA-MM-DD) moved into a year: its first or last day when it falls before or after it. */
export function dateWithinYear(date: string, year: number): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return date < first ? first : date > last ? last : date;
}

/** The year to show: the one chosen, if the person may still see it; otherwise the API's default. */
export function shownYear(chosen: number | null, years: readonly number[], apiDefault: number | null, today: string): number {
  if (chosen !== null && years.includes(chosen)) return chosen;
  return apiDefault ?? years.at(-1) ?? Number(today.slice(0, 4));
}

const PlanYearContext = createContext<PlanYearState | null>(null);

function storedYear(): number | null {
  const value = Number(sessionStorage.getItem(KEY));
  return Number.isInteger(value) && value > 0 ? value : null;
}

/** Asks the API for the years once, then gives the pages their year (they wait for it, briefly). */
export function PlanYearProvider({ children }: { children: ReactNode }) {
  const query = useQuery(PlanYearsQuery);
  const { setAsOf } = useCutoff();
  const [chosen, setChosen] = useState<number | null>(storedYear);
  const setYear = useCallback(
    (year: number) => {
      setChosen(year);
      sessionStorage.setItem(KEY, String(year));
      // Today when it is in that year; otherwise the year's last (or first) day.
      setAsOf(dateWithinYear(todayInLima(), year));
    },
    [setAsOf],
  );
  const data = query.data;
  const value = useMemo((): PlanYearState | null => {
    if (!data) return null;
    const statusOf = new Map(data.plans.map((p) => [p.year, p.status]));
    const year = shownYear(chosen, data.planYears, data.defaultPlan?.year ?? null, todayInLima());
    const status = statusOf.get(year) ?? null;
    return { year, status, label: planLabel(year, status), options: data.planYears.map((y) => ({ year: y, status: statusOf.get(y) ?? null })), setYear };
  }, [data, chosen, setYear]);
  if (!value) return queryPending(query, 'Cargando los planes de trabajo…');
  return <PlanYearContext.Provider value={value}>{children}</PlanYearContext.Provider>;
}

export function usePlanYear(): PlanYearState {
  const state = useContext(PlanYearContext);
  if (!state) throw new Error('usePlanYear must be used inside <PlanYearProvider>');
  return state;
}

/** The year and the cut-off date the figures are computed at, the date inside the year. */
export function usePlanPeriod(): PlanYearState & { asOf: string } {
  const plan = usePlanYear();
  const { asOf } = useCutoff();
  return { ...plan, asOf: dateWithinYear(asOf, plan.year) };
}

/** «Plan de trabajo»: the years with a plan the person may see, each with its status. */
export function PlanYearSelect() {
  const { year, options, setYear } = usePlanYear();
  const data = options.length > 0 ? options : [{ year, status: null }];
  return (
    <Select
      label="Plan de trabajo"
      description={`Periodo de gobierno ${termLabel(termOf(year))}`}
      data={data.map((o) => ({ value: String(o.year), label: o.status ? `${o.year} — ${PLAN_STATUS_LABELS[o.status]}` : String(o.year) }))}
      value={String(year)}
      onChange={(v) => v && setYear(Number(v))}
      allowDeselect={false}
      w={190}
      data-testid="plan-year"
    />
  );
}
