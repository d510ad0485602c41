/**
 * The demo database's data: a synthetic register with the 2024 plan's counts per office, spread
 * over real governments, and executions up to June 2024 (a plausible mid-year state). Every name
 * is obviously fictional and every record is marked synthetic.
 */
import {
  AUTHORITY_CENSUS_2024,
  LEADING_OFFICES,
  LOCAL_OFFICES,
  OFFICES,
  officeDefinition,
  personSearchName,
  type ExecutionKind,
  type Modality,
  type Office,
  type Outcome,
} from '@gj/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ActivityRow } from '../activity/activity.entity.js';
import { AggregateService } from '../progress/aggregate.service.js';
import { COMMAND_LINE, type AuditService } from '../audit/audit.service.js';
import { AccountRow } from '../auth/account.entity.js';
import { isDemoAccount } from '../auth/demo-accounts.js';
import { AuthorityRow } from '../authorities/authority.entity.js';
import { MonthlySubmissionRow } from '../cycle/monthly-submission.entity.js';
import { ExecutionRow, ParticipationRow } from '../execution/execution.entity.js';
import { writeParticipations } from '../execution/execution.service.js';
import { GovernmentRow } from '../geography/geography.entity.js';

/** Deterministic pseudo-random numbers (mulberry32), so every demo database is the same. */
function random(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const shuffle = <T>(list: readonly T[]): T[] => {
    const copy = [...list];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy;
  };
  return { next, pick, shuffle };
}

const GIVEN = [
  'María',
  'Rosa',
  'Carmen',
  'Ana',
  'Luz',
  'Elena',
  'Juana',
  'Gladys',
  'Norma',
  'Flor',
  'Yolanda',
  'Julia',
  'Teresa',
  'Sonia',
  'Milagros',
  'Edith',
  'Rocío',
  'Karina',
  'Pilar',
  'Nelly',
  'Hilda',
  'Maribel',
  'Silvia',
  'Zoila',
];
const FICTIONAL = ['Ejemplo', 'Muestra', 'Prueba', 'Simulada', 'Ficticia', 'Demostración'];

/** Offices whose holders are one per government (a governorship, a mayoralty). */
const ONE_PER_GOVERNMENT: readonly Office[] = ['GOBERNADORA', 'VICEGOBERNADORA', 'ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL'];

