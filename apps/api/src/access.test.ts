/**
 * Which role reaches each GraphQL operation, and how much of it, for its own entity and another.
 * Every operation of the schema must appear here, so a new one cannot ship without deciding its
 * access. Targets are PCM's: activity 1.4 and its executions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSchema } from './schema.js';
import { executionInput, government, seedAuthorities, sendMonth } from './test/fixtures.js';
import { startTestApi, type TestApi } from './test/harness.js';

const ROLES = ['ANONYMOUS', 'COORDINATOR', 'FOCAL_POINT(PCM)', 'FOCAL_POINT(OSCE)', 'INTEGRATOR'] as const;
type RoleName = (typeof ROLES)[number];

interface ProbeContext {
  api: TestApi;
  token: string | undefined;
  /** A fresh execution of PCM's activity 1.4, so that probes do not see each other's writes. */
  execution(): Promise<{ id: number; version: number }>;
  authorityId: number;
  ateId: number;
  /** A PCM month (of a year of its own) submitted, or submitted and approved, ready for review. */
  submittedMonth(): Promise<number>;
  approvedMonth(): Promise<number>;
  /** A means of verification of a fresh PCM execution (uploaded by the coordination). */
  evidence(): Promise<number>;
  /** A fresh register record flagged as a possible duplicate. */
  flaggedDuplicate(): Promise<number>;
  /** An API key nobody uses, for revocation probes. */
  spareApiKeyId: number;
  /** A change a register import held for review. */
  pendingReview(): Promise<number>;
  /** A new session of the probe's account (sign-out probes end it), or the probe's key. */
  freshToken(): Promise<string | undefined>;
  /** A year without a plan; or a plan-year of its own, copied from 2024, as a draft or published. */
  freshYear(): number;
  draftYear(): Promise<number>;
  publishedYear(): Promise<number>;
  /** The 2024 plan's spreadsheet, base64. */
  planSheet: string;
}
type Probe = (c: ProbeContext) => Promise<string>;

const count = (list: unknown[] | undefined) => (list === undefined ? 'error' : `${list.length}`);
/** "ok", or the error code the API answered. */
const outcome = async (c: ProbeContext, query: string, variables: Record<string, unknown> = {}) => {
  const r = await c.api.gql(query, variables, { token: c.token });
  return r.errors ? String(r.errors[0]!.extensions?.code) : 'ok';
};
const csv = (lines: string[]) => Buffer.from(lines.join('\n')).toString('base64');

