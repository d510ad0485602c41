import { describe, expect, it } from 'vitest';
import { OUTCOMES, OUTCOME_LABELS, OUTCOME_SYNONYMS } from './indicators.js';
import { OFFICE_DEFINITIONS } from './beneficiaries.js';
import { authorityProblems, executionProblems, officeFromText, outcomeFromText, outcomeWordList, problemList, rowProblemList } from './records.js';

const valid = { title: 'Taller de gestión', kind: 'TRAINING_SESSION', date: '2024-05-02', modality: 'VIRTUAL', place: null, evidenceUrl: null, notes: null };
const ate = { level: 'DISTRICT' as const, name: 'Municipalidad Distrital de Ate' };
const person = { givenNames: 'Rosa', familyNames: 'Quispe', dni: null, office: 'REGIDORA_DISTRITAL' as const, government: ate, termStart: 2023, termEnd: 2026 };

describe('executionProblems', () => {
  it('accepts a complete execution and names each problem by field', () => {
    expect(executionProblems(valid, 2024)).toEqual({});
    expect(
      executionProblems(
        { title: ' x ', kind: null, date: '2023-12-31', modality: 'NADA', place: 'x'.repeat(301), evidenceUrl: 'ftp://x', notes: 'x'.repeat(5001) },
        2024,
      ),
    ).toEqual({
      title: 'El título debe tener entre 3 y 300 caracteres.',
      kind: 'Elija el tipo de ejecución.',
      date: 'La fecha debe estar dentro de 2024 (plan de trabajo 2024).',
      modality: 'Elija la modalidad.',
      place: 'El lugar debe tener hasta 300 caracteres.',
      evidenceUrl: 'El enlace de evidencia debe ser una dirección web (http o https) de hasta 500 caracteres.',
      notes: 'Las notas deben tener hasta 5000 caracteres.',
    });
    expect(executionProblems({ ...valid, date: '2024-02-30' }, 2024).date).toBe('Indique una fecha válida.');
  });
});

describe('authorityProblems', () => {
  it('checks names, DNI, office against the level of government, and the term', () => {
    expect(authorityProblems(person)).toEqual({});
    expect(
      authorityProblems({ ...person, givenNames: ' ', familyNames: 'x'.repeat(121), dni: '1234', office: 'GOBERNADORA', termStart: 2026, termEnd: 2023 }),
    ).toEqual({
      givenNames: 'Faltan los nombres.',
      familyNames: 'Los apellidos tienen más de 120 caracteres.',
      dni: 'El DNI debe tener 8 dígitos.',
      office: 'El cargo gobernadora regional no corresponde a Municipalidad Distrital de Ate.',
      termEnd: 'El fin del periodo no puede ser anterior a su inicio.',
    });
  });

  it("words a file row's problems after its line, and a request's as sentences", () => {
    const problems = authorityProblems({ ...person, office: null, officeText: 'Tesorera', government: null, governmentText: '99' });
    expect(rowProblemList(problems)).toBe('el cargo "Tesorera" no es válido; no existe un gobierno con ubigeo "99"');
    expect(problemList(problems)).toBe('El cargo "Tesorera" no es válido. No existe un gobierno con ubigeo "99".');
  });
});

describe('words of spreadsheets', () => {
  it('reads every office by code, label and short label', () => {
    for (const d of OFFICE_DEFINITIONS) {
      expect(officeFromText(d.office)).toBe(d.office);
      expect(officeFromText(d.label.toUpperCase())).toBe(d.office);
    }
    expect(officeFromText('Gobernadora')).toBe('GOBERNADORA');
    expect(officeFromText('Tesorera')).toBeNull();
  });

  it('reads every outcome by code and label, and the words of attendance lists', () => {
    for (const o of OUTCOMES) {
      expect(outcomeFromText(o)).toBe(o);
      expect(outcomeFromText(OUTCOME_LABELS[o])).toBe(o);
    }
    expect(['Aprobado', 'APROBÓ', 'certificada', 'Culminado', 'participó', 'inscrito', 'Recibió asistencia técnica'].map(outcomeFromText)).toEqual([
      'APPROVED',
      'APPROVED',
      'APPROVED',
      'COMPLETED',
      'ATTENDED',
      'ENROLLED',
      'ASSISTED',
    ]);
    expect(outcomeFromText('quizás')).toBeNull();
  });

  it('reads every synonym in any case and with or without accents, and lists them', () => {
    for (const o of OUTCOMES)
      for (const word of OUTCOME_SYNONYMS[o]) {
        for (const written of [word, word.toUpperCase(), word.normalize('NFD').replace(/\p{Diacritic}/gu, '')])
          expect(outcomeFromText(written), written).toBe(o);
      }
    expect(['APROBO', 'aprobó', 'Desaprobada', 'DESAPROBADO', 'Asistió', 'asistente', 'Culminó', 'Inscrita'].map(outcomeFromText)).toEqual([
      'APPROVED',
      'APPROVED',
      'COMPLETED',
      'COMPLETED',
      'ATTENDED',
      'ATTENDED',
      'COMPLETED',
      'ENROLLED',
    ]);
    expect(outcomeWordList(['COMPLETED', 'APPROVED'])).toBe(
      'Culminó (o Culminada, Culminado, Completó, Completada, Completado, Concluyó, Desaprobada, Desaprobado, Desaprobó); Aprobó (o Aprobada, Aprobado, Certificada, Certificado)',
    );
  });
});
