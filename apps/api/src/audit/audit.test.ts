/**
 * Every mutation of the schema leaves an audit entry. The list of mutations comes from the
 * schema itself, so a new mutation without a case here (and so without audit) fails the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from '../schema.js';
import { executionInput, government, many, seedAuthorities, sendMonth } from '../test/fixtures.js';
import { backends, startTestApi, type TestApi } from '../test/harness.js';

/** Mutations that write nothing auditable (marking one's own notices read changes only the caller's bell). */
const NOT_WRITES = new Set(['login', 'markNoticesRead', 'markAllNoticesRead']);

const csv = (lines: string[]) => Buffer.from(lines.join('\n')).toString('base64');

interface Case {
  action: string;
  actor: 'coordinacion@demo.gob.pe' | 'pcm@demo.gob.pe';
  run(api: TestApi, token: string, ids: Ids): Promise<unknown>;
}
interface Ids {
  execution(): Promise<{ id: number; version: number }>;
  authorityId: number;
  ateId: number;
}

/** Each case works on a past plan-year and an account of its own: cases run in any order. Each backend has its own database, so the years start over. */
let years = 2000;
const freshYear = () => {
  if (years >= 2023) throw new Error('The audit cases ran out of past years: give fewer cases a year of their own.');
  return (years += 1);
};
const freshCode = () =>
  Math.random()
    .toString(36)
    .slice(2, 10)
    .toUpperCase()
    .replace(/^[0-9]/, 'X');
const freshEmail = () => `auditada.${Math.random().toString(36).slice(2, 10)}@pcm.gob.pe`;

