import { OFFICES, OUTCOMES, PLAN_2024, RULE_KINDS, planDocumentOf, type PlanDocument } from '@gj/domain';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { planWorkbook, readPlanWorkbook } from './plan-sheet.js';

const plan2024 = planDocumentOf(PLAN_2024);

const HEADERS = [
  'OOE',
  'Objetivo específico',
  'Código',
  'Actividad',
  'Responsable',
  'Meta',
  'Unidad de la meta',
  'Cuenta',
  'Texto de la meta',
  'Indicador',
  ...['Ene', 'Feb', 'Mar', 'Abr', 'May', 'Jun', 'Jul', 'Ago', 'Set', 'Oct', 'Nov', 'Dic'],
  'Cronograma (detalle)',
  'DS',
  'Notas',
  'Regla',
  'Resultado que cuenta',
  'Cargos que cuentan',
  'A (numerador)',
  'B (denominador)',
  'Grupo',
  'Partes de la meta',
  'Interpretación',
];

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** The cells of an activity's row in "Actividades", by header. */
function rowOf(workbook: ExcelJS.Workbook, code: string): Record<string, ExcelJS.Cell> {
  const sheet = workbook.getWorksheet('Actividades')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
  let found: Record<string, ExcelJS.Cell> | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(3).text === code) found = Object.fromEntries(headers.map((h, i) => [h, row.getCell(i + 1)]));
  });
  return found!;
}

