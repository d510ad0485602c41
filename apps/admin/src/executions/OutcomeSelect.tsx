import { Select, type SelectProps } from '@mantine/core';
import { OUTCOME_LABELS, type Outcome } from '@gj/domain';

/** Options for the outcomes an activity's indicator allows (see `allowedOutcomes` in the domain). */
export function outcomeOptions(outcomes: readonly Outcome[]): { value: Outcome; label: string }[] {
  return outcomes.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));
}

export function OutcomeSelect({
  outcomes,
  value,
  onChange,
  label = 'Resultado',
  ...rest
}: { outcomes: readonly Outcome[]; value: Outcome | null; onChange: (value: Outcome) => void; label?: string } & Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'label'
>) {
  return <Select label={label} data={outcomeOptions(outcomes)} value={value} onChange={(v) => v && onChange(v as Outcome)} allowDeselect={false} {...rest} />;
}
