import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { OfficeEnum } from '../common/graphql-types.js';
import type { Office } from '@gj/domain';

@ObjectType('CensusCount', { description: 'Mujeres que ocupan un cargo en el periodo (y cargos en total, si se conocen).' })
export class CensusCountType {
  @Field(() => OfficeEnum) office!: Office;
  @Field(() => String) label!: string;
  @Field(() => Int) women!: number;
  @Field(() => Int, { nullable: true }) seats!: number | null;
}

@ObjectType('Census', { description: 'Censo de mujeres autoridades de un periodo: lo usan las reglas de los planes de sus años.' })
export class CensusType {
  @Field(() => String) source!: string;
  @Field(() => [CensusCountType]) counts!: CensusCountType[];
  @Field(() => Int, { description: 'Mujeres que lideran gobiernos regionales y locales (gobernadoras y alcaldesas): el grupo de la regla de porcentaje.' })
  leadingAuthorities!: number;
}

@ObjectType('Term', { description: 'Periodo de gobierno regional y municipal (cuatro años, desde el 1 de enero siguiente a la elección).' })
export class TermType {
  @Field(() => Int) start!: number;
  @Field(() => Int) end!: number;
  @Field(() => String, { description: '"2027–2030".' }) label!: string;
  @Field(() => Int, { description: 'Registros del registro de autoridades en el periodo.' }) authorities!: number;
  @Field(() => CensusType, { nullable: true, description: 'Nulo si aún no se registró.' }) census!: CensusType | null;
  @Field(() => [Int], { description: 'Años de plan que caen en el periodo.' }) planYears!: number[];
}

@InputType('CensusCountInput')
export class CensusCountInput {
  @Field(() => OfficeEnum) office!: Office;
  @Field(() => Int) women!: number;
  @Field(() => Int, { nullable: true }) seats?: number | null;
}