export async function seedSyntheticRegister(manager: EntityManager): Promise<number> {
  const rng = random(2024);
  const governments = await manager.getRepository(GovernmentRow).find({ order: { ubigeo: 'ASC' } });
  const byLevel = (level: string) => governments.filter((g) => g.level === level);
  const rows: Partial<AuthorityRow>[] = [];
  let sequence = 0;
  for (const { office, women } of AUTHORITY_CENSUS_2024.counts) {
    const candidates = byLevel(officeDefinition(office).level);
    const placed = ONE_PER_GOVERNMENT.includes(office) ? rng.shuffle(candidates).slice(0, women) : Array.from({ length: women }, () => rng.pick(candidates));
    for (const government of placed) {
      sequence += 1;
      const givenNames = rng.next() < 0.5 ? rng.pick(GIVEN) : `${rng.pick(GIVEN)} ${rng.pick(GIVEN)}`;
      const familyNames = `${rng.pick(FICTIONAL)} ${rng.pick(FICTIONAL)} ${String(sequence).padStart(4, '0')}`;
      rows.push({
        givenNames,
        familyNames,
        searchName: personSearchName(givenNames, familyNames),
        dni: null,
        office,
        governmentId: government.id,
        termStart: 2023,
        termEnd: 2026,
        active: true,
        synthetic: true,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 500)
    await manager
      .createQueryBuilder()
      .insert()
      .into(AuthorityRow)
      .values(rows.slice(i, i + 500))
      .execute();
  return rows.length;
}

interface DemoSession {
  date: string;
  kind: ExecutionKind;
  modality: Modality;
  title: string;
  place?: string;
  /** Share of the activity's pool that takes part. */
  share: number;
  /** Outcome weights; they add up to 1. */
  outcomes: Partial<Record<Outcome, number>>;
}

interface DemoActivity {
  code: string;
  entity: string;
  pools: { offices: readonly Office[]; size: number }[];
  sessions: DemoSession[];
}

const ALL = OFFICES;
const TRAINED = { COMPLETED: 0.8, ATTENDED: 0.2 };
const ASSISTED = { ASSISTED: 1 };

/** Up to June 2024. 1.11 and 2.3 are left without executions: they show as delayed. */
const DEMO_ACTIVITIES: DemoActivity[] = [
  {
    code: '1.1',
    entity: 'MIMP',
    pools: [{ offices: ALL, size: 140 }],
    sessions: [
      {
        date: '2024-04-18',
        kind: 'EVENT',
        modality: 'VIRTUAL',
        title: 'Conferencia 1: igualdad y gestión pública',
        share: 0.7,
        outcomes: { COMPLETED: 0.7, ATTENDED: 0.3 },
      },
      {
        date: '2024-05-16',
        kind: 'EVENT',
        modality: 'VIRTUAL',
        title: 'Conferencia 2: presupuesto con enfoque de género',
        share: 0.8,
        outcomes: { COMPLETED: 0.85, ATTENDED: 0.15 },
      },
    ],
  },
  {
    code: '1.2',
    entity: 'MIMP',
    pools: [{ offices: ALL, size: 230 }],
    sessions: [
      { date: '2024-04-25', kind: 'EVENT', modality: 'IN_PERSON', title: 'Foro Macrorregional Sur', place: 'Arequipa', share: 0.5, outcomes: { ATTENDED: 1 } },
      { date: '2024-06-20', kind: 'EVENT', modality: 'IN_PERSON', title: 'Foro Macrorregional Norte', place: 'Piura', share: 0.55, outcomes: { ATTENDED: 1 } },
    ],
  },
  {
    code: '1.4',
    entity: 'PCM',
    pools: [{ offices: LOCAL_OFFICES, size: 32 }],
    sessions: [
      {
        date: '2024-05-09',
        kind: 'TRAINING_SESSION',
        modality: 'VIRTUAL',
        title: 'Gestión pública municipal: módulo 1',
        share: 0.9,
        outcomes: { COMPLETED: 0.6, ATTENDED: 0.4 },
      },
      { date: '2024-06-13', kind: 'TRAINING_SESSION', modality: 'VIRTUAL', title: 'Gestión pública municipal: módulo 2', share: 0.9, outcomes: TRAINED },
    ],
  },
  {
    code: '1.5',
    entity: 'OSCE',
    pools: [{ offices: ALL, size: 45 }],
    sessions: [
      {
        date: '2024-04-22',
        kind: 'COURSE_EDITION',
        modality: 'VIRTUAL',
        title: 'Curso MOOC: primera edición',
        share: 1,
        outcomes: { ENROLLED: 0.1, COMPLETED: 0.6, APPROVED: 0.3 },
      },
    ],
  },
  {
    code: '1.6',
    entity: 'OSCE',
    pools: [{ offices: ALL, size: 28 }],
    sessions: [
      {
        date: '2024-06-17',
        kind: 'COURSE_EDITION',
        modality: 'HYBRID',
        title: 'Facultades e impedimentos en la contratación pública',
        place: 'Lima',
        share: 1,
        outcomes: { COMPLETED: 0.7, ATTENDED: 0.3 },
      },
    ],
  },
  {
    code: '1.7',
    entity: 'MIMP',
    pools: [{ offices: ['GOBERNADORA', 'VICEGOBERNADORA', 'ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL'], size: 24 }],
    sessions: [
      {
        date: '2024-05-06',
        kind: 'COURSE_EDITION',
        modality: 'HYBRID',
        title: 'Desarrollo económico territorial: inicio',
        place: 'Lima',
        share: 1,
        outcomes: { ATTENDED: 1 },
      },
      {
        date: '2024-06-10',
        kind: 'COURSE_EDITION',
        modality: 'HYBRID',
        title: 'Desarrollo económico territorial: cierre',
        place: 'Lima',
        share: 0.9,
        outcomes: TRAINED,
      },
    ],
  },
  {
    code: '1.8',
    entity: 'SERVIR',
    pools: [{ offices: ALL, size: 48 }],
    sessions: [
      {
        date: '2024-06-03',
        kind: 'COURSE_EDITION',
        modality: 'VIRTUAL',
        title: 'Gestión pública con enfoque de género',
        share: 1,
        outcomes: { ENROLLED: 0.25, COMPLETED: 0.2, APPROVED: 0.55 },
      },
    ],
  },
  {
    code: '1.9',
    entity: 'PCM',
    pools: [
      { offices: ['GOBERNADORA'], size: 2 },
      { offices: ['VICEGOBERNADORA'], size: 6 },
      { offices: ['ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL'], size: 22 },
      { offices: ['REGIDORA_PROVINCIAL', 'REGIDORA_DISTRITAL'], size: 45 },
      { offices: ['CONSEJERA_REGIONAL'], size: 14 },
    ],
    sessions: [
      {
        date: '2024-05-23',
        kind: 'TRAINING_SESSION',
        modality: 'VIRTUAL',
        title: 'Integridad y liderazgo ético',
        share: 1,
        outcomes: { COMPLETED: 0.85, ATTENDED: 0.15 },
      },
    ],
  },
  {
    code: '1.10',
    entity: 'PCM',
    pools: [{ offices: ALL, size: 35 }],
    sessions: [
      { date: '2024-06-12', kind: 'TRAINING_SESSION', modality: 'VIRTUAL', title: 'Transformación digital en el planeamiento', share: 1, outcomes: TRAINED },
    ],
  },
  {
    code: '1.12',
    entity: 'PCM',
    pools: [{ offices: ALL, size: 30 }],
    sessions: [
      { date: '2024-06-26', kind: 'TRAINING_SESSION', modality: 'VIRTUAL', title: 'Seguridad digital para gobiernos locales', share: 1, outcomes: TRAINED },
    ],
  },
  {
    code: '2.1',
    entity: 'PCM',
    pools: [{ offices: LEADING_OFFICES, size: 26 }],
    sessions: [
      { date: '2024-04-11', kind: 'TECHNICAL_ASSISTANCE', modality: 'VIRTUAL', title: 'Gobierno abierto: asistencia técnica', share: 0.6, outcomes: ASSISTED },
      {
        date: '2024-05-14',
        kind: 'TECHNICAL_ASSISTANCE',
        modality: 'IN_PERSON',
        title: 'Gestión de inversiones: asistencia técnica',
        place: 'Cusco',
        share: 0.7,
        outcomes: ASSISTED,
      },
    ],
  },
  {
    code: '2.2',
    entity: 'CEPLAN',
    pools: [
      { offices: ['GOBERNADORA'], size: 2 },
      { offices: ['ALCALDESA_PROVINCIAL'], size: 2 },
      { offices: ['ALCALDESA_DISTRITAL'], size: 11 },
    ],
    sessions: ['2024-04-08', '2024-05-06', '2024-06-03'].map((date, i) => ({
      date,
      kind: 'TECHNICAL_ASSISTANCE' as const,
      modality: 'VIRTUAL' as const,
      title: `Planeamiento estratégico territorial: sesión ${i + 1}`,
      share: 0.6,
      outcomes: ASSISTED,
    })),
  },
  {
    code: '2.4',
    entity: 'MIMP',
    pools: [{ offices: LEADING_OFFICES, size: 18 }],
    sessions: [
      {
        date: '2024-04-29',
        kind: 'TECHNICAL_ASSISTANCE',
        modality: 'VIRTUAL',
        title: 'Políticas para mujeres y poblaciones vulnerables',
        share: 0.6,
        outcomes: ASSISTED,
      },
      { date: '2024-06-24', kind: 'TECHNICAL_ASSISTANCE', modality: 'VIRTUAL', title: 'Medidas de cuidado e igualdad', share: 0.7, outcomes: ASSISTED },
    ],
  },
  {
    code: '3.1',
    entity: 'MIMP',
    pools: [{ offices: LEADING_OFFICES, size: 38 }],
    sessions: ['2024-04-16', '2024-05-21', '2024-06-18'].map((date, i) => ({
      date,
      kind: 'TECHNICAL_ASSISTANCE' as const,
      modality: 'HYBRID' as const,
      title: `Instancias de concertación contra la violencia: ronda ${i + 1}`,
      share: 0.5,
      outcomes: ASSISTED,
    })),
  },
  {
    code: '3.2',
    entity: 'MIMP',
    pools: [],
    sessions: [
      { date: '2024-04-12', kind: 'DISSEMINATION', modality: 'VIRTUAL', title: 'Difusión del Observatorio en redes sociales', share: 0, outcomes: {} },
      {
        date: '2024-06-14',
        kind: 'DISSEMINATION',
        modality: 'IN_PERSON',
        title: 'Presentación del Observatorio en Huancayo',
        place: 'Huancayo',
        share: 0,
        outcomes: {},
      },
    ],
  },
  {
    code: '3.3',
    entity: 'MIMP',
    pools: [{ offices: ALL, size: 1100 }],
    sessions: ['2024-04-26', '2024-05-24', '2024-06-21'].map((date, i) => ({
      date,
      kind: 'TRAINING_SESSION' as const,
      modality: 'IN_PERSON' as const,
      title: `Prevención de la violencia en el ámbito rural: jornada ${i + 1}`,
      share: 0.45,
      outcomes: { ATTENDED: 1 },
    })),
  },
];

function weighted(rng: ReturnType<typeof random>, weights: Partial<Record<Outcome, number>>): Outcome {
  let roll = rng.next();
  const entries = Object.entries(weights) as [Outcome, number][];
  for (const [outcome, weight] of entries) {
    roll -= weight;
    if (roll < 0) return outcome;
  }
  return entries.at(-1)![0];
}

export async function seedDemoExecutions(manager: EntityManager): Promise<number> {
  const rng = random(630);
  const register = await manager.getRepository(AuthorityRow).find({ select: { id: true, office: true }, order: { id: 'ASC' } });
  const accounts = new Map((await manager.getRepository(AccountRow).find()).filter((a) => a.role === 'FOCAL_POINT').map((a) => [a.entityCode, a.id]));
  let created = 0;
  for (const spec of DEMO_ACTIVITIES) {
    const activity = await manager.getRepository(ActivityRow).findOneByOrFail({ planYear: 2024, code: spec.code });
    const pool = spec.pools.flatMap((p) => rng.shuffle(register.filter((a) => p.offices.includes(a.office)).map((a) => a.id)).slice(0, p.size));
    for (const session of spec.sessions) {
      const execution = await manager.getRepository(ExecutionRow).save(
        manager.getRepository(ExecutionRow).create({
          activityId: activity.id,
          date: session.date,
          kind: session.kind,
          modality: session.modality,
          title: session.title,
          place: session.place ?? null,
          evidenceUrl: null,
          notes: 'Dato ficticio de demostración.',
          entityCode: spec.entity,
          createdBy: accounts.get(spec.entity) ?? null,
          version: 1,
        }),
      );
      const taking = rng.shuffle(pool).slice(0, Math.round(pool.length * session.share));
      await writeParticipations(
        manager,
        execution.id,
        taking.map((authorityId) => ({ authorityId, outcome: weighted(rng, session.outcomes) })),
      );
      created += 1;
    }
  }
  return created;
}

/** Seeds the register and the executions when the register is empty; returns what it created. */
export async function seedDemoData(dataSource: DataSource): Promise<{ authorities: number; executions: number } | null> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.getRepository(AuthorityRow).count()) > 0) return null;
    const authorities = await seedSyntheticRegister(manager);
    const executions = await seedDemoExecutions(manager);
    // Written in bulk, below the services: the aggregates are computed once from what was written.
    await new AggregateService(dataSource).rebuild(manager);
    return { authorities, executions };
  });
}

