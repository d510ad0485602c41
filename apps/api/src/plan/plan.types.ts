import { Field, Int, ObjectType } from 'type-graphql';
import type { ObjectiveRow } from './objective.entity.js';

@ObjectType('Objective', { description: 'Objetivo operativo específico del plan (1, 2, 3).' })
export class ObjectiveType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  static from(row: ObjectiveRow): ObjectiveType {
    return Object.assign(new ObjectiveType(), { code: row.code, name: row.name });
  }
}

@ObjectType('Plan', { description: 'Plan de trabajo anual de la estrategia.' })
export class PlanType {
  @Field(() => Int)
  year!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  legalBasis!: string;

  @Field(() => String, { description: 'Objetivo operativo general (OOG).' })
  generalObjective!: string;

  @Field(() => [ObjectiveType])
  objectives!: ObjectiveType[];
}
