import { describe, expect, it } from 'vitest';
import { progressSentence } from './progress-text.js';

const AUTHORITIES = { unit: 'COUNT', counted: 'AUTHORITIES', value: 200 };
const parts = (regidoras: number, consejeras: number) => [
  { label: 'Gobernadoras', target: 2, achieved: 2 },
  { label: 'Vicegobernadoras', target: 10, achieved: 10 },
  { label: 'Alcaldesas provinciales y distritales', target: 48, achieved: 48 },
  { label: 'Regidoras provinciales y distritales', target: 100, achieved: regidoras },
  { label: 'Consejeras regionales', target: 40, achieved: consejeras },
];

describe('progressSentence', () => {
  it('says what counts when one part of a composition is over its own target', () => {
    // 140 regidoras (40 over their 100) and no consejeras: 200 reached, but only 160 count.
    const sentence = progressSentence({ achieved: 200, target: 200, remaining: 40, met: false, counted: 160, parts: parts(140, 0) }, AUTHORITIES);
    expect(sentence).toBe(
      '160 de 200 mujeres autoridades cuentan para la meta (200 en total; lo que excede la meta de una parte no cubre a otra); faltan 40 (Consejeras regionales: 40)',
    );
    expect(sentence).not.toMatch(/^200 de 200/);
  });

  it('names the parts still short, and keeps the plain wording without a surplus', () => {
    expect(progressSentence({ achieved: 150, target: 200, remaining: 50, met: false, counted: 150, parts: parts(80, 10) }, AUTHORITIES)).toBe(
      '150 de 200 mujeres autoridades; faltan 50 (Regidoras provinciales y distritales: 20; Consejeras regionales: 30)',
    );
    expect(progressSentence({ achieved: 230, target: 200, remaining: 0, met: true, counted: 200, parts: parts(130, 40) }, AUTHORITIES)).toBe(
      '200 de 200 mujeres autoridades cuentan para la meta: meta cumplida (230 en total; lo que excede la meta de una parte no cubre a otra)',
    );
  });

  it('words counts, rates and group shares in their own terms', () => {
    expect(progressSentence({ achieved: 30, target: 50, remaining: 20, met: false }, { unit: 'COUNT', counted: 'AUTHORITIES', value: 50 })).toBe(
      '30 de 50 mujeres autoridades; faltan 20',
    );
    expect(progressSentence({ achieved: 6, target: 5, remaining: 0, met: true }, { unit: 'COUNT', counted: 'ACTIONS', value: 5 })).toBe(
      '6 de 5 acciones: meta cumplida',
    );
    expect(
      progressSentence(
        { achieved: 58.333, target: 60, remaining: 1.67, met: false, numerator: 28, denominator: 48 },
        { unit: 'PERCENT', counted: 'AUTHORITIES', value: 60 },
      ),
    ).toMatch(/^58[.,]3\s?% logrado; meta: 60\s?% \(28 de 48\)$/);
    expect(
      progressSentence(
        { achieved: 30.9, target: 60, remaining: 29.1, met: false, numerator: 34, denominator: 110, required: 66, missing: 32 },
        { unit: 'PERCENT', counted: 'AUTHORITIES', value: 60 },
      ),
    ).toMatch(/^34 de 110 mujeres autoridades del grupo \(30[.,]9\s?%\); meta: 60\s?%, es decir 66; faltan 32$/);
    expect(
      progressSentence(
        { achieved: 0, target: 60, remaining: 60, met: false, numerator: 0, denominator: 0 },
        { unit: 'PERCENT', counted: 'AUTHORITIES', value: 60 },
      ),
    ).toMatch(/^Aún no hay inscritas; meta: 60\s?%$/);
  });
});
