import { describe, expect, it } from 'vitest';
import { EMPTY_EXECUTION, toInput, validateExecution } from './executionForm';

describe('execution form', () => {
  it('asks for title, type, date and modality in Spanish', () => {
    expect(validateExecution(EMPTY_EXECUTION, 2024)).toEqual({
      title: 'El título debe tener entre 3 y 300 caracteres.',
      kind: 'Elija el tipo de ejecución.',
      modality: 'Elija la modalidad.',
      date: 'Indique una fecha válida.',
    });
  });

  it('keeps the date inside the plan year and checks the evidence link', () => {
    const values = { ...EMPTY_EXECUTION, title: 'Taller', kind: 'EVENT' as const, modality: 'VIRTUAL' as const, date: '2025-01-10', evidenceUrl: 'acta.pdf' };
    expect(validateExecution(values, 2024)).toEqual({
      date: 'La fecha debe estar dentro de 2024 (plan de trabajo 2024).',
      evidenceUrl: 'El enlace de evidencia debe ser una dirección web (http o https) de hasta 500 caracteres.',
    });
    const ok = { ...values, date: '2024-06-15', evidenceUrl: ' https://www.gob.pe/acta ', place: '  ' };
    expect(validateExecution(ok, 2024)).toEqual({});
    expect(toInput(ok)).toEqual({
      title: 'Taller',
      kind: 'EVENT',
      modality: 'VIRTUAL',
      date: '2024-06-15',
      evidenceUrl: 'https://www.gob.pe/acta',
      place: null,
      notes: null,
    });
  });
});
