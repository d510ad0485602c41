/** Seeded data for tests, built step by step on top of `startTestApi`. */
import { personSearchName, type Office } from '@gj/domain';
import type { DataSource } from 'typeorm';
import { AuthorityRow } from '../authority/authority.entity.js';
import { GovernmentRow } from '../geography/geography.entity.js';

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
  const repository = dataSource.getRepository(AuthorityRow);
  const ids: number[] = [];
  for (const spec of specs) {
    const gov = await government(dataSource, spec.ubigeo);
    const saved = await repository.save(
      repository.create({
        givenNames: spec.givenNames,
        familyNames: spec.familyNames,
        searchName: personSearchName(spec.givenNames, spec.familyNames),
        dni: spec.dni ?? null,
        office: spec.office,
        governmentId: gov.id,
        termStart: 2023,
        termEnd: 2026,
        active: true,
        synthetic: false,
      }),
    );
    ids.push(saved.id);
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
