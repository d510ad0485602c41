/**
 * No N+1: the SQL statements a request sends (X-SQL-Statements, as the benchmarks read it) do not
 * grow with the data. The activity list with progress, months and executions, and the consolidated
 * report, cost the same on a small fixture and on a large one (many authorities, executions and
 * participations on every activity), and the same for 6 activities (PCM) as for 19 (coordinator).
 */
import type { Office } from '@gj/domain';
import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { allowedOutcomes, type IndicatorRule } from '@gj/domain';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityRow } from '../activity/activity.entity.js';
import { createApp } from '../app.js';
import { DEMO_PASSWORD } from '../auth/demo-accounts.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import { bootstrap } from '../bootstrap.js';
import { createDataSource } from '../database/data-source.js';
import { ExecutionRow, ParticipationRow } from '../execution/execution.entity.js';
import { AggregateService } from './aggregate.service.js';
import { GovernmentRow } from '../geography/geography.entity.js';
import { backends, createTestDatabase, TEST_TOKEN_SECRET, type Backend } from '../test/harness.js';

const AS_OF = '2024-12-31';
const ACTIVITIES = `{ activities {
  code name target { value }
  progress(asOf: "${AS_OF}") { achieved percentOfTarget byOffice { office count } byDepartment { departmentName count } parts { key achieved } }
  months(asOf: "${AS_OF}") { month status executions }
  executions { id date kind participantCount } } }`;
/** The participants of one activity's executions: what a page of an activity lists. */
const PARTICIPANTS = `{ activity(code: "1.4") { executions { id participants { outcome authority { familyNames government { name } } } } } }`;
const REPORT = `{ consolidatedReport(year: 2024, asOf: "${AS_OF}") { year asOf
  activities { code achieved percentOfTarget executions executedMonths delayedMonths expectedPercent behind entities }
  totals { activities reachedAuthorities averagePercentOfTarget }
  byObjective { key activities } byEntity { key activities } byStrategyObjective { key activities }
  byOffice { key reached inRegister } byDepartment { key reached inRegister } alerts { kind activityCode } } }`;

interface Api {
  dataSource: DataSource;
  /** Statements the request sent, after checking it succeeded. */
  statements(query: string, token: string): Promise<number>;
  login(email: string): Promise<string>;
  close(): Promise<void>;
}

async function startCountingApi(backend: Backend): Promise<Api> {
  const database = await createTestDatabase(backend);
  const dataSource = createDataSource(database.config);
  await dataSource.initialize();
  const { app, services, stop } = await createApp(dataSource, {
    production: false,
    tokenSecret: TEST_TOKEN_SECRET,
    tokenTtlSeconds: 3600,
    sqlStatistics: true,
  });
  await bootstrap(dataSource, services.accounts, { demo: 'always', database: database.config }, { demoData: false });
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { body, statements: Number(response.headers.get('x-sql-statements')) };
  };
  return {
    dataSource,
    statements: async (query, token) => (await post(query, {}, token)).statements,
    login: async (email) =>
      (await post('mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: email, p: DEMO_PASSWORD })).body.data.login.token,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop();
      await dataSource.destroy();
      await database.drop();
    },
  };
}

/** Deterministic choices, so both databases get the same fixture. */
const pick = <T>(list: readonly T[], i: number): T => list[(i * 7919) % list.length]!;

/**
 * Adds authorities and, on every 2024 activity, `perActivity` executions (one a month, round
 * robin) with `participants` each, with outcomes the activity accepts; 3.2 gets dissemination
 * actions without participants.
 */