const ok = async (api: TestApi, token: string, query: string, variables: Record<string, unknown> = {}) => {
  const r = await api.gql(query, variables, { token });
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

/** A focal point sends a month with the narrative it requires. */
const send = async (api: TestApi, token: string, year: number, month: number) => {
  const r = await sendMonth(api, token, month, year);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data;
};

/** A past year of its own with a copy of the 2024 plan: a draft, or published (months are sent only in a plan in force). */
const draftYear = async (api: TestApi) => {
  const year = freshYear();
  await ok(api, await api.login('coordinacion@demo.gob.pe'), `mutation { createPlan(year: ${year}, copyFrom: 2024) { year } }`);
  return year;
};
const openYear = async (api: TestApi) => {
  const year = await draftYear(api);
  await ok(api, await api.login('coordinacion@demo.gob.pe'), `mutation { publishPlan(year: ${year}) { year } }`);
  return year;
};
const ACTIVITY = {
  code: '3.9',
  objective: '3',
  name: 'Actividad auditada',
  responsibleUnits: ['SD'],
  target: { value: 5, unit: 'COUNT', counted: 'ACTIONS', description: '5 acciones' },
  indicator: 'N° de acciones.',
  plannedMonths: [5],
  strategyObjectives: ['Obj1'],
  rule: { kind: 'ACTION_COUNT' },
};

const CASES: Record<string, Case> = {
  createExecution: {
    action: 'execution.create',
    actor: 'pcm@demo.gob.pe',
    run: (api, t) =>
      ok(api, t, 'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2024, input: $i) { id } }', { i: executionInput('2024-07-01') }),
  },
  updateExecution: {
    action: 'execution.update',
    actor: 'pcm@demo.gob.pe',
    run: async (api, t, ids) => {
      const e = await ids.execution();
      return ok(api, t, 'mutation ($id: Int!, $v: Int!, $i: ExecutionInput!) { updateExecution(id: $id, version: $v, input: $i) { id } }', {
        id: e.id,
        v: e.version,
        i: executionInput('2024-07-02', { title: 'Cambiada' }),
      });
    },
  },
  deleteExecution: {
    action: 'execution.delete',
    actor: 'pcm@demo.gob.pe',
    run: async (api, t, ids) => ok(api, t, `mutation { deleteExecution(id: ${(await ids.execution()).id}) }`),
  },
  addParticipants: {
    action: 'participants.add',
    actor: 'pcm@demo.gob.pe',
    run: async (api, t, ids) =>
      ok(
        api,
        t,
        `mutation { addParticipants(executionId: ${(await ids.execution()).id}, participants: [{ authorityId: ${ids.authorityId}, outcome: COMPLETED }]) { id } }`,
      ),
  },
  removeParticipants: {
    action: 'participants.remove',
    actor: 'pcm@demo.gob.pe',
    run: async (api, t, ids) =>
      ok(api, t, `mutation { removeParticipants(executionId: ${(await ids.execution()).id}, authorityIds: [${ids.authorityId}]) { id } }`),
  },
  importParticipants: {
    action: 'participants.import',
    actor: 'pcm@demo.gob.pe',
    run: async (api, t, ids) =>
      ok(api, t, 'mutation ($id: Int!, $c: String!) { importParticipants(executionId: $id, fileName: "p.csv", contentBase64: $c) { inserted } }', {
        id: (await ids.execution()).id,
        c: csv(['dni,resultado', '62000001,Culminó']),
      }),
  },
  createAuthority: {
    action: 'authority.create',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t, ids) =>
      ok(api, t, 'mutation ($i: AuthorityInput!) { createAuthority(input: $i) { id } }', {
        i: { givenNames: 'Nueva', familyNames: 'Auditada', office: 'REGIDORA_DISTRITAL', governmentId: ids.ateId },
      }),
  },
  updateAuthority: {
    action: 'authority.update',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t, ids) =>
      ok(api, t, 'mutation ($id: Int!, $i: AuthorityInput!) { updateAuthority(id: $id, input: $i) { id } }', {
        id: ids.authorityId,
        i: { givenNames: 'Regidora', familyNames: 'Auditada', dni: '62000001', office: 'REGIDORA_DISTRITAL', governmentId: ids.ateId },
      }),
  },
  setAuthorityActive: {
    action: 'authority.setActive',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t, ids) => ok(api, t, `mutation { setAuthorityActive(id: ${ids.authorityId}, active: true) { id } }`),
  },
  importAuthorities: {
    action: 'authority.import',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t) =>
      ok(api, t, 'mutation ($c: String!) { importAuthorities(fileName: "r.csv", contentBase64: $c) { created } }', {
        c: csv(['nombres,apellidos,cargo,ubigeo', 'Doble,Registro,Regidora distrital,150103']),
      }),
  },
  resolveDuplicate: {
    action: 'authority.keep',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      // Two rows of the same name and government: the second is flagged, whatever ran before.
      const name = `Duplicada ${Math.random().toString(36).slice(2, 8)}`;
      const r = (await ok(api, t, 'mutation ($c: String!) { importAuthorities(fileName: "r.csv", contentBase64: $c) { flagged { id } } }', {
        c: csv(['nombres,apellidos,cargo,ubigeo', `${name},Registro,Regidora distrital,150103`, `${name},Registro,Regidora distrital,150103`]),
      })) as {
        importAuthorities: { flagged: { id: number }[] };
      };
      return ok(api, t, `mutation { resolveDuplicate(id: ${r.importAuthorities.flagged[0]!.id}, merge: false) { id } }`);
    },
  },
  submitMonth: {
    action: 'month.submit',
    actor: 'pcm@demo.gob.pe',
    run: async (api, t) => send(api, t, await openYear(api), 8),
  },
  approveMonth: {
    action: 'month.approve',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      const year = await openYear(api);
      await send(api, await api.login('pcm@demo.gob.pe'), year, 9);
      return ok(api, t, `mutation { approveMonth(entityCode: "PCM", year: ${year}, month: 9) { status } }`);
    },
  },
  returnMonth: {
    action: 'month.return',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      const year = await openYear(api);
      await send(api, await api.login('pcm@demo.gob.pe'), year, 10);
      return ok(api, t, `mutation { returnMonth(entityCode: "PCM", year: ${year}, month: 10, comment: "Revisar") { status } }`);
    },
  },
  reopenMonth: {
    action: 'month.reopen',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      const year = await openYear(api);
      await send(api, await api.login('pcm@demo.gob.pe'), year, 9);
      await ok(api, t, `mutation { approveMonth(entityCode: "PCM", year: ${year}, month: 9) { status } }`);
      return ok(api, t, `mutation { reopenMonth(entityCode: "PCM", year: ${year}, month: 9, comment: "Corrección") { status } }`);
    },
  },
  saveMonthNarrative: {
    action: 'month.narrative',
    actor: 'pcm@demo.gob.pe',
    run: async (api, t) =>
      ok(
        api,
        t,
        'mutation ($y: Int!) { saveMonthNarrative(year: $y, month: 7, entries: [{ activityCode: "1.4", achievements: "Dos sesiones." }]) { version } }',
        {
          y: await openYear(api),
        },
      ),
  },
  deleteEvidence: {
    action: 'evidence.delete',
    actor: 'pcm@demo.gob.pe',
    run: async (api, t, ids) => {
      const form = new FormData();
      form.append('archivo', new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')]), 'acta.pdf');
      const response = await fetch(`${api.url}/api/executions/${(await ids.execution()).id}/evidence`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t}` },
        body: form,
      });
      const { evidence } = (await response.json()) as { evidence: { id: number } };
      return ok(api, t, `mutation { deleteEvidence(id: ${evidence.id}) }`);
    },
  },
  createAccount: {
    action: 'account.create',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t) =>
      ok(api, t, `mutation { createAccount(email: "${freshEmail()}", role: FOCAL_POINT, entityCode: "PCM", password: "una-clave-larga-2024") { id } }`),
  },
  createApiKey: {
    action: 'apikey.create',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t) => ok(api, t, 'mutation { createApiKey(name: "Sistema auditado", entityCode: "PCM") { key } }'),
  },
  revokeApiKey: {
    action: 'apikey.revoke',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      const r = (await ok(api, t, 'mutation { createApiKey(name: "Sistema a revocar") { apiKey { id } } }')) as { createApiKey: { apiKey: { id: number } } };
      return ok(api, t, `mutation { revokeApiKey(id: ${r.createApiKey.apiKey.id}) { id } }`);
    },
  },
  setAccountActive: {
    action: 'account.setActive',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      const email = freshEmail();
      await ok(api, t, `mutation { createAccount(email: "${email}", role: FOCAL_POINT, entityCode: "PCM", password: "una-clave-larga-2024") { id } }`);
      return ok(api, t, `mutation { setAccountActive(email: "${email}", active: false) { id } }`);
    },
  },
  createPlan: {
    action: 'plan.create',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t) => ok(api, t, `mutation { createPlan(year: ${freshYear()}, copyFrom: 2024) { year } }`),
  },
  updatePlan: {
    action: 'plan.update',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) =>
      ok(api, t, 'mutation ($y: Int!, $i: PlanInput!) { updatePlan(year: $y, input: $i) { year } }', {
        y: await draftYear(api),
        i: {
          title: 'Plan auditado',
          objectives: [
            { code: '1', name: 'Uno' },
            { code: '2', name: 'Dos' },
            { code: '3', name: 'Tres' },
          ],
        },
      }),
  },
  savePlanActivity: {
    action: 'plan.activity.save',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) =>
      ok(api, t, 'mutation ($y: Int!, $i: PlanActivityInput!) { savePlanActivity(year: $y, input: $i) { year } }', { y: await draftYear(api), i: ACTIVITY }),
  },
  deletePlanActivity: {
    action: 'plan.activity.delete',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => ok(api, t, `mutation { deletePlanActivity(year: ${await draftYear(api)}, code: "1.1") { year } }`),
  },
  importPlan: {
    action: 'plan.import',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      const sheet = await fetch(`${api.url}/api/plans/2024.xlsx`, { headers: { authorization: `Bearer ${t}` } });
      const content = Buffer.from(await sheet.arrayBuffer()).toString('base64');
      return ok(api, t, 'mutation ($y: Int!, $c: String!) { importPlan(year: $y, fileName: "plan.xlsx", contentBase64: $c) { plan { year } } }', {
        y: freshYear(),
        c: content,
      });
    },
  },
  publishPlan: {
    action: 'plan.publish',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => ok(api, t, `mutation { publishPlan(year: ${await draftYear(api)}) { year } }`),
  },
  reprogramActivity: {
    action: 'plan.reprogram',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      const y = await openYear(api);
      return ok(api, t, 'mutation ($y: Int!, $i: ReprogrammingInput!) { reprogramActivity(year: $y, code: "1.4", input: $i) { code } }', {
        y,
        i: { targetValue: 45, reason: 'Reprogramación auditada.', document: 'Resolución Ministerial N° 1-2001-MIMP', effectiveDate: `${y}-07-01` },
      });
    },
  },
  closePlan: {
    action: 'plan.close',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => ok(api, t, `mutation { closePlan(year: ${await openYear(api)}) { year } }`),
  },
  createEntity: {
    action: 'entity.create',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t) => ok(api, t, `mutation { createEntity(code: "E${freshCode()}", name: "Entidad auditada") { code } }`),
  },
  createUnit: {
    action: 'unit.create',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t) => ok(api, t, `mutation { createUnit(entityCode: "MEF", code: "U${freshCode()}", name: "Unidad auditada") { code } }`),
  },
  setCensus: {
    action: 'census.set',
    actor: 'coordinacion@demo.gob.pe',
    run: (api, t) =>
      ok(
        api,
        t,
        `mutation { setCensus(termStart: 2031, source: "Oficio de prueba del JNE", counts: [{ office: GOBERNADORA, women: 3 }, { office: VICEGOBERNADORA, women: 20 }, { office: CONSEJERA_REGIONAL, women: 110 }, { office: ALCALDESA_PROVINCIAL, women: 12 }, { office: ALCALDESA_DISTRITAL, women: 120 }, { office: REGIDORA_PROVINCIAL, women: 800 }, { office: REGIDORA_DISTRITAL, women: 4400 }]) { source } }`,
      ),
  },
  logout: { action: 'auth.logout', actor: 'pcm@demo.gob.pe', run: async (api) => ok(api, await api.login('pcm@demo.gob.pe'), 'mutation { logout }') },
  resolveRegisterReview: {
    action: 'authority.review',
    actor: 'coordinacion@demo.gob.pe',
    run: async (api, t) => {
      const r = (await ok(api, t, 'mutation ($c: String!) { importAuthorities(fileName: "r.csv", contentBase64: $c) { review { reviewId } } }', {
        c: csv(['dni,nombres,apellidos,cargo,ubigeo', '62000001,Otra,Persona Distinta,Regidora distrital,150103']),
      })) as { importAuthorities: { review: { reviewId: number }[] } };
      return ok(api, t, `mutation { resolveRegisterReview(id: ${r.importAuthorities.review[0]!.reviewId}, apply: false) { id } }`);
    },
  },
};

const LATEST = '{ auditTrail(first: 1) { nodes { action actorEmail before after entities activityCode } } }';

describe.each(backends())('audit trail on %s', (backend) => {
  let api: TestApi;
  const tokens: Record<string, string> = {};
  let ids: Ids;

  beforeAll(async () => {
    years = 2000;
    api = await startTestApi(backend);
    for (const email of ['coordinacion@demo.gob.pe', 'pcm@demo.gob.pe']) tokens[email] = await api.login(email);
    const authorityId = (await seedAuthorities(api.dataSource, many(1, 'REGIDORA_DISTRITAL', '150103', 'Regidora', 62000001)))[0]!;
    const ateId = (await government(api.dataSource, '150103')).id;
    ids = {
      authorityId,
      ateId,
      execution: async () => {
        const r = await ok(
          api,
          tokens['pcm@demo.gob.pe']!,
          'mutation ($i: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2024, input: $i, participants: []) { id version } }',
          { i: executionInput('2024-07-05') },
        );
        return (r as { createExecution: { id: number; version: number } }).createExecution;
      },
    };
  });
  afterAll(() => api?.close());

  it('has a case for every mutation that writes', async () => {
    const mutations = Object.keys((await getSchema()).getMutationType()!.getFields()).filter((m) => !NOT_WRITES.has(m));
    expect(Object.keys(CASES).sort()).toEqual(mutations.sort());
  });

  it.each(Object.entries(CASES))('%s records who, what and when', async (_mutation, c) => {
    const [last] = (await api.dataSource.query('SELECT COALESCE(MAX(id), 0) AS id FROM audit_entries')) as { id: number }[];
    const lastBefore = last!.id;
    await c.run(api, tokens[c.actor]!, ids);
    const entry = (await api.gql(LATEST, {}, { token: tokens['coordinacion@demo.gob.pe'] })).data!.auditTrail.nodes[0];
    expect(entry).toMatchObject({ action: c.action, actorEmail: c.actor });
    expect(entry.before !== null || entry.after !== null).toBe(true);
    // Written now: after every entry that existed before the mutation, with a time of its own.
    const [row] = await api.dataSource.query('SELECT id, occurred_at FROM audit_entries ORDER BY id DESC LIMIT 1');
    expect(Number(row.id)).toBeGreaterThan(Number(lastBefore));
    expect(Number.isNaN(new Date(row.occurred_at).getTime())).toBe(false);
  });

  it('keeps values before and after an update', async () => {
    await CASES.updateExecution!.run(api, tokens['pcm@demo.gob.pe']!, ids);
    const r = await api.gql(
      '{ auditTrail(action: "execution.update", first: 1) { nodes { before after entities activityCode } } }',
      {},
      { token: tokens['coordinacion@demo.gob.pe'] },
    );
    const entry = r.data!.auditTrail.nodes[0];
    expect(JSON.parse(entry.before)).toMatchObject({ date: '2024-07-05', version: 1 });
    expect(JSON.parse(entry.after)).toMatchObject({ date: '2024-07-02', title: 'Cambiada', version: 2 });
    expect(entry).toMatchObject({ entities: ['PCM'], activityCode: '1.4' });
  });

  it('filters by entity, activity, user and dates', async () => {
    const q = async (args: string) =>
      (await api.gql(`{ auditTrail(${args}, first: 500) { totalCount nodes { action actorEmail } } }`, {}, { token: tokens['coordinacion@demo.gob.pe'] })).data!
        .auditTrail;
    // Entries of its own first (by PCM on 1.4); then what the database holds is the reference.
    for (const name of ['createExecution', 'updateExecution', 'addParticipants'] as const) await CASES[name]!.run(api, tokens['pcm@demo.gob.pe']!, ids);
    const all: { action: string; actor_email: string; subject_entity: string | null; activity_code: string | null; occurred_at: string | Date }[] =
      await api.dataSource.query('SELECT action, actor_email, subject_entity, activity_code, occurred_at FROM audit_entries');
    const pcm = await q('entityCode: "PCM"');
    expect(pcm.totalCount).toBe(all.filter((e) => (e.subject_entity ?? '').includes(',PCM,')).length);
    expect(pcm.totalCount).toBeGreaterThanOrEqual(3);
    const activity = await q('activityCode: "1.4"');
    expect(activity.totalCount).toBe(all.filter((e) => e.activity_code === '1.4').length);
    expect(activity.nodes.length).toBeGreaterThanOrEqual(3);
    expect(activity.nodes.every((n: { action: string }) => /^(execution|participants|evidence)\.|^plan\.reprogram$/.test(n.action))).toBe(true);
    const byPcm = await q('actorEmail: "pcm@demo.gob.pe"');
    expect(byPcm.nodes.length).toBe(all.filter((e) => e.actor_email === 'pcm@demo.gob.pe').length);
    expect(byPcm.nodes.every((n: { actorEmail: string }) => n.actorEmail === 'pcm@demo.gob.pe')).toBe(true);
    // Part of the address, any case; LIKE wildcards typed are taken literally.
    const partial = await q('actorEmail: "  PCM@Demo"');
    expect(partial.totalCount).toBe(all.filter((e) => e.actor_email.includes('pcm@demo')).length);
    expect((await q('actorEmail: "%"')).totalCount).toBe(all.filter((e) => e.actor_email.includes('%')).length);
    expect((await q('actorEmail: "pcm_demo"')).totalCount).toBe(0);
    // Dates from the entries themselves (UTC), not from the clock: the test holds across midnight.
    const days = [...new Set(all.map((e) => new Date(e.occurred_at).toISOString().slice(0, 10)))].sort();
    expect((await q(`from: "${days[0]}", to: "${days.at(-1)}"`)).totalCount).toBe(all.length);
    expect((await q('from: "2000-01-01", to: "2000-12-31"')).totalCount).toBe(0);
  });

  it('is read by the coordination only, and nothing in the API can change it', async () => {
    const denied = await api.gql('{ auditTrail { totalCount } }', {}, { token: tokens['pcm@demo.gob.pe'] });
    expect(denied.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const schema = await getSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields());
    expect(mutations.filter((m) => /audit/i.test(m.name) || /Audit/.test(String(m.type)))).toEqual([]);
  });
});
