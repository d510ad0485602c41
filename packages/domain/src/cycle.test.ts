import { describe, expect, it } from 'vitest';
import { CYCLE_STEPS, SUBMISSION_STATUSES, canTakeStep, inLockedMonth, lockedMonths, monthStarted, reviewSteps, stepRefusal, type CycleStep } from './cycle.js';

describe('monthly cycle', () => {
  it('moves a month only along its steps, from every status', () => {
    const allowed = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, (Object.keys(CYCLE_STEPS) as CycleStep[]).filter((step) => canTakeStep(step, s))]));
    expect(allowed).toEqual({ DRAFT: ['submit'], SUBMITTED: ['approve', 'return'], APPROVED: ['reopen'], RETURNED: ['submit'] });
    expect(Object.fromEntries(Object.entries(CYCLE_STEPS).map(([step, d]) => [step, d.to]))).toEqual({
      submit: 'SUBMITTED',
      approve: 'APPROVED',
      return: 'RETURNED',
      reopen: 'RETURNED',
    });
    expect(reviewSteps('SUBMITTED')).toEqual(['approve', 'return']);
    expect(reviewSteps('APPROVED')).toEqual(['reopen']);
    expect(reviewSteps('DRAFT')).toEqual([]);
  });

  it('says why a step cannot be taken, and asks for a comment where one is needed', () => {
    expect(stepRefusal('approve', 'DRAFT', 'mayo de 2024 de PCM')).toBe('No se puede aprobar el reporte de mayo de 2024 de PCM: está sin enviar.');
    expect(stepRefusal('reopen', 'SUBMITTED', 'mayo de 2024 de PCM')).toBe('No se puede reabrir el reporte de mayo de 2024 de PCM: está enviado.');
    expect(CYCLE_STEPS.return.commentRequired).toBe('Indique un comentario para devolver el reporte.');
    expect(CYCLE_STEPS.approve.commentRequired).toBeNull();
  });

  it('reports a month only once it has begun', () => {
    expect(monthStarted(2024, 5, { year: 2024, month: 5, day: 1 })).toBe(true);
    expect(monthStarted(2024, 7, { year: 2024, month: 6, day: 30 })).toBe(false);
    expect(monthStarted(2024, 12, { year: 2025, month: 1, day: 2 })).toBe(true);
    expect(monthStarted(2025, 1, { year: 2024, month: 12, day: 31 })).toBe(false);
  });

  it('locks the months approved for any entity of an activity', () => {
    const submissions = [
      { entityCode: 'PCM', year: 2024, month: 5, status: 'APPROVED' },
      { entityCode: 'PCM', year: 2024, month: 6, status: 'SUBMITTED' },
      { entityCode: 'OSCE', year: 2024, month: 4, status: 'APPROVED' },
      { entityCode: 'PCM', year: 2025, month: 5, status: 'APPROVED' },
    ];
    expect([...lockedMonths(submissions, 2024, ['PCM'])]).toEqual([5]);
    expect([...lockedMonths(submissions, 2024, ['MIMP', 'OSCE'])]).toEqual([4]);
    expect(inLockedMonth('2024-05-09', 2024, new Set([5]))).toBe(true);
    expect(inLockedMonth('2025-05-09', 2024, new Set([5]))).toBe(false);
    expect(inLockedMonth(null, 2024, new Set([5]))).toBe(false);
  });
});