const PROBES: Record<string, Probe> = {
  'Query.viewer': async (c) => {
    const r = await c.api.gql('{ viewer { role entity { code } } }', {}, { token: c.token });
    return r.data?.viewer ? `${r.data.viewer.role}${r.data.viewer.entity ? `/${r.data.viewer.entity.code}` : ''}` : 'null';
  },
  'Query.entities': async (c) => count((await c.api.gql('{ entities { code } }', {}, { token: c.token })).data?.entities),
  'Query.terms': async (c) => count((await c.api.gql('{ terms { start } }', {}, { token: c.token })).data?.terms),
  'Query.units': async (c) => count((await c.api.gql('{ units { code } }', {}, { token: c.token })).data?.units),
  'Query.plan': async (c) => ((await c.api.gql('{ plan { objectives { code } } }', {}, { token: c.token })).data?.plan ? 'plan' : 'null'),
  // Years below 2040: 2024 in force and the draft 2039 (the probes' own plan-years come after).
  'Query.planYears': async (c) => JSON.stringify((await c.api.gql('{ planYears }', {}, { token: c.token })).data?.planYears.filter((y: number) => y < 2040)),
  'Query.plans': async (c) =>
    JSON.stringify(
      (await c.api.gql('{ plans { year } }', {}, { token: c.token })).data?.plans.map((p: { year: number }) => p.year).filter((y: number) => y < 2040),
    ),
  'Mutation.createPlan': async (c) => outcome(c, `mutation { createPlan(year: ${c.freshYear()}, copyFrom: 2024) { year } }`),
  'Mutation.updatePlan': async (c) =>
    outcome(c, 'mutation ($y: Int!, $i: PlanInput!) { updatePlan(year: $y, input: $i) { year } }', {
      y: await c.draftYear(),
      i: {
        title: 'Plan de prueba',
        objectives: [
          { code: '1', name: 'Uno' },
          { code: '2', name: 'Dos' },
          { code: '3', name: 'Tres' },
        ],
      },
    }),
  'Mutation.savePlanActivity': async (c) =>
    outcome(c, 'mutation ($y: Int!, $i: PlanActivityInput!) { savePlanActivity(year: $y, input: $i) { year } }', {
      y: await c.draftYear(),
      i: {
        code: '1.20',
        objective: '1',
        name: 'Actividad de prueba',
        responsibleUnits: ['SD'],
        target: { value: 10, unit: 'COUNT', counted: 'ACTIONS', description: '10 acciones' },
        plannedMonths: [5],
        rule: { kind: 'ACTION_COUNT' },
      },
    }),
  'Mutation.deletePlanActivity': async (c) => outcome(c, `mutation { deletePlanActivity(year: ${await c.draftYear()}, code: "1.4") { year } }`),
  'Mutation.importPlan': async (c) =>
    outcome(c, 'mutation ($y: Int!, $content: String!) { importPlan(year: $y, fileName: "plan.xlsx", contentBase64: $content) { errors { message } } }', {
      y: c.freshYear(),
      content: c.planSheet,
    }),
  'Mutation.publishPlan': async (c) => outcome(c, `mutation { publishPlan(year: ${await c.draftYear()}) { year } }`),
  'Mutation.closePlan': async (c) => outcome(c, `mutation { closePlan(year: ${await c.publishedYear()}) { year } }`),
  'Mutation.reprogramActivity': async (c) => {
    const y = await c.publishedYear();
    return outcome(c, 'mutation ($y: Int!, $i: ReprogrammingInput!) { reprogramActivity(year: $y, code: "1.4", input: $i) { code } }', {
      y,
      i: { targetValue: 45, reason: 'Prueba de acceso a la reprogramación.', document: 'Resolución Ministerial N° 1-2024-MIMP', effectiveDate: `${y}-07-01` },
    });
  },
  'Query.departments': async (c) => count((await c.api.gql('{ departments { code } }', {}, { token: c.token })).data?.departments),
  'Query.governments': async (c) => count((await c.api.gql('{ governments(level: REGIONAL) { ubigeo } }', {}, { token: c.token })).data?.governments),
  'Query.activities': async (c) => count((await c.api.gql('{ activities(year: 2024) { code } }', {}, { token: c.token })).data?.activities),
  'Query.activity': async (c) => {
    const r = await c.api.gql('{ mine: activity(code: "1.4") { code } other: activity(code: "1.8") { code } }', {}, { token: c.token });
    return `1.4:${r.data?.mine ? 'yes' : 'no'} 1.8:${r.data?.other ? 'yes' : 'no'}`;
  },
  'Query.execution': async (c) => {
    const { id } = await c.execution();
    return (await c.api.gql(`{ execution(id: ${id}) { id } }`, {}, { token: c.token })).data?.execution ? 'visible' : 'null';
  },
  'Query.executions': async (c) => {
    const r = await c.api.gql('{ executions(year: 2024, activityCode: "1.4", first: 500) { totalCount } }', {}, { token: c.token });
    return r.errors ? String(r.errors[0]!.extensions?.code) : r.data!.executions.totalCount > 0 ? 'visible' : '0';
  },
  'Query.participations': async (c) => outcome(c, '{ participations(first: 1) { totalCount } }'),
  'Query.authorities': async (c) => {
    const r = await c.api.gql('{ authorities(search: "Acceso") { nodes { id } } }', {}, { token: c.token });
    return r.errors ? String(r.errors[0]!.extensions?.code) : count(r.data!.authorities.nodes);
  },
  'Query.authority': async (c) => {
    const r = await c.api.gql(`{ authority(id: ${c.authorityId}) { id } }`, {}, { token: c.token });
    return r.errors ? String(r.errors[0]!.extensions?.code) : r.data!.authority ? 'visible' : 'null';
  },
  'Query.registerReviews': async (c) => outcome(c, '{ registerReviews { id } }'),
  'Mutation.resolveRegisterReview': async (c) => outcome(c, `mutation { resolveRegisterReview(id: ${await c.pendingReview()}, apply: false) { id } }`),
  'Mutation.logout': async (c) => {
    const r = await c.api.gql('mutation { logout }', {}, { token: await c.freshToken() });
    return r.errors ? String(r.errors[0]!.extensions?.code) : 'ok';
  },
  'Query.consolidatedReport': async (c) =>
    count(
      (await c.api.gql('{ consolidatedReport(year: 2024, asOf: "2024-06-30") { activities { code } } }', {}, { token: c.token })).data?.consolidatedReport
        .activities,
    ),
  'Query.monthlySubmissions': async (c) =>
    count((await c.api.gql('{ monthlySubmissions(year: 2024) { month } }', {}, { token: c.token })).data?.monthlySubmissions),
  'Query.auditTrail': async (c) => outcome(c, '{ auditTrail { totalCount } }'),
  'Query.accounts': async (c) => outcome(c, '{ accounts { email } }'),
  // Sent with the narrative its activities require: what is probed is who may send.
  'Mutation.submitMonth': async (c) => {
    const r = await sendMonth(c.api, c.token ?? '', 11);
    return r.errors ? String(r.errors[0]!.extensions?.code) : 'ok';
  },
  'Query.monthReport': async (c) => {
    const r = await c.api.gql('{ monthReport(entityCode: "PCM", year: 2024, month: 5) { activities { activity { code } } } }', {}, { token: c.token });
    return r.data?.monthReport ? count(r.data.monthReport.activities) : 'null';
  },
  'Mutation.saveMonthNarrative': async (c) => outcome(c, 'mutation { saveMonthNarrative(year: 2024, month: 6, entries: []) { version } }'),
  'Mutation.deleteEvidence': async (c) => outcome(c, `mutation { deleteEvidence(id: ${await c.evidence()}) }`),
  'Mutation.approveMonth': async (c) => outcome(c, `mutation { approveMonth(entityCode: "PCM", year: ${await c.submittedMonth()}, month: 1) { status } }`),
  'Mutation.returnMonth': async (c) =>
    outcome(c, `mutation { returnMonth(entityCode: "PCM", year: ${await c.submittedMonth()}, month: 1, comment: "Revisar") { status } }`),
  'Mutation.reopenMonth': async (c) =>
    outcome(c, `mutation { reopenMonth(entityCode: "PCM", year: ${await c.approvedMonth()}, month: 1, comment: "Corregir") { status } }`),
  'Mutation.createAccount': async (c) =>
    outcome(
      c,
      `mutation { createAccount(email: "acceso${Math.floor(Math.random() * 1e9)}@pcm.gob.pe", role: FOCAL_POINT, entityCode: "PCM", password: "una-clave-larga-2024") { id } }`,
    ),
  'Mutation.setAccountActive': async (c) => outcome(c, 'mutation { setAccountActive(email: "mef@demo.gob.pe", active: true) { id } }'),
  'Query.apiKeys': async (c) => outcome(c, '{ apiKeys { id } }'),
  // Each account's own notices (an API key has none: an empty list, 0).
  'Query.notices': async (c) => outcome(c, '{ notices { totalCount } }'),
  'Query.unreadNoticeCount': async (c) => outcome(c, '{ unreadNoticeCount }'),
  'Mutation.markNoticesRead': async (c) => outcome(c, 'mutation { markNoticesRead(ids: [1, 2]) }'),
  'Mutation.markAllNoticesRead': async (c) => outcome(c, 'mutation { markAllNoticesRead }'),
  'Mutation.createApiKey': async (c) => outcome(c, 'mutation { createApiKey(name: "Sistema de prueba") { key } }'),
  'Mutation.revokeApiKey': async (c) => outcome(c, `mutation { revokeApiKey(id: ${c.spareApiKeyId}) { id } }`),
  'Mutation.login': async (c) =>
    (await c.api.gql('mutation { login(email: "pcm@demo.gob.pe", password: "GobernandoJuntas2024") { token } }')).data?.login ? 'token' : 'error',
  'Mutation.createExecution': async (c) =>
    outcome(c, 'mutation ($input: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2024, input: $input) { id } }', {
      input: executionInput('2024-05-01'),
    }),
  'Mutation.updateExecution': async (c) => {
    const { id, version } = await c.execution();
    return outcome(c, 'mutation ($id: Int!, $v: Int!, $input: ExecutionInput!) { updateExecution(id: $id, version: $v, input: $input) { id } }', {
      id,
      v: version,
      input: executionInput('2024-05-02'),
    });
  },
  'Mutation.deleteExecution': async (c) => outcome(c, `mutation { deleteExecution(id: ${(await c.execution()).id}) }`),
  'Mutation.addParticipants': async (c) =>
    outcome(
      c,
      `mutation { addParticipants(executionId: ${(await c.execution()).id}, participants: [{ authorityId: ${c.authorityId}, outcome: COMPLETED }]) { id } }`,
    ),
  'Mutation.removeParticipants': async (c) =>
    outcome(c, `mutation { removeParticipants(executionId: ${(await c.execution()).id}, authorityIds: [${c.authorityId}]) { id } }`),
  'Mutation.importParticipants': async (c) =>
    outcome(c, 'mutation ($id: Int!, $content: String!) { importParticipants(executionId: $id, fileName: "p.csv", contentBase64: $content) { inserted } }', {
      id: (await c.execution()).id,
      content: csv(['dni,resultado', '60000001,Culminó']),
    }),
  'Mutation.createAuthority': async (c) =>
    outcome(c, 'mutation ($input: AuthorityInput!) { createAuthority(input: $input) { id } }', {
      input: { givenNames: 'Nueva', familyNames: `Acceso ${Math.random()}`, office: 'REGIDORA_DISTRITAL', governmentId: c.ateId },
    }),
  'Mutation.updateAuthority': async (c) =>
    outcome(c, 'mutation ($id: Int!, $input: AuthorityInput!) { updateAuthority(id: $id, input: $input) { id } }', {
      id: c.authorityId,
      input: { givenNames: 'Regidora', familyNames: 'Acceso', dni: '60000001', office: 'REGIDORA_DISTRITAL', governmentId: c.ateId },
    }),
  'Mutation.setAuthorityActive': async (c) => outcome(c, `mutation { setAuthorityActive(id: ${c.authorityId}, active: true) { id } }`),
  'Mutation.resolveDuplicate': async (c) => outcome(c, `mutation { resolveDuplicate(id: ${await c.flaggedDuplicate()}, merge: false) { id } }`),
  'Mutation.importAuthorities': async (c) =>
    outcome(c, 'mutation ($content: String!) { importAuthorities(fileName: "r.csv", contentBase64: $content) { created } }', {
      content: csv(['dni,nombres,apellidos,cargo,ubigeo', '60000001,Regidora,Acceso,Regidora distrital,150103']),
    }),
  'Mutation.setCensus': async (c) =>
    outcome(
      c,
      `mutation { setCensus(termStart: 2035, source: "Oficio de prueba del JNE", counts: [{ office: GOBERNADORA, women: 3 }, { office: VICEGOBERNADORA, women: 20 }, { office: CONSEJERA_REGIONAL, women: 110 }, { office: ALCALDESA_PROVINCIAL, women: 12 }, { office: ALCALDESA_DISTRITAL, women: 120 }, { office: REGIDORA_PROVINCIAL, women: 800 }, { office: REGIDORA_DISTRITAL, women: 4400 }]) { source } }`,
    ),
  // Last, with codes of their own: the probes above count the catalogue as seeded.
  'Mutation.createEntity': async (c) => outcome(c, `mutation { createEntity(code: "ACC${c.freshYear()}", name: "Entidad de prueba") { code } }`),
  'Mutation.createUnit': async (c) => outcome(c, `mutation { createUnit(entityCode: "MEF", code: "ACCU${c.freshYear()}", name: "Unidad de prueba") { code } }`),
};

