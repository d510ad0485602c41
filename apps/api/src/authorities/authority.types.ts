import { officeDefinition, type Office } from '@gj/domain';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OfficeEnum, PageInfoType, RowErrorType } from '../common/graphql-types.js';
import { REVIEW_REASONS, type RegisterReviewRow, type ReviewReason } from './register-review.entity.js';
import { GovernmentType } from '../geography/geography.types.js';
import type { AuthorityRow } from './authority.entity.js';

export const ReviewReasonEnum = Object.fromEntries(REVIEW_REASONS.map((r) => [r, r])) as { [K in ReviewReason]: K };
registerEnumType(ReviewReasonEnum, {
  name: 'ReviewReason',
  description: 'Por qué un cambio del registro quedó por revisar.',
  valuesConfig: {
    IDENTITY_MISMATCH: { description: 'El DNI corresponde en el registro a otra persona (otros nombres).' },
    APPROVED_FIGURES: { description: 'Cambiaría el cargo o el gobierno de alguien que cuenta en meses aprobados.' },
  },
});

@ObjectType('Authority', { description: 'Mujer autoridad del registro.' })
export class AuthorityType {
  @Field(() => Int)
  id!: number;

  @Field(() => String)
  givenNames!: string;

  @Field(() => String)
  familyNames!: string;

  @Field(() => String, { nullable: true })
  dni!: string | null;

  @Field(() => OfficeEnum)
  office!: Office;

  @Field(() => String, { description: 'Cargo en palabras, p. ej. "Alcaldesa distrital".' })
  officeLabel!: string;

  @Field(() => GovernmentType)
  government!: GovernmentType;

  @Field(() => Int)
  termStart!: number;

  @Field(() => Int)
  termEnd!: number;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Boolean, { description: 'Registro ficticio de la base de demostración.' })
  synthetic!: boolean;

  @Field(() => Int, { nullable: true, description: 'Posible duplicado de otro registro (mismo nombre y gobierno), por revisar.' })
  possibleDuplicateOf!: number | null;

  /** The row behind it, for field resolvers. Not exposed. */
  row!: AuthorityRow;

  static from(row: AuthorityRow): AuthorityType {
    return Object.assign(new AuthorityType(), {
      id: row.id,
      givenNames: row.givenNames,
      familyNames: row.familyNames,
      dni: row.dni,
      office: row.office,
      officeLabel: officeDefinition(row.office).label,
      government: GovernmentType.from(row.government),
      termStart: row.termStart,
      termEnd: row.termEnd,
      active: Boolean(row.active),
      synthetic: Boolean(row.synthetic),
      possibleDuplicateOf: row.possibleDuplicateOf,
      row,
    });
  }
}

@ObjectType('AuthorityConnection')
export class AuthorityConnectionType {
  @Field(() => [AuthorityType])
  nodes!: AuthorityType[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}

@InputType('AuthorityInput')
export class AuthorityInputType {
  @Field(() => String)
  givenNames!: string;

  @Field(() => String)
  familyNames!: string;

  @Field(() => String, { nullable: true, description: '8 dígitos; opcional.' })
  dni?: string | null;

  @Field(() => OfficeEnum)
  office!: Office;

  @Field(() => Int)
  governmentId!: number;

  @Field(() => Int, { nullable: true, description: '2023 por defecto.' })
  termStart?: number | null;

  @Field(() => Int, { nullable: true, description: '2026 por defecto.' })
  termEnd?: number | null;
}

@ObjectType('FlaggedDuplicate')
export class FlaggedDuplicateType {
  @Field(() => Int)
  line!: number;

  @Field(() => Int)
  id!: number;

  @Field(() => Int)
  possibleDuplicateOf!: number;
}

@ObjectType('RegisterReviewItem', { description: 'Cambio a una persona existente que la importación no aplicó: queda por revisar.' })
export class RegisterReviewItemType {
  @Field(() => Int)
  line!: number;

  @Field(() => Int)
  reviewId!: number;

  @Field(() => Int)
  authorityId!: number;

  @Field(() => ReviewReasonEnum)
  reason!: ReviewReason;

  @Field(() => String)
  message!: string;
}

@ObjectType('AuthorityProposal', { description: 'Los datos que propuso el archivo.' })
export class AuthorityProposalType {
  @Field(() => String) givenNames!: string;
  @Field(() => String) familyNames!: string;
  @Field(() => String, { nullable: true }) dni!: string | null;
  @Field(() => OfficeEnum) office!: Office;
  @Field(() => String) officeLabel!: string;
  @Field(() => Int) governmentId!: number;
  @Field(() => Int) termStart!: number;
  @Field(() => Int) termEnd!: number;
}

@ObjectType('RegisterReview', { description: 'Cambio propuesto por una importación del registro, retenido para que la coordinación lo decida.' })
export class RegisterReviewType {
  @Field(() => Int)
  id!: number;

  @Field(() => Int)
  authorityId!: number;

  @Field(() => ReviewReasonEnum)
  reason!: ReviewReason;

  @Field(() => String)
  message!: string;

  @Field(() => AuthorityProposalType)
  proposed!: AuthorityProposalType;

  @Field(() => Int, { nullable: true, description: 'Fila del archivo.' })
  line!: number | null;

  @Field(() => String)
  createdBy!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  resolvedBy!: string | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'APPLIED (aplicado) o DISMISSED (descartado).' })
  resolution!: string | null;

  static from(row: RegisterReviewRow): RegisterReviewType {
    const proposed = JSON.parse(row.proposed) as Omit<AuthorityProposalType, 'officeLabel'>;
    return Object.assign(new RegisterReviewType(), {
      ...row,
      proposed: Object.assign(new AuthorityProposalType(), { ...proposed, officeLabel: officeDefinition(proposed.office).label }),
    });
  }
}

@ObjectType('RegisterImportResult')
export class RegisterImportResultType {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Filas de personas ya registradas con los mismos datos.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Registros nuevos de este periodo de mujeres que ya estaban en un periodo anterior (mismo DNI): reelectas o que vuelven.' })
  continuing!: number;

  @Field(() => Int, { description: 'Filas omitidas por no ser de mujeres (sexo M en una lista electoral).' })
  skipped!: number;

  @Field(() => [RegisterReviewItemType], { description: 'Cambios no aplicados, por revisar (DNI de otra persona, o cifras de meses aprobados).' })
  review!: RegisterReviewItemType[];

  @Field(() => [RowErrorType], { description: 'Filas leídas con una suposición que conviene verificar.' })
  warnings!: RowErrorType[];

  @Field(() => [FlaggedDuplicateType], { description: 'Registros creados que podrían duplicar otro: revisarlos.' })
  flagged!: FlaggedDuplicateType[];

  @Field(() => [RowErrorType], { description: 'Si hay errores, no se escribió nada.' })
  errors!: RowErrorType[];
}

@ObjectType('ActivityParticipation', { description: 'Una ejecución de la actividad en la que la autoridad ya participa: ya cuenta para la actividad.' })
export class ActivityParticipationType {
  @Field(() => Int) executionId!: number;
  @Field(() => String, { description: 'Fecha de la ejecución (AAAA-MM-DD).' }) date!: string;
}
