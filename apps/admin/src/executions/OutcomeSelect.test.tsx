import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { OUTCOME_LABELS } from '@gj/domain';
import { activityRule, defaultOutcome, outcomesFor } from '../activities/rule';
import { renderWithTheme } from '../test/render';
import { outcomeOptions, OutcomeSelect } from './OutcomeSelect';

describe('participant outcomes', () => {
  it('follows what each activity of the 2024 plan counts', () => {
    // 1.1 counts who complete the conference cycle: training outcomes only.
    expect(outcomesFor(activityRule(2024, '1.1'))).toEqual(['ENROLLED', 'ATTENDED', 'COMPLETED', 'APPROVED']);
    expect(defaultOutcome(activityRule(2024, '1.1'))).toBe('COMPLETED');
    // 2.1 is technical assistance: one outcome.
    expect(outcomesFor(activityRule(2024, '2.1'))).toEqual(['ASSISTED']);
    expect(defaultOutcome(activityRule(2024, '2.1'))).toBe('ASSISTED');
    // 1.8 is a pass rate over the enrolled.
    expect(defaultOutcome(activityRule(2024, '1.8'))).toBe('ENROLLED');
    expect(activityRule(2024, '9.9')).toBeNull();
    // A plan made in the app (2025): the rule is not known here, every outcome is offered and the API checks it.
    expect(activityRule(2025, '1.1')).toBeNull();
    expect(outcomesFor(null)).toEqual(['ENROLLED', 'ATTENDED', 'COMPLETED', 'APPROVED', 'ASSISTED']);
    expect(outcomeOptions(['ASSISTED'])).toEqual([{ value: 'ASSISTED', label: 'Recibió asistencia técnica' }]);
  });

  it('offers only the allowed outcomes, with their Spanish labels', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderWithTheme(<OutcomeSelect outcomes={outcomesFor(activityRule(2024, '1.11'))} value="COMPLETED" onChange={onChange} />);
    const input = screen.getByRole('combobox', { name: 'Resultado' });
    expect(input).toHaveValue(OUTCOME_LABELS.COMPLETED);
    await user.click(input);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Inscrita', 'Participó', 'Culminó', 'Aprobó']);
    expect(options).not.toContain(OUTCOME_LABELS.ASSISTED);
    await user.click(screen.getByRole('option', { name: 'Aprobó' }));
    expect(onChange).toHaveBeenCalledWith('APPROVED');
  });
});
