import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXECUTION, executionInput, many, seedAuthorities } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const CREATE = `mutation ($code: String!, $input: ExecutionInput!, $participants: [ParticipantInput!]) {
  createExecution(activityCode: $code, input: $input, participants: $participants) { ${EXECUTION} } }`;
const UPDATE = `mutation ($id: Int!, $version: Int!, $input: ExecutionInput!) { updateExecution(id: $id, version: $version, input: $input) { ${EXECUTION} } }`;
const ADD = `mutation ($id: Int!, $participants: [ParticipantInput!]!) { addParticipants(executionId: $id, participants: $participants) { participantCount } }`;
const PROGRESS = `query ($code: String!) { activity(code: $code) { progress(asOf: "2024-12-31") { achieved percentOfTarget byOffice { office count } byDepartment { departmentCode departmentName count } } } }`;

describe.each(backends())('executions on %s', (backend) => {
  let api: TestApi;
  let pcm: string;
  let osce: string;
  let coordinator: string;
  let integrator: string;
  let regidoras: number[];
  let alcaldesas: number[];

  beforeAll(async () => {
    api = await startTestApi(backend);
    pcm = await api.login('pcm@demo.gob.pe');
    osce = await api.login('osce@demo.gob.pe');
    coordinator = await api.login('coordinacion@demo.gob.pe');
    await api.services.accounts.create({ email: 'sistema@integrador.gob.pe', password: 'clave-de-integrador-2024', role: 'INTEGRATOR' });
    integrator = await api.login('sistema@integrador.gob.pe', 'clave-de-integrador-2024');
    regidoras = await seedAuthorities(api.dataSource, many(3, 'REGIDORA_DISTRITAL', '150103', 'Regidora', 40000001));
    alcaldesas = await seedAuthorities(api.dataSource, many(2, 'ALCALDESA_DISTRITAL', '080102', 'Alcaldesa', 40000101));
  });
  afterAll(() => api?.close());

  // The only test that records on 1.4, so its figures are absolute whatever the order.
  it('lets a focal point record executions of its activity and counts a person once across sessions', async () => {
    const first = await api.gql(
      CREATE,
      {
        code: '1.4',
        input: executionInput('2024-05-14', { place: 'Lima', evidenceUrl: 'https://www.gob.pe/evidencia/1' }),
        participants: regidoras.map((authorityId) => ({ authorityId, outcome: 'COMPLETED' })),
      },
      { token: pcm },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.createExecution).toMatchObject({ activityCode: '1.4', date: '2024-05-14', entityCode: 'PCM', version: 1, participantCount: 3 });
    const second = await api.gql(
      CREATE,
      {
        code: '1.4',
        input: executionInput('2024-06-11'),
        participants: [
          { authorityId: regidoras[0], outcome: 'COMPLETED' },
          { authorityId: alcaldesas[0], outcome: 'ATTENDED' },
        ],
      },
      { token: pcm },
    );
    expect(second.errors).toBeUndefined();
    const progress = (await api.gql(PROGRESS, { code: '1.4' }, { token: pcm })).data!.activity.progress;
    // 3 regidoras completed (one of them twice); the alcaldesa only attended: 3 of 50.
    expect(progress.achieved).toBe(3);
    expect(progress.percentOfTarget).toBe(6);
    expect(progress.byOffice).toEqual([{ office: 'REGIDORA_DISTRITAL', count: 3 }]);
    expect(progress.byDepartment).toEqual([{ departmentCode: '15', departmentName: 'Lima', count: 3 }]);
    // Raising the alcaldesa to COMPLETED in a later session counts her too.
    const id = second.data!.createExecution.id;
    await api.gql(ADD, { id, participants: [{ authorityId: alcaldesas[0], outcome: 'COMPLETED' }] }, { token: pcm });
    expect((await api.gql(PROGRESS, { code: '1.4' }, { token: pcm })).data!.activity.progress.achieved).toBe(4);
  });

  it('refuses another entity’s focal point exactly as for an activity that does not exist', async () => {
    const foreign = await api.gql(CREATE, { code: '1.12', input: executionInput('2024-06-20') }, { token: osce });
    const missing = await api.gql(CREATE, { code: '9.9', input: executionInput('2024-06-20') }, { token: osce });
    expect(foreign.errors![0]!.message).toBe('La actividad 1.12 no existe.');
    expect(missing.errors![0]!.message).toBe('La actividad 9.9 no existe.');
    expect(foreign.errors![0]!.extensions!.code).toBe(missing.errors![0]!.extensions!.code);
    // Nor can it touch PCM's executions by id.
    const pcmExecution = (await api.gql(CREATE, { code: '1.12', input: executionInput('2024-06-21') }, { token: pcm })).data!.createExecution;
    const executionsOf112 = async () =>
      (await api.gql('{ activity(code: "1.12") { executions { id date version } } }', {}, { token: pcm })).data!.activity.executions;
    const before = await executionsOf112();
    for (const [query, variables] of [
      [UPDATE, { id: pcmExecution.id, version: pcmExecution.version, input: executionInput('2024-06-22') }],
      ['mutation ($id: Int!) { deleteExecution(id: $id) }', { id: pcmExecution.id }],
      [ADD, { id: pcmExecution.id, participants: [{ authorityId: alcaldesas[1], outcome: 'ATTENDED' }] }],
    ] as const) {
      const r = await api.gql(query, variables, { token: osce });
      expect(r.errors![0]!.message).toBe('La ejecución no existe.');
    }
    expect((await api.gql(`{ execution(id: ${pcmExecution.id}) { id } }`, {}, { token: osce })).data).toEqual({ execution: null });
    // The joint activity 1.5 is OSCE's too: its focal point records there.
    const joint = await api.gql(CREATE, { code: '1.5', input: executionInput('2024-04-20', { kind: 'COURSE_EDITION' }) }, { token: osce });
    expect(joint.data!.createExecution).toMatchObject({ activityCode: '1.5', entityCode: 'OSCE' });
    // Nothing of OSCE's attempts reached 1.12.
    expect(await executionsOf112()).toEqual(before);
    expect((await api.gql(`{ execution(id: ${pcmExecution.id}) { participantCount } }`, {}, { token: pcm })).data!.execution.participantCount).toBe(0);
  });

  it('keeps integrators read-only', async () => {
    const count = async () => (await api.gql('{ activity(code: "1.4") { executions { id } } }', {}, { token: integrator })).data!.activity.executions.length;
    const before = await count();
    const r = await api.gql(CREATE, { code: '1.4', input: executionInput('2024-05-20') }, { token: integrator });
    expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await count()).toBe(before);
  });

  it('lets the coordinator record on any activity', async () => {
    const r = await api.gql(
      CREATE,
      { code: '3.2', input: executionInput('2024-04-08', { kind: 'DISSEMINATION', title: 'Difusión en Puno' }) },
      { token: coordinator },
    );
    expect(r.data!.createExecution.entityCode).toBe('MIMP');
    const progress = await api.gql('{ activity(code: "3.2") { progress(asOf: "2024-06-30") { achieved percentOfTarget } } }', {}, { token: coordinator });
    expect(progress.data!.activity.progress).toEqual({ achieved: 1, percentOfTarget: 20 });
  });

  it.each([
    [{ date: '2023-12-31' }, 'dentro de 2024 (plan de trabajo 2024)'],
    [{ date: '2024-02-30' }, 'fecha válida'],
    [{ title: 'x' }, 'entre 3 y 300 caracteres'],
    [{ evidenceUrl: 'javascript:alert(1)' }, 'dirección web'],
  ])('rejects bad input %j with a Spanish message and writes nothing', async (override, message) => {
    const before = (await api.gql('{ activity(code: "1.9") { executions { id } } }', {}, { token: pcm })).data!.activity.executions.length;
    const r = await api.gql(CREATE, { code: '1.9', input: { ...executionInput('2024-05-02'), ...override } }, { token: pcm });
    expect(r.errors![0]!.message).toContain(message);
    expect((await api.gql('{ activity(code: "1.9") { executions { id } } }', {}, { token: pcm })).data!.activity.executions).toHaveLength(before);
  });

  it('refuses an outcome the indicator does not use, and unknown people, writing nothing', async () => {
    const datesOf14 = async () =>
      (await api.gql('{ activity(code: "1.4") { executions { date participantCount } } }', {}, { token: pcm })).data!.activity.executions;
    const before = await datesOf14();
    const assisted = await api.gql(
      CREATE,
      { code: '1.4', input: executionInput('2024-07-01'), participants: [{ authorityId: regidoras[1], outcome: 'ASSISTED' }] },
      { token: pcm },
    );
    expect(assisted.errors![0]!.message).toContain('no corresponde a la actividad 1.4');
    const ghost = await api.gql(
      CREATE,
      { code: '1.4', input: executionInput('2024-07-01'), participants: [{ authorityId: 999999, outcome: 'COMPLETED' }] },
      { token: pcm },
    );
    expect(ghost.errors![0]!.message).toContain('No están en el registro');
    expect(await datesOf14()).toEqual(before);
  });

  it('refuses a save made on a stale version, overwriting nothing', async () => {
    const created = (await api.gql(CREATE, { code: '1.10', input: executionInput('2024-06-05') }, { token: pcm })).data!.createExecution;
    const first = await api.gql(
      UPDATE,
      { id: created.id, version: created.version, input: executionInput('2024-06-05', { title: 'Primera edición' }) },
      { token: pcm },
    );
    expect(first.data!.updateExecution).toMatchObject({ title: 'Primera edición', version: 2 });
    const stale = await api.gql(
      UPDATE,
      { id: created.id, version: created.version, input: executionInput('2024-06-05', { title: 'Cambio tardío' }) },
      { token: pcm },
    );
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(stale.errors![0]!.message).toContain('Otra persona modificó');
    expect((await api.gql(`{ execution(id: ${created.id}) { title version } }`, {}, { token: pcm })).data!.execution).toEqual({
      title: 'Primera edición',
      version: 2,
    });
  });

  it('deletes an execution with its participants', async () => {
    const created = (
      await api.gql(
        CREATE,
        { code: '1.11', input: executionInput('2024-06-06'), participants: [{ authorityId: regidoras[2], outcome: 'ATTENDED' }] },
        { token: pcm },
      )
    ).data!.createExecution;
    expect((await api.gql(`mutation { deleteExecution(id: ${created.id}) }`, {}, { token: pcm })).data).toEqual({ deleteExecution: true });
    expect((await api.gql(`{ execution(id: ${created.id}) { id } }`, {}, { token: pcm })).data).toEqual({ execution: null });
    const left = await api.dataSource.query(`SELECT COUNT(*) AS n FROM participations WHERE execution_id = ${created.id}`);
    expect(Number(left[0].n)).toBe(0);
  });

  it('lists participants with their outcome to those who may read the register', async () => {
    const created = (
      await api.gql(
        CREATE,
        { code: '1.10', input: executionInput('2024-06-12'), participants: regidoras.map((authorityId) => ({ authorityId, outcome: 'ATTENDED' })) },
        { token: pcm },
      )
    ).data!.createExecution;
    const PARTICIPANTS = `{ execution(id: ${created.id}) { participants { outcome authority { familyNames office government { name } } } } }`;
    const participants = (await api.gql(PARTICIPANTS, {}, { token: pcm })).data!.execution.participants;
    expect(participants).toHaveLength(3);
    expect(participants[0]).toMatchObject({
      outcome: 'ATTENDED',
      authority: { office: 'REGIDORA_DISTRITAL', government: { name: 'Municipalidad Distrital de Ate' } },
    });
    const denied = await api.gql(`{ execution(id: ${created.id}) { participants { outcome } } }`, {}, { token: integrator });
    expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });
});
