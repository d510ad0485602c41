/**
 * Plan data as the API answers it, for the plan editor's tests, with the __typename the cache
 * reads (the generated fragment types leave it out, hence the casts).
 */
import type { PlanActivityFieldsFragment, PlanFieldsFragment, UnitFieldsFragment } from '../gql/graphql';

export const PLAN_2025 = {
  __typename: 'Plan',
  year: 2025,
  status: 'DRAFT',
  title: 'Plan de Trabajo de la Estrategia Multisectorial Gobernando Juntas - 2025',
  legalBasis: 'Decreto Supremo N° 004-2023-MIMP',
  generalObjective: 'Establecer las actividades para implementar la Estrategia.',
  publishedAt: null,
  closedAt: null,
  objectives: [
    { __typename: 'Objective', code: '1', name: 'Empoderar a las mujeres autoridades.' },
    { __typename: 'Objective', code: '2', name: 'Contribuir al fortalecimiento de la gestión.' },
  ],
} as unknown as PlanFieldsFragment;

const entity = (code: string, shortName: string, name: string) => ({ __typename: 'Entity' as const, code, shortName, name });
const PCM = entity('PCM', 'PCM', 'Presidencia del Consejo de Ministros');
const MIMP = entity('MIMP', 'MIMP', 'Ministerio de la Mujer y Poblaciones Vulnerables');

export const UNITS = [
  { __typename: 'Unit', code: 'SD', name: 'Secretaría de Descentralización', isWholeEntity: false, entity: PCM },
  { __typename: 'Unit', code: 'SGP', name: 'Secretaría de Gestión Pública', isWholeEntity: false, entity: PCM },
  { __typename: 'Unit', code: 'DGIGND', name: 'Dirección General de Igualdad de Género y No Discriminación', isWholeEntity: false, entity: MIMP },
  { __typename: 'Unit', code: 'MIMP', name: MIMP.name, isWholeEntity: true, entity: MIMP },
] as unknown as UnitFieldsFragment[];

/** Activity 1.4 as copied from 2024: 50 authorities, May–August, SD of PCM. */
export const ACTIVITY_1_4 = {
  __typename: 'Activity',
  code: '1.4',
  year: 2025,
  name: 'Capacitación en Gestión Pública Municipal',
  objective: { __typename: 'Objective', code: '1', name: 'Empoderar a las mujeres autoridades.' },
  responsibleUnits: [
    {
      __typename: 'Unit',
      code: 'SD',
      name: 'Secretaría de Descentralización',
      isWholeEntity: false,
      entity: { __typename: 'Entity', code: 'PCM', shortName: 'PCM' },
    },
  ],
  target: { __typename: 'Target', value: 50, unit: 'COUNT', counted: 'AUTHORITIES', description: '50 mujeres autoridades capacitadas.', composition: [] },
  originalTarget: { __typename: 'Target', value: 50, unit: 'COUNT' },
  indicator: 'N° de mujeres autoridades capacitadas.',
  plannedMonths: [5, 6, 7, 8],
  schedule: [5, 6, 7, 8].map((m) => ({ __typename: 'ScheduleMark' as const, candidates: [m], reading: [m], ambiguous: false, note: null })),
  strategyObjectives: ['Obj1'],
  footnotes: [{ __typename: 'Footnote', number: 4, text: 'Curso virtual de 40 horas.' }],
  interpretation: null,
  reprogrammings: [],
} as unknown as PlanActivityFieldsFragment;
