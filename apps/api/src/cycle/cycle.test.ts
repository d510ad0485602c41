import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executionInput, many, seedAuthorities, sendMonth } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const SUBMIT = 'mutation ($m: Int!) { submitMonth(year: 2024, month: $m) { entityCode month status submittedBy } }';
const APPROVE = 'mutation ($e: String!, $m: Int!) { approveMonth(entityCode: $e, year: 2024, month: $m) { status reviewedBy } }';
const RETURN = 'mutation ($e: String!, $m: Int!, $c: String!) { returnMonth(entityCode: $e, year: 2024, month: $m, comment: $c) { status comment } }';
const REOPEN = 'mutation ($e: String!, $m: Int!, $c: String!) { reopenMonth(entityCode: $e, year: 2024, month: $m, comment: $c) { status comment } }';
const GRID = '{ monthlySubmissions(year: 2024) { entityCode month status comment } }';
const CREATE = 'mutation ($code: String!, $input: ExecutionInput!) { createExecution(activityCode: $code, input: $input) { id version } }';

describe.each(backends())('monthly cycle on %s', (backend) => {
  let api: TestApi;
  let coordinator: string;
  let pcm: string;
  let osce: string;
  let mimp: string;
  let authorityId: number;

  beforeAll(async () => {
    api = await startTestApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    osce = await api.login('osce@demo.gob.pe');
    mimp = await api.login('mimp@demo.gob.pe');
    authorityId = (await seedAuthorities(api.dataSource, many(1, 'REGIDORA_DISTRITAL', '150103', 'Regidora', 61000001)))[0]!;
  });
  afterAll(() => api?.close());

  const gql = async (query: string, variables: Record<string, unknown>, token: string) => api.gql(query, variables, { token });
  const error = async (query: string, variables: Record<string, unknown>, token: string) => (await gql(query, variables, token)).errors?.[0];
  /** A PCM execution of 1.4 on a date, recorded while its month is open. */
  const pcmExecution = async (date: string): Promise<{ id: number; version: number }> => {
    const r = await gql(CREATE, { code: '1.4', input: executionInput(date) }, pcm);
    expect(r.errors).toBeUndefined();
    return r.data!.createExecution;
  };

  // Each test works on a month of its own: PCM's January (submit), February (return), March
  // (reopen), May and June (lock), August (review rights); OSCE's and MIMP's April (joint lock).

  it('lets a focal point submit its month and see only its entity’s months', async () => {
    const r = await sendMonth(api, pcm, 1);
    expect(r.data!.submitMonth).toEqual({ entityCode: 'PCM', month: 1, status: 'SUBMITTED', submittedBy: 'pcm@demo.gob.pe' });
    const grid = (await gql(GRID, {}, pcm)).data!.monthlySubmissions;
    expect(grid).toHaveLength(12);
    expect(grid.every((c: { entityCode: string }) => c.entityCode === 'PCM')).toBe(true);
    expect(grid[0]).toMatchObject({ month: 1, status: 'SUBMITTED' });
    // The coordination sees every entity × month.
    expect((await gql(GRID, {}, coordinator)).data!.monthlySubmissions).toHaveLength(7 * 12);
    // Entities without activities in the plan (MEF, CGR in 2024) have nothing to report.
    const cells: { entityCode: string; hasActivities: boolean }[] = (
      await gql('{ monthlySubmissions(year: 2024) { entityCode hasActivities } }', {}, coordinator)
    ).data!.monthlySubmissions;
    const without = [...new Set(cells.filter((c) => !c.hasActivities).map((c) => c.entityCode))];
    expect(without).toEqual(['MEF', 'CGR']);
    expect(await error(SUBMIT, { m: 1 }, pcm)).toMatchObject({ message: 'No se puede enviar el reporte de enero de 2024 de PCM: está enviado.' });
  });

  it('refuses to receive a month that has not begun', async () => {
    const r = await gql('mutation { submitMonth(year: 2100, month: 12) { status } }', {}, pcm);
    expect(r.errors![0]).toMatchObject({
      message: 'No se puede enviar el reporte de diciembre de 2100 de PCM: el mes aún no empieza.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('does not let focal points review months, their own or others', async () => {
    expect((await sendMonth(api, pcm, 8)).data!.submitMonth.status).toBe('SUBMITTED');
    expect((await error(APPROVE, { e: 'PCM', m: 8 }, pcm))!.extensions!.code).toBe('FORBIDDEN');
    expect((await error(APPROVE, { e: 'PCM', m: 8 }, osce))!.extensions!.code).toBe('FORBIDDEN');
    expect((await error(RETURN, { e: 'PCM', m: 8, c: 'x' }, osce))!.extensions!.code).toBe('FORBIDDEN');
    expect((await error(SUBMIT, { m: 8 }, coordinator))!.extensions!.code).toBe('FORBIDDEN');
  });

  it('returns a month with a comment, and takes it again when resubmitted', async () => {
    expect((await sendMonth(api, pcm, 2)).data!.submitMonth.status).toBe('SUBMITTED');
    expect(await error(RETURN, { e: 'PCM', m: 2, c: '  ' }, coordinator)).toMatchObject({ message: 'Indique un comentario para devolver el reporte.' });
    const returned = await gql(RETURN, { e: 'PCM', m: 2, c: 'Falta la lista de participantes del 9 de febrero.' }, coordinator);
    expect(returned.data!.returnMonth).toEqual({ status: 'RETURNED', comment: 'Falta la lista de participantes del 9 de febrero.' });
    expect((await sendMonth(api, pcm, 2)).data!.submitMonth.status).toBe('SUBMITTED');
  });

  it('locks an approved month: changes to its executions are refused with a clear message', async () => {
    const mayExecution = await pcmExecution('2024-05-09');
    expect((await sendMonth(api, pcm, 5)).data!.submitMonth.status).toBe('SUBMITTED');
    expect((await gql(APPROVE, { e: 'PCM', m: 5 }, coordinator)).data!.approveMonth).toEqual({ status: 'APPROVED', reviewedBy: 'coordinacion@demo.gob.pe' });
    const locked = 'El reporte de mayo de 2024 de PCM está aprobado: sus ejecuciones no se pueden modificar. Solicite a la coordinación que reabra el mes.';
    const attempts: [string, Record<string, unknown>, string][] = [
      [CREATE, { code: '1.9', input: executionInput('2024-05-20') }, pcm],
      [
        'mutation ($id: Int!, $v: Int!, $input: ExecutionInput!) { updateExecution(id: $id, version: $v, input: $input) { id } }',
        { id: mayExecution.id, v: mayExecution.version, input: executionInput('2024-05-10') },
        pcm,
      ],
      // Moving it out of the locked month is a change to that month too.
      [
        'mutation ($id: Int!, $v: Int!, $input: ExecutionInput!) { updateExecution(id: $id, version: $v, input: $input) { id } }',
        { id: mayExecution.id, v: mayExecution.version, input: executionInput('2024-06-10') },
        pcm,
      ],
      ['mutation ($id: Int!) { deleteExecution(id: $id) }', { id: mayExecution.id }, pcm],
      [
        `mutation ($id: Int!) { addParticipants(executionId: $id, participants: [{ authorityId: ${authorityId}, outcome: COMPLETED }]) { id } }`,
        { id: mayExecution.id },
        pcm,
      ],
      [
        'mutation ($id: Int!, $c: String!) { importParticipants(executionId: $id, fileName: "p.csv", contentBase64: $c) { inserted } }',
        { id: mayExecution.id, c: Buffer.from('dni,resultado\n61000001,Culminó').toString('base64') },
        pcm,
      ],
      // The coordination is held by the lock too.
      ['mutation ($id: Int!) { deleteExecution(id: $id) }', { id: mayExecution.id }, coordinator],
    ];
    for (const [query, variables, token] of attempts) {
      const e = await error(query, variables, token);
      expect(e).toMatchObject({ message: locked, extensions: { code: 'CONFLICT', reason: 'MONTH_LOCKED' } });
    }
    const left = await gql(`{ execution(id: ${mayExecution.id}) { date version participantCount } }`, {}, pcm);
    expect(left.data!.execution).toEqual({ date: '2024-05-09', version: 1, participantCount: 0 });
    // Other months stay open.
    expect((await gql(CREATE, { code: '1.9', input: executionInput('2024-06-20') }, pcm)).errors).toBeUndefined();
  });

  it('locks a joint activity’s month for both entities', async () => {
    await sendMonth(api, osce, 4);
    await gql(APPROVE, { e: 'OSCE', m: 4 }, coordinator);
    const e = await error(CREATE, { code: '1.5', input: executionInput('2024-04-15') }, mimp);
    expect(e!.message).toContain('abril de 2024 de OSCE está aprobado');
    // MIMP's own activities in April are not locked by OSCE's approval.
    expect((await gql(CREATE, { code: '1.1', input: executionInput('2024-04-15') }, mimp)).errors).toBeUndefined();
  });

  it('reopens an approved month, which unlocks it', async () => {
    const marchExecution = await pcmExecution('2024-03-09');
    expect((await sendMonth(api, pcm, 3)).data!.submitMonth.status).toBe('SUBMITTED');
    expect((await gql(APPROVE, { e: 'PCM', m: 3 }, coordinator)).data!.approveMonth.status).toBe('APPROVED');
    const UPDATE = 'mutation ($id: Int!, $v: Int!, $input: ExecutionInput!) { updateExecution(id: $id, version: $v, input: $input) { date } }';
    const move = { id: marchExecution.id, v: marchExecution.version, input: executionInput('2024-03-10') };
    expect((await error(UPDATE, move, pcm))!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MONTH_LOCKED' });
    expect(await error(REOPEN, { e: 'PCM', m: 3, c: '' }, coordinator)).toMatchObject({ message: 'Indique por qué se reabre el mes.' });
    const reopened = await gql(REOPEN, { e: 'PCM', m: 3, c: 'Corrección de fecha solicitada por PCM.' }, coordinator);
    expect(reopened.data!.reopenMonth).toEqual({ status: 'RETURNED', comment: 'Corrección de fecha solicitada por PCM.' });
    const moved = await gql(UPDATE, move, pcm);
    expect(moved.data!.updateExecution.date).toBe('2024-03-10');
    expect(await error(APPROVE, { e: 'PCM', m: 3 }, coordinator)).toMatchObject({
      message: 'No se puede aprobar el reporte de marzo de 2024 de PCM: está devuelto.',
    });
  });

  it('rejects impossible months and entities in Spanish', async () => {
    expect((await error(SUBMIT, { m: 13 }, pcm))!.message).toBe('El mes debe estar entre 1 y 12.');
    expect((await error(APPROVE, { e: 'XYZ', m: 3 }, coordinator))!.message).toBe('La entidad XYZ no existe.');
  });
});