/** The 2024 workbook edited as a person would in Excel. */
async function edited(edit: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await load(await planWorkbook(plan2024));
  edit(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const errorsOf = (result: Awaited<ReturnType<typeof readPlanWorkbook>>) => {
  expect(result).not.toHaveProperty('plan');
  return (result as { errors: { line: number; message: string }[] }).errors;
};

describe('the plan workbook', () => {
  it('round-trips the 2024 plan exactly, and imports it as another year', async () => {
    const buffer = await planWorkbook(plan2024);
    expect(await readPlanWorkbook(buffer, 2024)).toStrictEqual({ plan: plan2024 });
    expect(await readPlanWorkbook(buffer, 2025)).toStrictEqual({ plan: { ...plan2024, year: 2025 } });
  });

  it('is laid out like the plan table, with a bold frozen header, lists and a sheet of codes', async () => {
    const workbook = await load(await planWorkbook(plan2024));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Actividades', 'Plan', 'Objetivos', 'Notas al pie', 'Códigos']);
    const sheet = workbook.getWorksheet('Actividades')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADERS);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(4).width).toBe(50);
    expect(sheet.rowCount).toBe(1 + plan2024.activities.length);

    // 1.5: April, and a mark under the merged "S O" column of the PDF, read as October.
    const a15 = rowOf(workbook, '1.5');
    expect([a15.Abr!.text, a15.Set!.text, a15.Oct!.text, a15.Ago!.text]).toEqual(['X', 'X?', 'X?', '']);
    expect(a15['Cronograma (detalle)']!.text).toMatch(/^Set\/Oct → Oct \| La marca está bajo una columna/);
    expect(a15.Responsable!.text).toBe('OSCE - MIMP');
    expect(a15.DS!.text).toBe('Obj1, Obj2');
    expect(a15['Unidad de la meta']!.text).toBe('Número');
    expect(a15.Cuenta!.text).toBe('Mujeres autoridades');
    expect(a15.Meta!.value).toBe(50);

    const a19 = rowOf(workbook, '1.9');
    expect(a19['Partes de la meta']!.text).toBe(
      'GOBERNADORAS|Gobernadoras|2|GOBERNADORA; VICEGOBERNADORAS|Vicegobernadoras|10|VICEGOBERNADORA; ' +
        'ALCALDESAS|Alcaldesas provinciales y distritales|48|ALCALDESA_PROVINCIAL, ALCALDESA_DISTRITAL; ' +
        'REGIDORAS|Regidoras provinciales y distritales|100|REGIDORA_PROVINCIAL, REGIDORA_DISTRITAL; ' +
        'CONSEJERAS|Consejeras regionales|40|CONSEJERA_REGIONAL',
    );
    const a18 = rowOf(workbook, '1.8');
    expect([a18.Regla!.text, a18['A (numerador)']!.text, a18['B (denominador)']!.text, a18.Notas!.text]).toEqual(['PASS_RATE', 'APPROVED', 'ENROLLED', '4, 5']);
    expect(a18['Resultado que cuenta']!.text).toBe('');
    expect(rowOf(workbook, '1.10').Código!.type).toBe(ExcelJS.ValueType.String);
    expect(a18.Regla!.dataValidation).toMatchObject({ type: 'list', formulae: [`"${RULE_KINDS.join(',')}"`] });

    const codes = workbook
      .getWorksheet('Códigos')!
      .getSheetValues()
      .map((r) => (Array.isArray(r) ? r[2] : undefined));
    expect(codes).toEqual(expect.arrayContaining([...OFFICES, ...OUTCOMES, ...RULE_KINDS, 'LEADING_AUTHORITIES', 'Número', 'Porcentaje', 'X?']));
    const planSheet = workbook.getWorksheet('Plan')!;
    expect(planSheet.getRow(2).values).toEqual([undefined, 'Año', 2024]);
    expect(workbook.getWorksheet('Notas al pie')!.getRow(12).getCell(1).value).toBe(11);
  });

  it('writes text that a spreadsheet would run as a formula as plain text, and reads it back unchanged', async () => {
    const risky: PlanDocument = structuredClone(plan2024);
    const a = risky.activities[0]!;
    a.name = '=HYPERLINK("http://ejemplo.pe","clic")';
    a.target.description = '-5 + 3 mujeres autoridades';
    a.indicator = '+CMD|calc';
    a.interpretation = '@SUM(A1:A9)';
    risky.footnotes[0]!.text = '=1+1';
    const buffer = await planWorkbook(risky);
    const workbook = await load(buffer);
    const row = rowOf(workbook, '1.1');
    for (const header of ['Actividad', 'Texto de la meta', 'Indicador', 'Interpretación']) {
      expect(row[header]!.type, header).toBe(ExcelJS.ValueType.String);
      expect(row[header]!.numFmt, header).toBe('@');
    }
    expect(workbook.getWorksheet('Notas al pie')!.getCell('B2').type).toBe(ExcelJS.ValueType.String);
    expect(await readPlanWorkbook(buffer, 2024)).toStrictEqual({ plan: risky });
  });

  it('imports a workbook made by hand: title row, numbers as numbers, 1.10 typed as a number, merged OOE cells, lowercase marks', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Actividades');
    sheet.addRow(['Plan de trabajo 2025 - Gobernando Juntas']);
    sheet.addRow([
      ...[
        'ooe',
        'OBJETIVO ESPECIFICO',
        'código',
        'Actividad operativa',
        'Responsable ',
        'Meta',
        'Unidad de la meta',
        'cuenta',
        'Texto de la meta',
        'Indicador',
      ],
      ...['ENE', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'SETIEMBRE', 'oct', 'nov', 'dic'],
      ...['ds', 'Notas', 'Regla', 'Resultado que cuenta', 'Cargos que cuentan', 'A (numerador)', 'B (denominador)'],
    ]);
    for (let i = 1; i <= 10; i++) {
      const months = Array<string | number | null>(12).fill(null);
      months[2] = 'x';
      months[8] = i % 2 === 0 ? '✓' : null;
      months[11] = 1;
      sheet.addRow([
        i === 1 ? 1 : null, // the OOE cell merged down the objective's rows: only the first has a value
        i === 1 ? 'Empoderar a las mujeres autoridades ' : null,
        Number(`1.${i}`), // Excel turns 1.10 into 1.1
        `Capacitación ${i}`,
        i === 10 ? 'MIMP/DGIGND' : 'OSCE- MIMP',
        50,
        'número ',
        'mujeres autoridades',
        '50 mujeres autoridades capacitadas.',
        null,
        ...months,
        'Obj1/ Obj2',
        i === 1 ? 3 : null,
        'distinct_authorities',
        'culminó',
        'GOBERNADORA, Alcaldesa distrital',
      ]);
    }
    sheet.addRow([
      ...[2, 'Fortalecer la gestión', 2.1, 'Curso', 'ENAP', '60%', 'Porcentaje', 'Mujeres autoridades', '60% aprueban.', '% que aprueba'],
      ...[null, null, null, null, 'X', 'X', null, null, null, null, null, null],
      ...['Obj1', '4, 5', 'PASS_RATE', null, 'Gobernadoras regionales', 'Aprobó', 'inscrita'],
    ]);
    const plan = workbook.addWorksheet('Plan');
    plan.addRow(['Datos del plan']);
    plan.addRow(['Título', 'Plan de Trabajo 2025 ']);
    plan.addRow(['Base legal', 'Decreto Supremo N° 004-2023-MIMP']);

    const result = await readPlanWorkbook(Buffer.from(await workbook.xlsx.writeBuffer()), 2025);
    const activity = (i: number) => ({
      code: `1.${i}`,
      objective: '1',
      name: `Capacitación ${i}`,
      responsibleUnits: i === 10 ? ['DGIGND'] : ['OSCE', 'MIMP'],
      target: { value: 50, unit: 'COUNT', counted: 'AUTHORITIES', description: '50 mujeres autoridades capacitadas.' },
      indicator: null,
      schedule: [3, ...(i % 2 === 0 ? [9] : []), 12].map((m) => ({ candidates: [m], reading: [m], note: null })),
      strategyObjectives: ['Obj1', 'Obj2'],
      footnotes: i === 1 ? [3] : [],
      rule: { kind: 'DISTINCT_AUTHORITIES', outcome: 'COMPLETED', offices: ['GOBERNADORA', 'ALCALDESA_DISTRITAL'] },
      interpretation: null,
    });
    expect(result).toStrictEqual({
      plan: {
        year: 2025,
        title: 'Plan de Trabajo 2025',
        legalBasis: 'Decreto Supremo N° 004-2023-MIMP',
        generalObjective: '',
        objectives: [
          { code: '1', name: 'Empoderar a las mujeres autoridades', footnotes: [] },
          { code: '2', name: 'Fortalecer la gestión', footnotes: [] },
        ],
        activities: [
          ...Array.from({ length: 10 }, (_, i) => activity(i + 1)),
          {
            code: '2.1',
            objective: '2',
            name: 'Curso',
            responsibleUnits: ['ENAP'],
            target: { value: 60, unit: 'PERCENT', counted: 'AUTHORITIES', description: '60% aprueban.' },
            indicator: '% que aprueba',
            schedule: [5, 6].map((m) => ({ candidates: [m], reading: [m], note: null })),
            strategyObjectives: ['Obj1'],
            footnotes: [4, 5],
            rule: { kind: 'PASS_RATE', numerator: 'APPROVED', denominator: 'ENROLLED', offices: ['GOBERNADORA'] },
            interpretation: null,
          },
        ],
        footnotes: [],
      },
    });
  });

  it('recovers 1.10 turned into the number 1.1 in the downloaded workbook too', async () => {
    const buffer = await edited((workbook) => {
      rowOf(workbook, '1.10').Código!.value = 1.1;
    });
    expect(await readPlanWorkbook(buffer, 2024)).toStrictEqual({ plan: plan2024 });
  });

  it('lists every bad row with its line and a reason, and returns no plan', async () => {
    const buffer = await edited((workbook) => {
      rowOf(workbook, '1.1')['Unidad de la meta']!.value = 'Unidades';
      rowOf(workbook, '1.2').Regla!.value = 'CUALQUIERA';
      rowOf(workbook, '1.3').Mar!.value = '2';
      rowOf(workbook, '1.4')['Resultado que cuenta']!.value = null;
      rowOf(workbook, '1.5')['Cronograma (detalle)']!.value = null;
      rowOf(workbook, '1.6')['Cargos que cuentan']!.value = 'GOBERNADORA, ALCALDESA, CONCEJAL';
      rowOf(workbook, '1.7').Grupo!.value = 'LEADING_AUTHORITIES';
      rowOf(workbook, '1.8').Meta!.value = 0;
      rowOf(workbook, '1.9')['Partes de la meta']!.value = 'GOBERNADORAS|Gobernadoras|2';
      rowOf(workbook, '1.11')['Cronograma (detalle)']!.value = 'Ene: Ene | revisar';
      rowOf(workbook, '3.1').Meta!.value = 0.6;
      workbook.getWorksheet('Objetivos')!.getCell('A3').value = 'dos';
    });
    // Sheet by sheet, row by row: cells that cannot be read, then what the plan's validation finds.
    expect(errorsOf(await readPlanWorkbook(buffer, 2024))).toEqual([
      { line: 3, message: 'Hoja Objetivos, fila 3: el objetivo "dos" no es válido: escriba su número, p. ej. 1.' },
      { line: 2, message: 'Fila 2: la unidad de la meta "Unidades" no es válida (Número o Porcentaje).' },
      {
        line: 3,
        message: expect.stringMatching(/^Fila 3: la regla "CUALQUIERA" no es válida \(DISTINCT_AUTHORITIES, COMPOSITION, .*; vea la hoja Códigos\)\.$/),
      },
      { line: 4, message: 'Fila 4: la marca "2" en Mar no se entiende: escriba X (mes programado), X? (mes de una marca dudosa) o deje la celda vacía.' },
      { line: 5, message: 'Fila 5: falta "Resultado que cuenta": la regla DISTINCT_AUTHORITIES lo necesita.' },
      { line: 6, message: 'Fila 6: Set está marcado "X?", pero "Cronograma (detalle)" no dice cómo se lee esa marca (p. ej. "Ago/Set → Set").' },
      { line: 6, message: 'Fila 6: Oct está marcado "X?", pero "Cronograma (detalle)" no dice cómo se lee esa marca (p. ej. "Ago/Set → Set").' },
      { line: 7, message: expect.stringMatching(/^Fila 7: los cargos "ALCALDESA", "CONCEJAL" no son válidos \(vea los códigos de cargos en la hoja Códigos/) },
      { line: 8, message: 'Fila 8: la regla DISTINCT_AUTHORITIES no usa "Grupo": deje esa celda vacía (o cambie la regla).' },
      { line: 9, message: 'Fila 9: Actividad 1.8: Meta: debe ser mayor que 0.' },
      {
        line: 10,
        message: expect.stringMatching(/^Fila 10: la parte "GOBERNADORAS\|Gobernadoras\|2" de "Partes de la meta" debe tener 4 datos separados por "\|"/),
      },
      { line: 12, message: 'Fila 12: "Cronograma (detalle)" nombra Ene, pero la columna Ene no está marcada.' },
      { line: 18, message: 'Fila 18: la meta en porcentaje es 0.6: si escribió 60%, Excel la guardó como 0.6. Escriba el número sin "%".' },
    ]);
  });

  it('says when a code like 1.10 cannot be told from 1.1, and how to write it', async () => {
    const buffer = await edited((workbook) => {
      rowOf(workbook, '1.9').Código!.value = '1.13'; // 1.10 no longer follows its previous activity
      rowOf(workbook, '1.10').Código!.value = 1.1;
    });
    expect(errorsOf(await readPlanWorkbook(buffer, 2024))).toEqual([
      { line: 11, message: "Fila 11: el código 1.1 ya está en la fila 2. Si es 1.10, Excel lo convirtió en el número 1.1: escríbalo como texto ('1.10)." },
    ]);
  });

  it('reads ambiguous marks however they are typed, and refuses the ones it cannot read', async () => {
    const buffer = await edited((workbook) => {
      const a15 = rowOf(workbook, '1.5');
      a15.Set!.value = 'x ?';
      a15['Cronograma (detalle)']!.value = 'setiembre y octubre -> OCT | otra nota';
    });
    const result = (await readPlanWorkbook(buffer, 2024)) as { plan: PlanDocument };
    expect(result.plan.activities.find((a) => a.code === '1.5')!.schedule).toEqual([
      { candidates: [4], reading: [4], note: null },
      { candidates: [9, 10], reading: [10], note: 'otra nota' },
    ]);
    const bad = await edited((workbook) => {
      rowOf(workbook, '1.5')['Cronograma (detalle)']!.value = 'Set/Oct';
    });
    expect(errorsOf(await readPlanWorkbook(bad, 2024))).toEqual([
      { line: 6, message: 'Fila 6: en "Cronograma (detalle)", la línea "Set/Oct" no se entiende: escríbala como "Set/Oct → Oct | nota".' },
    ]);
  });

  it('accepts only XLSX, saying what to do with a CSV, an old .xls or a broken file', async () => {
    const csv = Buffer.from('OOE;Código;Actividad\n1;1.1;Ciclo\n');
    expect(errorsOf(await readPlanWorkbook(csv, 2024))).toEqual([
      { line: 0, message: expect.stringMatching(/^El plan se importa desde un libro de Excel \(\.xlsx\)/) },
    ]);
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(errorsOf(await readPlanWorkbook(xls, 2024))[0]!.message).toMatch(/Guardar como/);
    const broken = Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(100)]);
    expect(errorsOf(await readPlanWorkbook(broken, 2024))).toEqual([{ line: 0, message: 'El archivo Excel no se puede leer: ¿es un .xlsx válido?' }]);
  });

  it('names a missing column once, and asks for Actividades to be the first sheet', async () => {
    const noRule = await edited((workbook) => {
      workbook.getWorksheet('Actividades')!.spliceColumns(HEADERS.indexOf('Regla') + 1, 1);
    });
    expect(errorsOf(await readPlanWorkbook(noRule, 2024))).toEqual([{ line: 0, message: 'Falta la columna "Regla" en la hoja Actividades.' }]);
    const moved = await edited((workbook) => {
      (workbook.getWorksheet('Actividades') as unknown as { orderNo: number }).orderNo = 10;
    });
    expect(errorsOf(await readPlanWorkbook(moved, 2024))[0]!.message).toMatch(/^La hoja "Actividades" debe ser la primera/);
  });
});
