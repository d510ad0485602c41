/** Plan-years as data: create, edit, import, publish, reprogram and close, on both databases. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const PLAN = `query ($year: Int) { plan(year: $year) { year status title objectives { code } } }`;
const CREATE = `mutation ($year: Int!, $copyFrom: Int) { createPlan(year: $year, copyFrom: $copyFrom) { year status } }`;
const PUBLISH = `mutation ($year: Int!) { publishPlan(year: $year) { year status publishedAt } }`;
const CLOSE = `mutation ($year: Int!) { closePlan(year: $year) { year status closedAt } }`;
const SAVE = `mutation ($year: Int!, $input: PlanActivityInput!) { savePlanActivity(year: $year, input: $input) { year } }`;
const REPROGRAM = `mutation ($year: Int!, $code: String!, $input: ReprogrammingInput!) {
  reprogramActivity(year: $year, code: $code, input: $input) { code target { value } originalTarget { value } plannedMonths } }`;
const IMPORT = `mutation ($year: Int!, $fileName: String!, $content: String!) {
  importPlan(year: $year, fileName: $fileName, contentBase64: $content) { plan { year status } errors { line message } } }`;

/** A complete activity of PCM for a draft. */
const activity = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  objective: code.split('.')[0],
  name: `Asistencia técnica en gestión municipal ${code}`,
  responsibleUnits: ['SD'],
  target: { value: 40, unit: 'COUNT', counted: 'AUTHORITIES', description: '40 alcaldesas asistidas.' },
  indicator: 'N° de alcaldesas asistidas.',
  plannedMonths: [3, 6, 9],
  strategyObjectives: ['Obj2'],
  footnotes: [],
  rule: { kind: 'DISTINCT_AUTHORITIES', outcome: 'ASSISTED', offices: ['ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL'] },
  ...overrides,
});