/** The published matrix, docs/PERMISSIONS.md: one row per operation, one column per role. */
function readMatrix(): Record<string, Record<RoleName, string>> {
  const text = readFileSync(fileURLToPath(new URL('../../../docs/PERMISSIONS.md', import.meta.url)), 'utf8');
  const rows = text.split('\n').filter((line) => line.startsWith('| `'));
  return Object.fromEntries(
    rows.map((line) => {
      const cells = line
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      return [cells[0]!.replace(/`/g, ''), Object.fromEntries(ROLES.map((role, i) => [role, cells[i + 1]!])) as Record<RoleName, string>];
    }),
  );
}

const EXPECTED = readMatrix();
const DENIALS = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'null', '0', '1.4:no 1.8:no']);

describe('access by role and operation', () => {
  let api: TestApi;
  const tokens: Partial<Record<RoleName, string>> = {};
  let authorityId: number;
  let ateId: number;
  let spareApiKeyId: number;

  beforeAll(async () => {
    api = await startTestApi('sqlite');
    tokens.COORDINATOR = await api.login('coordinacion@demo.gob.pe');
    tokens['FOCAL_POINT(PCM)'] = await api.login('pcm@demo.gob.pe');
    tokens['FOCAL_POINT(OSCE)'] = await api.login('osce@demo.gob.pe');
    const coordinatorViewer = await api.principal(tokens.COORDINATOR);
    tokens.INTEGRATOR = (await api.services.apiKeys.create(coordinatorViewer, 'Sistema integrador de prueba', null)).key;
    spareApiKeyId = (await api.services.apiKeys.create(coordinatorViewer, 'Clave de repuesto', null)).row.id;
    authorityId = (
      await seedAuthorities(api.dataSource, [
        { givenNames: 'Regidora', familyNames: 'Acceso', office: 'REGIDORA_DISTRITAL', ubigeo: '150103', dni: '60000001' },
      ])
    )[0]!;
    ateId = (await government(api.dataSource, '150103')).id;
    // She took part in an execution of PCM's 1.4: PCM's focal point may look her up, OSCE's may not.
    await api.services.executions.create(coordinatorViewer, '1.4', 2024, executionInput('2024-05-20'), [{ authorityId, outcome: 'COMPLETED' }]);
    // A draft only the coordination sees.
    await api.services.plans.create(coordinatorViewer, 2039, 2024);
  });
  afterAll(() => api?.close());

  it('covers every operation of the schema', async () => {
    const schema = await getSchema();
    const operations = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ];
    expect(Object.keys(PROBES).sort()).toEqual(operations.sort());
    expect(Object.keys(EXPECTED).sort()).toEqual(operations.sort());
  });

  it('matches the access table', async () => {
    const execution = async () => {
      const r = await api.gql(
        'mutation ($input: ExecutionInput!) { createExecution(activityCode: "1.4", year: 2024, input: $input) { id version } }',
        { input: executionInput('2024-05-03') },
        { token: tokens.COORDINATOR },
      );
      return r.data!.createExecution as { id: number; version: number };
    };
    const pcm = await api.principal(tokens['FOCAL_POINT(PCM)']!);
    const coordinator = await api.principal(tokens.COORDINATOR!);
    // Past plan-years of their own (a month cannot be sent before it begins, nor for a year without a plan in force).
    let year = 2001;
    const submittedMonth = async () => {
      year += 1;
      await api.services.plans.create(coordinator, year, 2024);
      await api.services.plans.publish(coordinator, year);
      await api.services.cycle.submit(pcm, year, 1);
      return year;
    };
    const approvedMonth = async () => {
      const y = await submittedMonth();
      await api.services.cycle.approve(coordinator, 'PCM', y, 1);
      return y;
    };
    const evidence = async () => {
      const file = await api.services.evidence.upload(coordinator, (await execution()).id, { name: 'acta.pdf', data: Buffer.from('%PDF-1.4\n%%EOF\n') });
      return file.id;
    };
    const flaggedDuplicate = async () => {
      const file = Buffer.from('nombres,apellidos,cargo,ubigeo\nRegidora,Acceso,Regidora distrital,150103');
      const result = await api.services.authorities.importRegister(coordinator, file, 'CSV');
      return result.flagged[0]!.id;
    };
    const pendingReview = async () => {
      const file = Buffer.from(`dni,nombres,apellidos,cargo,ubigeo\n60000001,Otra Persona ${Math.random()},Distinta,Regidora distrital,150103`);
      return (await api.services.authorities.importRegister(coordinator, file, 'CSV')).review[0]!.reviewId;
    };
    // Plan-years of their own for plan probes, from 2041 on.
    let planYear = 2040;
    const freshYear = () => (planYear += 1);
    const draftYear = async () => {
      const y = freshYear();
      await api.services.plans.create(coordinator, y, 2024);
      return y;
    };
    const publishedYear = async () => {
      const y = await draftYear();
      await api.services.plans.publish(coordinator, y);
      return y;
    };
    const planSheet = Buffer.from(
      await (await fetch(`${api.url}/api/plans/2024.xlsx`, { headers: { authorization: `Bearer ${tokens.COORDINATOR}` } })).arrayBuffer(),
    ).toString('base64');
    const emails: Partial<Record<RoleName, string>> = {
      COORDINATOR: 'coordinacion@demo.gob.pe',
      'FOCAL_POINT(PCM)': 'pcm@demo.gob.pe',
      'FOCAL_POINT(OSCE)': 'osce@demo.gob.pe',
    };
    const actual: Record<string, Record<string, string>> = {};
    for (const [operation, probe] of Object.entries(PROBES)) {
      actual[operation] = {};
      for (const role of ROLES) {
        const freshToken = async () => (emails[role] ? api.login(emails[role]!) : tokens[role]);
        actual[operation]![role] = await probe({
          api,
          token: tokens[role],
          execution,
          authorityId,
          ateId,
          submittedMonth,
          approvedMonth,
          evidence,
          flaggedDuplicate,
          spareApiKeyId,
          pendingReview,
          freshToken,
          freshYear,
          draftYear,
          publishedYear,
          planSheet,
        });
      }
    }
    expect(actual).toEqual(EXPECTED);
  });

  it('has a positive control for every denial', () => {
    for (const [operation, cells] of Object.entries(EXPECTED)) {
      const values = Object.values(cells);
      if (values.some((v) => DENIALS.has(v)))
        expect(
          values.filter((v) => !DENIALS.has(v)),
          operation,
        ).not.toEqual([]);
    }
  });
});