export interface DemoPurgeSummary {
  accountsDisabled: string[];
  executions: number;
  participations: number;
  authorities: number;
  submissions: number;
}

/**
 * Removes the demo from a database about to serve for real: disables the demo accounts, deletes
 * the executions they recorded, the synthetic register with its participations and the monthly
 * reports they sent or reviewed. Audited as one operator action; all or nothing.
 */
export async function purgeDemoData(dataSource: DataSource, audit: AuditService): Promise<DemoPurgeSummary> {
  return dataSource.transaction(async (manager) => {
    const demoAccounts = (await manager.getRepository(AccountRow).find()).filter((a) => isDemoAccount(a.email));
    const ids = demoAccounts.map((a) => a.id);
    const emails = demoAccounts.map((a) => a.email);
    const executionIds = ids.length
      ? (await manager.getRepository(ExecutionRow).find({ select: { id: true }, where: { createdBy: In(ids) } })).map((e) => e.id)
      : [];
    const syntheticIds = (await manager.getRepository(AuthorityRow).find({ select: { id: true }, where: { synthetic: true } })).map((a) => a.id);
    let participations = 0;
    for (let i = 0; i < executionIds.length; i += 500) {
      participations += (await manager.getRepository(ParticipationRow).delete({ executionId: In(executionIds.slice(i, i + 500)) })).affected ?? 0;
    }
    for (let i = 0; i < syntheticIds.length; i += 500) {
      participations += (await manager.getRepository(ParticipationRow).delete({ authorityId: In(syntheticIds.slice(i, i + 500)) })).affected ?? 0;
    }
    for (let i = 0; i < executionIds.length; i += 500) await manager.getRepository(ExecutionRow).delete({ id: In(executionIds.slice(i, i + 500)) });
    for (let i = 0; i < syntheticIds.length; i += 500) await manager.getRepository(AuthorityRow).delete({ id: In(syntheticIds.slice(i, i + 500)) });
    const submissions = emails.length
      ? ((
          await manager
            .getRepository(MonthlySubmissionRow)
            .createQueryBuilder()
            .delete()
            .where('submitted_by IN (:...emails) OR reviewed_by IN (:...emails)', { emails })
            .execute()
        ).affected ?? 0)
      : 0;
    const disabled = demoAccounts.filter((a) => a.active);
    for (const account of disabled)
      await manager.getRepository(AccountRow).update({ id: account.id }, { active: false, sessionVersion: account.sessionVersion + 1 });
    const summary = {
      accountsDisabled: disabled.map((a) => a.email),
      executions: executionIds.length,
      participations,
      authorities: syntheticIds.length,
      submissions,
    };
    await new AggregateService(dataSource).rebuild(manager);
    await audit.record(manager, COMMAND_LINE, { action: 'demo.purge', targetType: 'database', after: summary });
    return summary;
  });
}
