/** Seeded data for tests, built step by step on top of `startTestApi`. */
import { personSearchName, type Office } from '@gj/domain';
import type { DataSource, FindOptionsWhere } from 'typeorm';
import { AuditEntryRow } from '../audit/audit.entity.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import { GovernmentRow } from '../geography/geography.entity.js';
import type { GraphQLResponse, TestApi } from './harness.js';

export interface AuthoritySpec {
  givenNames: string;
  familyNames: string;
  office: Office;
  /** Ubigeo of the government: DD (regional), DDPP (provincial) or DDPPDD (district). */
  ubigeo: string;
  dni?: string | null;
}

export async function government(dataSource: DataSource, ubigeo: string): Promise<GovernmentRow> {
  return dataSource.getRepository(GovernmentRow).findOneByOrFail({ ubigeo });
}

/** Inserts authorities straight into the register; returns their ids in order. */
export async function seedAuthorities(dataSource: DataSource, specs: readonly AuthoritySpec[]): Promise<number[]> {
  const governments = new Map<string, number>();
  for (const ubigeo of new Set(specs.map((s) => s.ubigeo))) governments.set(ubigeo, (await government(dataSource, ubigeo)).id);
  const ids: number[] = [];
  for (let i = 0; i < specs.length; i += 200) {
    const rows = specs.slice(i, i + 200).map((spec) => ({
      givenNames: spec.givenNames,
      familyNames: spec.familyNames,
      searchName: personSearchName(spec.givenNames, spec.familyNames),
      dni: spec.dni ?? null,
      office: spec.office,
      governmentId: governments.get(spec.ubigeo)!,
      termStart: 2023,
      termEnd: 2026,
      active: true,
      synthetic: false,
    }));
    const { identifiers } = await dataSource.createQueryBuilder().insert().into(AuthorityRow).values(rows).execute();
    ids.push(...identifiers.map((id) => Number(id.id)));
  }
  return ids;
}

/** `count` authorities of one office on one government, with DNIs from `firstDni` on. */
export function many(count: number, office: Office, ubigeo: string, prefix: string, firstDni?: number): AuthoritySpec[] {
  return Array.from({ length: count }, (_, i) => ({
    givenNames: `${prefix} ${i + 1}`,
    familyNames: 'Prueba Ficticia',
    office,
    ubigeo,
    dni: firstDni === undefined ? null : String(firstDni + i).padStart(8, '0'),
  }));
}

export const EXECUTION = `id activityCode date kind title modality place evidenceUrl notes entityCode version participantCount`;

export const executionInput = (date: string, overrides: Record<string, unknown> = {}) => ({
  date,
  kind: 'TRAINING_SESSION',
  title: `Sesión del ${date}`,
  modality: 'VIRTUAL',
  ...overrides,
});

/** Audit entries matching `where`, oldest first, with their values parsed. */
export async function auditOf(dataSource: DataSource, where: FindOptionsWhere<AuditEntryRow>) {
  const rows = await dataSource.getRepository(AuditEntryRow).find({ where, order: { id: 'ASC' } });
  return rows.map((r) => ({
    action: r.action,
    actorEmail: r.actorEmail,
    before: r.before ? JSON.parse(r.before) : null,
    after: r.after ? JSON.parse(r.after) : null,
  }));
}

const MONTH_ACTIVITIES =
  'query ($e: String!, $y: Int!, $m: Int!) { monthReport(entityCode: $e, year: $y, month: $m) { activities { activity { code } requiredFields } } }';
const SEND =
  'mutation ($y: Int!, $m: Int!, $n: [NarrativeInput!]) { submitMonth(year: $y, month: $m, narratives: $n) { entityCode month status submittedBy } }';

/**
 * A focal point sends her entity's month with the narrative each activity requires, in
 * placeholder words: for tests about the cycle's statuses and locks, not about the narrative.
 */
export async function sendMonth(
  api: { gql: TestApi['gql']; principal: TestApi['principal'] },
  token: string,
  month: number,
  year = 2024,
): Promise<GraphQLResponse> {
  // Anonymous callers and keys have no entity: the mutation goes without narrative and is refused as such.
  const entityCode = await api.principal(token).then(
    (p) => p.entityCode,
    () => null,
  );
  const report = entityCode ? await api.gql(MONTH_ACTIVITIES, { e: entityCode, y: year, m: month }, { token }) : null;
  const activities: { activity: { code: string }; requiredFields: string[] }[] = report?.data?.monthReport?.activities ?? [];
  const narratives = activities.map((a) => ({ activityCode: a.activity.code, ...Object.fromEntries(a.requiredFields.map((f) => [f, 'Informe de prueba.'])) }));
  return api.gql(SEND, { y: year, m: month, n: narratives }, { token });
}