describe.each(backends())('plan-years on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;
  let osce: string;
  let integrator: string;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    osce = await api.login('osce@demo.gob.pe');
    await api.services.accounts.create({ email: 'planes@integrador.gob.pe', password: 'clave-de-integrador-2025', role: 'INTEGRATOR' });
    integrator = await api.login('planes@integrador.gob.pe', 'clave-de-integrador-2025');
  });
  afterAll(() => api?.close());

  const codes = async (year: number, token: string) =>
    ((await api.gql('query ($y: Int) { activities(year: $y) { code } }', { y: year }, { token })).data!.activities as { code: string }[]).map((a) => a.code);
  const download = (year: number, token: string) => fetch(`${api.url}/api/plans/${year}.xlsx`, { headers: { authorization: `Bearer ${token}` } });

  it('keeps a draft invisible to everyone but the coordination, as if it did not exist', async () => {
    expect((await api.gql(CREATE, { year: 2031, copyFrom: 2024 }, { token: coordinator })).data!.createPlan).toEqual({ year: 2031, status: 'DRAFT' });
    expect(await codes(2031, coordinator)).toHaveLength(19);
    for (const token of [pcm, osce, integrator]) {
      expect((await api.gql(PLAN, { year: 2031 }, { token })).data!.plan).toBeNull();
      expect(await codes(2031, token)).toEqual([]);
      expect((await api.gql('{ planYears }', {}, { token })).data!.planYears).not.toContain(2031);
      expect((await api.gql('{ activity(code: "1.4", year: 2031) { code } }', {}, { token })).data!.activity).toBeNull();
      expect((await download(2031, token)).status).toBe(404);
      expect((await download(2099, token)).status).toBe(404);
    }
    // Nothing can be recorded against a draft, not even by the coordination.
    const execution = await api.gql(
      'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2031, input: $i) { id } }',
      { i: executionInput('2031-05-10') },
      { token: coordinator },
    );
    expect(execution.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_OPEN' });
    expect(execution.errors![0]!.message).toContain('El plan 2031 es un borrador');
    // A draft is never the year shown by default: that is this year's plan in force, or the latest in force.
    const inForce = ((await api.gql('{ plans { year status } }', {}, { token: coordinator })).data!.plans as { year: number; status: string }[])
      .filter((p) => p.status === 'IN_FORCE')
      .map((p) => p.year);
    const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Lima', year: 'numeric' }).format(new Date()));
    const expected = inForce.includes(thisYear) ? thisYear : Math.max(...inForce);
    expect((await api.gql(PLAN, {}, { token: pcm })).data!.plan.year).toBe(expected);
    expect((await api.gql(PLAN, {}, { token: coordinator })).data!.plan.year).toBe(expected);
  });

  it('refuses to publish an incomplete plan, listing every problem, and changes nothing', async () => {
    await api.gql(CREATE, { year: 2032 }, { token: coordinator });
    const empty = await api.gql(PUBLISH, { year: 2032 }, { token: coordinator });
    expect(empty.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: ['El plan no tiene objetivos específicos.', 'El plan no tiene actividades.'],
    });
    await api.gql(
      'mutation ($y: Int!, $i: PlanInput!) { updatePlan(year: $y, input: $i) { year } }',
      { y: 2032, i: { title: 'Plan de Trabajo 2032', objectives: [{ code: '1', name: 'Fortalecer capacidades' }] } },
      { token: coordinator },
    );
    expect((await api.gql(SAVE, { year: 2032, input: activity('1.1') }, { token: coordinator })).errors).toBeUndefined();
    const incomplete = activity('1.2', {
      responsibleUnits: [],
      plannedMonths: [],
      target: { value: 60, unit: 'PERCENT', counted: 'AUTHORITIES', description: '60 %' },
    });
    expect((await api.gql(SAVE, { year: 2032, input: incomplete }, { token: coordinator })).errors).toBeUndefined();
    const refused = await api.gql(PUBLISH, { year: 2032 }, { token: coordinator });
    expect(refused.errors![0]!.message).toBe('El plan 2032 no se puede publicar todavía: hay 3 problemas.');
    expect(refused.errors![0]!.extensions!.problems).toEqual([
      'Actividad 1.2: no tiene unidad responsable.',
      'Actividad 1.2: no tiene ningún mes programado.',
      'Actividad 1.2: una meta en porcentaje no se mide con la regla «Número de mujeres autoridades distintas con un resultado (cada una cuenta una vez)».',
    ]);
    expect((await api.gql(PLAN, { year: 2032 }, { token: coordinator })).data!.plan.status).toBe('DRAFT');
    // Fixed, it publishes; PCM then sees its activities of 2032, OSCE none.
    await api.gql(
      SAVE,
      { year: 2032, input: activity('1.2', { target: { value: 20, unit: 'COUNT', counted: 'AUTHORITIES', description: '20' } }) },
      { token: coordinator },
    );
    const published = (await api.gql(PUBLISH, { year: 2032 }, { token: coordinator })).data!.publishPlan;
    expect(published).toMatchObject({ year: 2032, status: 'IN_FORCE', publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(await codes(2032, pcm)).toEqual(['1.1', '1.2']);
    expect(await codes(2032, osce)).toEqual([]);
    // A published plan is reprogrammed, not edited.
    const edit = await api.gql(SAVE, { year: 2032, input: activity('1.3') }, { token: coordinator });
    expect(edit.errors![0]!.message).toContain('El plan 2032 está vigente');
  });

  it('lets only the coordination manage plans', async () => {
    for (const token of [pcm, integrator]) {
      for (const [query, variables] of [
        [CREATE, { year: 2033 }],
        [PUBLISH, { year: 2031 }],
        [CLOSE, { year: 2024 }],
        [SAVE, { year: 2031, input: activity('1.1') }],
      ] as const) {
        const r = await api.gql(query, variables, { token });
        expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      }
    }
    expect((await api.gql(PLAN, { year: 2033 }, { token: coordinator })).data!.plan).toBeNull();
  });

  it('reprograms a target: % of target follows the new one from its date, the original stays in the history and the exports', async () => {
    await api.gql(CREATE, { year: 2034 }, { token: coordinator });
    await api.gql(
      'mutation ($y: Int!, $i: PlanInput!) { updatePlan(year: $y, input: $i) { year } }',
      { y: 2034, i: { title: 'Plan de Trabajo 2034', objectives: [{ code: '1', name: 'Fortalecer capacidades' }] } },
      { token: coordinator },
    );
    await api.gql(
      SAVE,
      {
        year: 2034,
        input: activity('1.1', { rule: { kind: 'ACTION_COUNT' }, target: { value: 10, unit: 'COUNT', counted: 'ACTIONS', description: '10 acciones' } }),
      },
      { token: coordinator },
    );
    await api.gql(PUBLISH, { year: 2034 }, { token: coordinator });
    for (const date of ['2034-03-10', '2034-06-10']) {
      await api.gql(
        'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.1", year: 2034, input: $i) { id } }',
        { i: executionInput(date, { kind: 'DISSEMINATION' }) },
        { token: pcm },
      );
    }
    const percent = async (asOf: string) =>
      (await api.gql('{ activity(code: "1.1", year: 2034) { progress(asOf: "' + asOf + '") { percentOfTarget } } }', {}, { token: pcm })).data!.activity
        .progress.percentOfTarget;
    expect(await percent('2034-12-31')).toBe(20);

    const input = {
      targetValue: 4,
      plannedMonths: [3, 6],
      reason: 'Recorte presupuestal del segundo semestre.',
      document: 'Resolución Ministerial N° 045-2034-MIMP',
      effectiveDate: '2034-07-01',
    };
    const r = await api.gql(REPROGRAM, { year: 2034, code: '1.1', input }, { token: coordinator });
    expect(r.errors).toBeUndefined();
    expect(r.data!.reprogramActivity).toEqual({ code: '1.1', target: { value: 4 }, originalTarget: { value: 10 }, plannedMonths: [3, 6] });
    expect(await percent('2034-12-31')).toBe(50);
    expect(await percent('2034-06-30')).toBe(20); // before it took effect: against 10
    const history = (
      await api.gql(
        '{ activity(code: "1.1", year: 2034) { reprogrammings { effectiveDate document reason target { value } previousTarget { value } plannedMonths summary createdBy } } }',
        {},
        { token: pcm },
      )
    ).data!.activity.reprogrammings;
    expect(history).toEqual([
      {
        effectiveDate: '2034-07-01',
        document: 'Resolución Ministerial N° 045-2034-MIMP',
        reason: 'Recorte presupuestal del segundo semestre.',
        target: { value: 4 },
        previousTarget: { value: 10 },
        plannedMonths: [3, 6],
        summary: 'meta de 10 a 4; meses de [3, 6, 9] a [3, 6]',
        createdBy: 'coordinacion@demo.gob.pe',
      },
    ]);
    const report = (
      await api.gql(
        '{ consolidatedReport(year: 2034, asOf: "2034-12-31") { activities { code targetValue originalTargetValue percentOfTarget } } }',
        {},
        { token: coordinator },
      )
    ).data!.consolidatedReport.activities;
    expect(report).toEqual([{ code: '1.1', targetValue: 4, originalTargetValue: 10, percentOfTarget: 50 }]);
    const response = await fetch(`${api.url}/api/exports/consolidated.xlsx?year=2034&asOf=2034-12-31`, { headers: { authorization: `Bearer ${coordinator}` } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.getWorksheet('Actividades')!;
    // Row 1 is the report's title; percentages are fractions shown with a % format.
    const header = (sheet.getRow(2).values as string[]).slice(1);
    const cell = (name: string) => sheet.getRow(3).getCell(header.indexOf(name) + 1).value;
    expect([cell('Meta programada'), cell('Meta reprogramada'), cell('% de la meta')]).toEqual([10, 4, 0.5]);

    // Refusals: every reason, nothing written.
    const bad = await api.gql(
      REPROGRAM,
      { year: 2034, code: '1.1', input: { ...input, targetValue: 4.5, effectiveDate: '2034-06-01', document: 'RM' } },
      { token: coordinator },
    );
    expect(bad.errors![0]!.extensions!.problems).toEqual([
      'Documento: indique el documento que aprueba la reprogramación (p. ej. "Resolución Ministerial N° 045-2025-MIMP").',
    ]);
    const bad2 = await api.gql(
      REPROGRAM,
      { year: 2034, code: '1.1', input: { ...input, targetValue: 4.5, effectiveDate: '2034-06-01' } },
      { token: coordinator },
    );
    expect(bad2.errors![0]!.extensions!.problems).toEqual([
      'Fecha de vigencia: no puede ser anterior a la de la última reprogramación (2034-07-01).',
      'Nueva meta: una meta en número debe ser entera.',
    ]);
    expect(
      (await api.gql('{ activity(code: "1.1", year: 2034) { reprogrammings { effectiveDate } } }', {}, { token: pcm })).data!.activity.reprogrammings,
    ).toHaveLength(1);
  });

  it('closes a year: read-only from then on', async () => {
    await api.gql(CREATE, { year: 2023, copyFrom: 2024 }, { token: coordinator });
    await api.gql(PUBLISH, { year: 2023 }, { token: coordinator });
    const created = (
      await api.gql(
        'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2023, input: $i) { id version } }',
        { i: executionInput('2023-05-10') },
        { token: pcm },
      )
    ).data!.createExecution;
    expect((await api.gql(CLOSE, { year: 2023 }, { token: coordinator })).data!.closePlan).toMatchObject({ year: 2023, status: 'CLOSED' });
    const refusals = [
      await api.gql(
        'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2023, input: $i) { id } }',
        { i: executionInput('2023-05-11') },
        { token: pcm },
      ),
      await api.gql(
        'mutation ($id: Int!, $v: Int!, $i: ExecutionInput!) { updateExecution(id: $id, version: $v, input: $i) { id } }',
        { id: created.id, v: created.version, i: executionInput('2023-05-12') },
        { token: pcm },
      ),
      await api.gql(`mutation { deleteExecution(id: ${created.id}) }`, {}, { token: pcm }),
      await api.gql('mutation { submitMonth(year: 2023, month: 5) { status } }', {}, { token: pcm }),
      await api.gql(
        REPROGRAM,
        {
          year: 2023,
          code: '1.4',
          input: { targetValue: 10, reason: 'Cambio después del cierre.', document: 'Resolución Ministerial N° 1-2023', effectiveDate: '2023-12-01' },
        },
        { token: coordinator },
      ),
    ];
    for (const r of refusals) {
      expect(r.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'PLAN_NOT_OPEN' });
      expect(r.errors![0]!.message).toContain('El plan 2023 está cerrado');
    }
    // Still readable by those who reached it.
    expect(await codes(2023, pcm)).toEqual(['1.4', '1.9', '1.10', '1.11', '1.12', '2.1']);
    expect((await api.gql(CLOSE, { year: 2023 }, { token: coordinator })).errors![0]!.message).toBe('El plan 2023 ya está cerrado.');
  });

  it('round-trips the 2024 plan through its spreadsheet: imported as another year it is the same plan', async () => {
    const response = await download(2024, pcm);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('plan-de-trabajo-2024.xlsx');
    const content = Buffer.from(await response.arrayBuffer()).toString('base64');
    const imported = (await api.gql(IMPORT, { year: 2036, fileName: 'plan-2024.xlsx', content }, { token: coordinator })).data!.importPlan;
    expect(imported).toEqual({ plan: { year: 2036, status: 'DRAFT' }, errors: [] });
    const original = await api.services.plans.document(await api.principal(coordinator), 2024);
    const copy = await api.services.plans.document(await api.principal(coordinator), 2036);
    expect(copy).toEqual({ ...original, year: 2036 });
    // A plan in force is not replaced by an import.
    const over = (await api.gql(IMPORT, { year: 2024, fileName: 'plan-2024.xlsx', content }, { token: coordinator })).data!.importPlan;
    expect(over).toEqual({ plan: null, errors: [{ line: 0, message: expect.stringContaining('El plan 2024 está vigente') }] });
    const csv = await api.gql(IMPORT, { year: 2037, fileName: 'plan.csv', content: Buffer.from('a;b').toString('base64') }, { token: coordinator });
    expect(csv.errors![0]!.message).toContain('Excel (.xlsx)');
    expect((await api.gql(PLAN, { year: 2037 }, { token: coordinator })).data!.plan).toBeNull();
  });
});
