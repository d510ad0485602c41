/**
 * Joint activities (1.5, 1.6, 2.3: OSCE and MIMP): both entities read each other's executions,
 * but only the entity that recorded one (or the coordination) changes it; and each sees the
 * other's month status, since an approved month of either locks the activity's month.
 */
import { OUTCOME_LABELS, allowedOutcomes, type Outcome } from '@gj/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExecutionRecorder1764979200000 } from '../database/migrations/1764979200000-execution-recorder.js';
import { executionInput, many, seedAuthorities, sendMonth } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

const FIELDS = 'id version entityCode participantCount recordedBy { entity { code shortName } }';
const CREATE = `mutation ($code: String!, $input: ExecutionInput!) { createExecution(activityCode: $code, year: 2024, input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($id: Int!, $version: Int!, $input: ExecutionInput!) { updateExecution(id: $id, version: $version, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation ($id: Int!) { deleteExecution(id: $id) }';
const ADD = 'mutation ($id: Int!, $participants: [ParticipantInput!]!) { addParticipants(executionId: $id, participants: $participants) { participantCount } }';
const REMOVE = 'mutation ($id: Int!, $ids: [Int!]!) { removeParticipants(executionId: $id, authorityIds: $ids) { participantCount } }';
const IMPORT =
  'mutation ($id: Int!, $content: String!) { importParticipants(executionId: $id, fileName: "p.csv", contentBase64: $content) { inserted errors { message } } }';
const EXECUTIONS_OF = (code: string) => `{ activity(code: "${code}", year: 2024) { executions { ${FIELDS} } } }`;
const MONTHS = '{ activity(code: "1.5", year: 2024) { monthStatuses { entityCode month status } } }';

const refusal = (entity: string) => `Esta ejecución la registró ${entity}: solo ${entity} o la coordinación pueden modificarla.`;

describe.each(backends())('joint activities on %s', (backend) => {
  let api: TestApi;
  let osce: string;
  let mimp: string;
  let coordinator: string;
  let people: number[];
  let outcome: Outcome;

  beforeAll(async () => {
    api = await startTestApi(backend);
    osce = await api.login('osce@demo.gob.pe');
    mimp = await api.login('mimp@demo.gob.pe');
    coordinator = await api.login('coordinacion@demo.gob.pe');
    people = await seedAuthorities(api.dataSource, many(3, 'REGIDORA_DISTRITAL', '150103', 'Conjunta', 41000001));
    const activity = await api.services.activities.findByCode(await api.principal(coordinator), '1.5', 2024);
    outcome = allowedOutcomes(activity!.rule)[0]!;
  });
  afterAll(() => api?.close());

  const create = async (token: string, date: string, code = '1.5') => {
    const r = await api.gql(CREATE, { code, input: executionInput(date) }, { token });
    expect(r.errors).toBeUndefined();
    return r.data!.createExecution as { id: number; version: number; entityCode: string; recordedBy: { entity: { code: string } | null } };
  };
  const csv = (ids: number[]) =>
    Buffer.from(['dni,resultado', ...ids.map((_, i) => `${41000001 + i},${OUTCOME_LABELS[outcome]}`)].join('\n')).toString('base64');

  it('records who registered each execution, and both entities read both', async () => {
    const byOsce = await create(osce, '2024-03-04');
    const byMimp = await create(mimp, '2024-03-05');
    expect(byOsce.recordedBy).toEqual({ entity: { code: 'OSCE', shortName: 'OSCE' } });
    expect(byMimp.recordedBy).toEqual({ entity: { code: 'MIMP', shortName: 'MIMP' } });
    for (const token of [osce, mimp, coordinator]) {
      const seen = (await api.gql(EXECUTIONS_OF('1.5'), {}, { token })).data!.activity.executions as { id: number; recordedBy: unknown }[];
      expect(seen.find((e) => e.id === byOsce.id)?.recordedBy).toEqual({ entity: { code: 'OSCE', shortName: 'OSCE' } });
      expect(seen.find((e) => e.id === byMimp.id)?.recordedBy).toEqual({ entity: { code: 'MIMP', shortName: 'MIMP' } });
    }
  });

  it('refuses every change of a partner’s execution, both ways, and changes nothing', async () => {
    for (const [owner, other, ownerName] of [
      [osce, mimp, 'OSCE'],
      [mimp, osce, 'MIMP'],
    ] as const) {
      const execution = await create(owner, '2024-03-11');
      expect((await api.gql(ADD, { id: execution.id, participants: [{ authorityId: people[0], outcome }] }, { token: owner })).errors).toBeUndefined();
      const attempts = [
        await api.gql(
          UPDATE,
          { id: execution.id, version: execution.version, input: executionInput('2024-03-12', { title: 'Cambio ajeno' }) },
          { token: other },
        ),
        await api.gql(DELETE, { id: execution.id }, { token: other }),
        await api.gql(ADD, { id: execution.id, participants: [{ authorityId: people[1], outcome }] }, { token: other }),
        await api.gql(REMOVE, { id: execution.id, ids: [people[0]] }, { token: other }),
        await api.gql(IMPORT, { id: execution.id, content: csv(people) }, { token: other }),
      ];
      for (const r of attempts) {
        expect(r.errors?.[0]?.message).toBe(refusal(ownerName));
        expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const after = (await api.gql(EXECUTIONS_OF('1.5'), {}, { token: owner })).data!.activity.executions.find((e: { id: number }) => e.id === execution.id);
      expect(after).toMatchObject({ version: execution.version, participantCount: 1 });
      // The owner still may.
      expect((await api.gql(IMPORT, { id: execution.id, content: csv(people) }, { token: owner })).data?.importParticipants).toMatchObject({ errors: [] });
      expect((await api.gql(DELETE, { id: execution.id }, { token: owner })).data?.deleteExecution).toBe(true);
    }
  });

  it('lets the coordination change any entity’s execution', async () => {
    const byOsce = await create(osce, '2024-03-18');
    const byMimp = await create(mimp, '2024-03-19');
    const updated = await api.gql(UPDATE, { id: byOsce.id, version: byOsce.version, input: executionInput('2024-03-20') }, { token: coordinator });
    expect(updated.errors).toBeUndefined();
    // Who recorded it does not change when the coordination edits it.
    expect(updated.data!.updateExecution.recordedBy).toEqual({ entity: { code: 'OSCE', shortName: 'OSCE' } });
    expect((await api.gql(ADD, { id: byMimp.id, participants: [{ authorityId: people[2], outcome }] }, { token: coordinator })).errors).toBeUndefined();
    expect((await api.gql(REMOVE, { id: byMimp.id, ids: [people[2]] }, { token: coordinator })).errors).toBeUndefined();
    expect((await api.gql(IMPORT, { id: byOsce.id, content: csv(people) }, { token: coordinator })).data?.importParticipants).toMatchObject({ errors: [] });
    expect((await api.gql(DELETE, { id: byOsce.id }, { token: coordinator })).data?.deleteExecution).toBe(true);
    expect((await api.gql(DELETE, { id: byMimp.id }, { token: coordinator })).data?.deleteExecution).toBe(true);
  });

  it('records the coordination’s executions for its own entity when responsible, else for the only responsible one', async () => {
    expect((await create(coordinator, '2024-04-02')).recordedBy).toEqual({ entity: { code: 'MIMP', shortName: 'MIMP' } });
    const pcmActivity = await create(coordinator, '2024-04-03', '1.4');
    expect(pcmActivity.recordedBy).toEqual({ entity: { code: 'PCM', shortName: 'PCM' } });
    // So PCM's focal point may change it.
    const pcm = await api.login('pcm@demo.gob.pe');
    expect((await api.gql(DELETE, { id: pcmActivity.id }, { token: pcm })).data?.deleteExecution).toBe(true);
  });

  it('shows each focal point the partner’s month status, which locks her own executions of that month', async () => {
    const own = await create(osce, '2024-02-06');
    expect((await sendMonth(api, mimp, 2)).errors).toBeUndefined();
    expect(
      (await api.gql('mutation { approveMonth(entityCode: "MIMP", year: 2024, month: 2) { status } }', {}, { token: coordinator })).errors,
    ).toBeUndefined();
    // monthlySubmissions stays within OSCE's own reports…
    const grid = (await api.gql('{ monthlySubmissions(year: 2024) { entityCode } }', {}, { token: osce })).data!.monthlySubmissions as { entityCode: string }[];
    expect(new Set(grid.map((s) => s.entityCode))).toEqual(new Set(['OSCE']));
    // …but the joint activity shows both entities' statuses, month by month.
    const months = (await api.gql(MONTHS, {}, { token: osce })).data!.activity.monthStatuses as { entityCode: string; month: number; status: string }[];
    expect(months).toHaveLength(24);
    expect(months.filter((m) => m.month === 2)).toEqual([
      { entityCode: 'MIMP', month: 2, status: 'APPROVED' },
      { entityCode: 'OSCE', month: 2, status: 'DRAFT' },
    ]);
    // MIMP's approval locks OSCE's own execution of February on this activity.
    const r = await api.gql(UPDATE, { id: own.id, version: own.version, input: executionInput('2024-02-07') }, { token: osce });
    expect(r.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(r.errors?.[0]?.message).toContain('febrero de 2024 de MIMP');
    // An activity out of the scope has no statuses to show (it is not reached at all).
    expect((await api.gql('{ activity(code: "1.4", year: 2024) { monthStatuses { status } } }', {}, { token: osce })).data!.activity).toBeNull();
    // Nor does the service give them for a row reached some other way.
    const pcmRow = await api.services.activities.findByCode(await api.principal(coordinator), '1.4', 2024);
    expect(await api.services.cycle.activityMonths(await api.principal(osce), pcmRow!)).toEqual([]);
  });

  it('backfills who recorded existing executions', async () => {
    const [activities, accounts] = await Promise.all([
      api.dataSource.query("SELECT id, code FROM activities WHERE plan_year = 2024 AND code IN ('1.4', '1.6')"),
      api.dataSource.query("SELECT id, email FROM accounts WHERE email IN ('osce@demo.gob.pe', 'coordinacion@demo.gob.pe')"),
    ]);
    const activity = (code: string) => Number(activities.find((a: { code: string }) => a.code === code).id);
    const account = (email: string) => Number(accounts.find((a: { email: string }) => a.email === email).id);
    const insert = async (activityId: number, entity: string | null, createdBy: number | null) => {
      await api.dataSource.query(
        "INSERT INTO executions (activity_id, date, kind, title, modality, entity_code, created_by, version) VALUES (?, '2024-07-01', 'EVENT', 'Antigua', 'VIRTUAL', ?, ?, 1)",
        [activityId, entity, createdBy],
      );
      return Number((await api.dataSource.query('SELECT MAX(id) AS id FROM executions'))[0].id);
    };
    const rows = {
      noTraceSingle: await insert(activity('1.4'), null, null),
      coordinationOnPcm: await insert(activity('1.4'), 'MIMP', account('coordinacion@demo.gob.pe')),
      jointByAccount: await insert(activity('1.6'), null, account('osce@demo.gob.pe')),
      jointByAudit: await insert(activity('1.6'), null, null),
      jointNoTrace: await insert(activity('1.6'), null, null),
      jointKept: await insert(activity('1.6'), 'MIMP', null),
    };
    await api.dataSource.query(
      "INSERT INTO audit_entries (occurred_at, actor_id, actor_email, actor_role, action, target_type, target_id) VALUES (CURRENT_TIMESTAMP, ?, 'osce@demo.gob.pe', 'FOCAL_POINT', 'execution.create', 'execution', ?)",
      [account('osce@demo.gob.pe'), String(rows.jointByAudit)],
    );
    const runner = api.dataSource.createQueryRunner();
    try {
      await new ExecutionRecorder1764979200000().up(runner);
    } finally {
      await runner.release();
    }
    const entityOf = async (id: number) => (await api.dataSource.query('SELECT entity_code FROM executions WHERE id = ?', [id]))[0].entity_code;
    expect(await entityOf(rows.noTraceSingle)).toBe('PCM');
    expect(await entityOf(rows.coordinationOnPcm)).toBe('PCM');
    expect(await entityOf(rows.jointByAccount)).toBe('OSCE');
    expect(await entityOf(rows.jointByAudit)).toBe('OSCE');
    expect(await entityOf(rows.jointNoTrace)).toBeNull();
    expect(await entityOf(rows.jointKept)).toBe('MIMP');
    // Without a trace, only the coordination changes it; the page says "No registrado".
    const seen = (await api.gql(EXECUTIONS_OF('1.6'), {}, { token: osce })).data!.activity.executions.find((e: { id: number }) => e.id === rows.jointNoTrace);
    expect(seen.recordedBy).toEqual({ entity: null });
    const refused = await api.gql(DELETE, { id: rows.jointNoTrace }, { token: osce });
    expect(refused.errors?.[0]?.message).toBe('No consta qué entidad registró esta ejecución: solo la coordinación puede modificarla.');
  });
});