async function grow(dataSource: DataSource, authorities: number, perActivity: number, participants: number) {
  const governments = await dataSource.getRepository(GovernmentRow).find({ select: { id: true }, order: { id: 'ASC' } });
  const offices = [
    'GOBERNADORA',
    'VICEGOBERNADORA',
    'CONSEJERA_REGIONAL',
    'ALCALDESA_PROVINCIAL',
    'REGIDORA_PROVINCIAL',
    'ALCALDESA_DISTRITAL',
    'REGIDORA_DISTRITAL',
  ];
  const existing = await dataSource.getRepository(AuthorityRow).count();
  const people = Array.from({ length: authorities }, (_, i) => ({
    givenNames: `Conteo ${existing + i}`,
    familyNames: 'Prueba Ficticia',
    searchName: `conteo ${existing + i} prueba ficticia`,
    dni: null,
    office: pick(offices, existing + i) as Office,
    governmentId: pick(governments, existing + i).id,
    termStart: 2023,
    termEnd: 2026,
    active: true,
    synthetic: true,
  }));
  for (let i = 0; i < people.length; i += 200)
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(AuthorityRow)
      .values(people.slice(i, i + 200))
      .execute();
  const ids = (await dataSource.getRepository(AuthorityRow).find({ select: { id: true }, order: { id: 'ASC' } })).map((a) => a.id);

  const activities = await dataSource.getRepository(ActivityRow).find({ where: { planYear: 2024 }, order: { position: 'ASC' } });
  for (const activity of activities) {
    const rule = activity.rule as IndicatorRule;
    const dissemination = rule.kind === 'ACTION_COUNT';
    const outcomes = allowedOutcomes(rule);
    for (let n = 0; n < perActivity; n++) {
      const month = String((n % 12) + 1).padStart(2, '0');
      const { identifiers } = await dataSource
        .createQueryBuilder()
        .insert()
        .into(ExecutionRow)
        .values({
          activityId: activity.id,
          date: `2024-${month}-15`,
          kind: dissemination ? 'DISSEMINATION' : outcomes.includes('ASSISTED') ? 'TECHNICAL_ASSISTANCE' : 'TRAINING_SESSION',
          title: `Conteo ${activity.code} ${n}`,
          modality: 'VIRTUAL',
          version: 1,
        })
        .execute();
      if (dissemination) continue;
      const executionId = Number(identifiers[0]!.id);
      const taking = Array.from({ length: Math.min(participants, ids.length) }, (_, i) => ({
        executionId,
        authorityId: ids[(n * participants + i) % ids.length]!,
        outcome: pick(outcomes, n + i),
      }));
      for (let i = 0; i < taking.length; i += 200)
        await dataSource
          .createQueryBuilder()
          .insert()
          .into(ParticipationRow)
          .values(taking.slice(i, i + 200))
          .execute();
    }
  }
  // Written below the services, as a bulk load would: the aggregates are rebuilt once.
  await new AggregateService(dataSource).rebuild();
}

describe.each(backends())('SQL statements per request on %s', (backend) => {
  let api: Api;
  let coordinator: string;
  let pcm: string;
  const small: Record<string, number> = {};
  const large: Record<string, number> = {};
  const measure = async (into: Record<string, number>) => {
    into.coordinatorActivities = await api.statements(ACTIVITIES, coordinator);
    into.pcmActivities = await api.statements(ACTIVITIES, pcm);
    into.coordinatorParticipants = await api.statements(PARTICIPANTS, coordinator);
    into.pcmParticipants = await api.statements(PARTICIPANTS, pcm);
    into.coordinatorReport = await api.statements(REPORT, coordinator);
    into.pcmReport = await api.statements(REPORT, pcm);
  };

  beforeAll(async () => {
    api = await startCountingApi(backend);
    coordinator = await api.login('coordinacion@demo.gob.pe');
    pcm = await api.login('pcm@demo.gob.pe');
    // Small: a few people, one execution on each activity.
    await grow(api.dataSource, 10, 1, 3);
    await measure(small);
    // Large: 600 more people, 24 executions on each activity, 80 participants each (~35,000).
    await grow(api.dataSource, 600, 24, 80);
    await measure(large);
  });
  afterAll(() => api?.close());

  it('the activity list with progress, months and executions costs the same whatever the data', () => {
    expect(large.coordinatorActivities).toBe(small.coordinatorActivities);
    expect(large.pcmActivities).toBe(small.pcmActivities);
  });

  it("the participants of an activity's executions cost the same whatever their number", () => {
    expect(large.coordinatorParticipants).toBe(small.coordinatorParticipants);
    expect(large.pcmParticipants).toBe(small.pcmParticipants);
    expect(small.coordinatorParticipants).toBeLessThanOrEqual(8);
  });

  it('the activity list costs the same for 6 activities as for 19 (no query per activity)', () => {
    expect(small.pcmActivities).toBe(small.coordinatorActivities);
    // Session, default plan-year, activities, progress (counts, actions, census of the term,
    // reprogrammings), months, executions and their participant counts: a fixed set.
    expect(small.coordinatorActivities).toBeLessThanOrEqual(11);
  });

  it('the consolidated report costs the same whatever the data and the scope', () => {
    expect(large.coordinatorReport).toBe(small.coordinatorReport);
    expect(large.pcmReport).toBe(small.pcmReport);
    expect(small.pcmReport).toBe(small.coordinatorReport);
    expect(small.coordinatorReport).toBeLessThanOrEqual(10);
  });
});
