/** Who the strategy serves: the offices women hold in regional and local governments. */

export const GOVERNMENT_LEVELS = ['REGIONAL', 'PROVINCIAL', 'DISTRICT'] as const;
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

export const GOVERNMENT_LEVEL_LABELS: Record<GovernmentLevel, string> = {
  REGIONAL: 'Gobierno regional',
  PROVINCIAL: 'Municipalidad provincial',
  DISTRICT: 'Municipalidad distrital',
};

export const OFFICES = [
  'GOBERNADORA',
  'VICEGOBERNADORA',
  'CONSEJERA_REGIONAL',
  'ALCALDESA_PROVINCIAL',
  'ALCALDESA_DISTRITAL',
  'REGIDORA_PROVINCIAL',
  'REGIDORA_DISTRITAL',
] as const;
export type Office = (typeof OFFICES)[number];

export interface OfficeDefinition {
  office: Office;
  label: string;
  pluralLabel: string;
  level: GovernmentLevel;
  /** Heads a government (gobernadora, alcaldesa): footnotes 7 and 11 of the 2024 plan. */
  leadsGovernment: boolean;
}

export const OFFICE_DEFINITIONS: readonly OfficeDefinition[] = [
  { office: 'GOBERNADORA', label: 'Gobernadora regional', pluralLabel: 'Gobernadoras regionales', level: 'REGIONAL', leadsGovernment: true },
  { office: 'VICEGOBERNADORA', label: 'Vicegobernadora regional', pluralLabel: 'Vicegobernadoras regionales', level: 'REGIONAL', leadsGovernment: false },
  { office: 'CONSEJERA_REGIONAL', label: 'Consejera regional', pluralLabel: 'Consejeras regionales', level: 'REGIONAL', leadsGovernment: false },
  { office: 'ALCALDESA_PROVINCIAL', label: 'Alcaldesa provincial', pluralLabel: 'Alcaldesas provinciales', level: 'PROVINCIAL', leadsGovernment: true },
  { office: 'ALCALDESA_DISTRITAL', label: 'Alcaldesa distrital', pluralLabel: 'Alcaldesas distritales', level: 'DISTRICT', leadsGovernment: true },
  { office: 'REGIDORA_PROVINCIAL', label: 'Regidora provincial', pluralLabel: 'Regidoras provinciales', level: 'PROVINCIAL', leadsGovernment: false },
  { office: 'REGIDORA_DISTRITAL', label: 'Regidora distrital', pluralLabel: 'Regidoras distritales', level: 'DISTRICT', leadsGovernment: false },
];

const officeDefinitionByOffice = new Map(OFFICE_DEFINITIONS.map((d) => [d.office, d]));

export function officeDefinition(office: Office): OfficeDefinition {
  const definition = officeDefinitionByOffice.get(office);
  if (!definition) throw new Error(`Unknown office ${office}`);
  return definition;
}

export function isOffice(value: string): value is Office {
  return officeDefinitionByOffice.has(value as Office);
}

/** Offices of the leaders of a government (gobernadoras and alcaldesas). */
export const LEADING_OFFICES: readonly Office[] = OFFICE_DEFINITIONS.filter((d) => d.leadsGovernment).map((d) => d.office);
export const LOCAL_OFFICES: readonly Office[] = OFFICE_DEFINITIONS.filter((d) => d.level !== 'REGIONAL').map((d) => d.office);
export const MAYOR_OFFICES: readonly Office[] = ['ALCALDESA_PROVINCIAL', 'ALCALDESA_DISTRITAL'];
export const ALDERWOMAN_OFFICES: readonly Office[] = ['REGIDORA_PROVINCIAL', 'REGIDORA_DISTRITAL'];

/** One office's count in a year, as a plan states it, with the seats where the plan gives them. */
export interface OfficeCount {
  office: Office;
  women: number;
  /** Total seats of that office in the country, where the source states it. */
  seats: number | null;
  /** Women's share as the source states it, in percent, where stated. */
  statedSharePercent: number | null;
  note?: string;
}

export interface AuthorityCensus {
  year: number;
  /** Where the figures come from, as the plan cites it. */
  source: string;
  counts: readonly OfficeCount[];
}

/** Figures of the 2024 plan's presentation (JNE, Oficio N° 000309-2024-SG/JNE). */
export const AUTHORITY_CENSUS_2024: AuthorityCensus = {
  year: 2024,
  source: 'Oficio N° 000309-2024-SG/JNE del 13/02/2024 (JNE), citado en la presentación del Plan de Trabajo 2024',
  counts: [
    { office: 'GOBERNADORA', women: 2, seats: 25, statedSharePercent: null },
    { office: 'VICEGOBERNADORA', women: 22, seats: null, statedSharePercent: null },
    {
      office: 'CONSEJERA_REGIONAL',
      women: 97,
      seats: 345,
      statedSharePercent: null,
      note: 'El plan dice "22 vicegobernadoras y 97 consejeras regionales de los 345 cargos para dicho rol"; se asignan los 345 cargos a las consejerías.',
    },
    { office: 'ALCALDESA_PROVINCIAL', women: 9, seats: 196, statedSharePercent: 4.59 },
    { office: 'ALCALDESA_DISTRITAL', women: 99, seats: 1694, statedSharePercent: 5.84 },
    { office: 'REGIDORA_PROVINCIAL', women: 791, seats: null, statedSharePercent: 43 },
    { office: 'REGIDORA_DISTRITAL', women: 4352, seats: null, statedSharePercent: 47 },
  ],
};

export function womenInOffices(census: AuthorityCensus, offices: readonly Office[]): number {
  return census.counts.filter((c) => offices.includes(c.office)).reduce((sum, c) => sum + c.women, 0);
}

export const BENEFICIARY_GROUP_CODES = ['LEADING_AUTHORITIES'] as const;
export type BeneficiaryGroupCode = (typeof BENEFICIARY_GROUP_CODES)[number];

/** A named set of women authorities that a plan refers to as a whole. */
export interface BeneficiaryGroup {
  code: BeneficiaryGroupCode;
  label: string;
  offices: readonly Office[];
  /** Footnotes of the plan that define it. */
  footnotes: readonly number[];
}

export const LEADING_AUTHORITIES: BeneficiaryGroup = {
  code: 'LEADING_AUTHORITIES',
  label: 'Mujeres autoridades que lideran gobiernos regionales y locales',
  offices: LEADING_OFFICES,
  footnotes: [7, 11],
};

/** Size of a group in a census: 2 + 9 + 99 = 110 for the leading authorities in 2024. */
export function groupSize(group: BeneficiaryGroup, census: AuthorityCensus): number {
  return womenInOffices(census, group.offices);
}
