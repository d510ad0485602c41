/**
 * The cut-off date ("fecha de corte") every figure is computed at. It is one choice for the whole
 * app, kept for the tab's life, so that the list, an activity and the dashboard always agree.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { limaDate } from '@gj/domain';

/** The demo data stops at the end of June 2024. */
export const DEMO_DATA_END = '2024-06-30';
const KEY = 'gj.asOf';

export function todayInLima(now: Date = new Date()): string {
  const { year, month, day } = limaDate(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

interface CutoffState {
  asOf: string;
  setAsOf(value: string): void;
  /** Whether the date is today's (the default). */
  isToday: boolean;
}

const CutoffContext = createContext<CutoffState | null>(null);

export function CutoffProvider({ children, initial }: { children: ReactNode; initial?: string }) {
  const [asOf, setState] = useState(() => initial ?? sessionStorage.getItem(KEY) ?? todayInLima());
  const setAsOf = useCallback((value: string) => {
    setState(value);
    sessionStorage.setItem(KEY, value);
  }, []);
  const value = useMemo(() => ({ asOf, setAsOf, isToday: asOf === todayInLima() }), [asOf, setAsOf]);
  return <CutoffContext.Provider value={value}>{children}</CutoffContext.Provider>;
}

export function useCutoff(): CutoffState {
  const state = useContext(CutoffContext);
  if (!state) throw new Error('useCutoff must be used inside <CutoffProvider>');
  return state;
}
