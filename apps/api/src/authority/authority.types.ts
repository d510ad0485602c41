import { officeDefinition, type Office } from '@gj/domain';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { OfficeEnum, PageInfoType, RowErrorType } from '../common/graphql-types.js';
import { GovernmentType } from '../geography/geography.types.js';
import type { AuthorityRow } from './authority.entity.js';

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

@ObjectType('RegisterImportResult')
export class RegisterImportResultType {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [FlaggedDuplicateType], { description: 'Registros creados que podrían duplicar otro: revisarlos.' })
  flagged!: FlaggedDuplicateType[];

  @Field(() => [RowErrorType], { description: 'Si hay errores, no se escribió nada.' })
  errors!: RowErrorType[];
}
