import { PLAN_STATUSES, PLAN_STATUS_LABELS, type PlanStatus } from '@gj/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { PlanRow } from './plan.entity.js';
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

export const PlanStatusEnum = Object.fromEntries(PLAN_STATUSES.map((s) => [s, s])) as { [K in PlanStatus]: K };
registerEnumType(PlanStatusEnum, {
  name: 'PlanStatus',
  description: `Estado del plan: ${PLAN_STATUSES.map((s) => `${s} (${PLAN_STATUS_LABELS[s].toLowerCase()})`).join(', ')}. Un borrador solo lo ve la coordinación.`,
});

@ObjectType('Plan', { description: 'Plan de trabajo anual de la estrategia.' })
export class PlanType {
  @Field(() => Int)
  year!: number;

  @Field(() => PlanStatusEnum)
  status!: PlanStatus;

  @Field(() => String, { nullable: true, description: 'Cuándo se publicó (ISO 8601).' })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Cuándo se cerró (ISO 8601).' })
  closedAt!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  legalBasis!: string;

  @Field(() => String, { description: 'Objetivo operativo general (OOG).' })
  generalObjective!: string;

  @Field(() => [ObjectiveType])
  objectives!: ObjectiveType[];

  static from(plan: PlanRow, objectives: ObjectiveType[]): PlanType {
    return Object.assign(new PlanType(), {
      year: plan.year,
      status: plan.status,
      publishedAt: plan.publishedAt ? new Date(plan.publishedAt).toISOString() : null,
      closedAt: plan.closedAt ? new Date(plan.closedAt).toISOString() : null,
      title: plan.title,
      legalBasis: plan.legalBasis,
      generalObjective: plan.generalObjective,
      objectives,
    });
  }
}

@ObjectType('PlanImportError', { description: 'Una fila de la hoja que no se pudo importar, con el motivo.' })
export class PlanImportErrorType {
  @Field(() => Int, { description: 'Fila de la hoja (0 cuando el problema es del plan entero).' })
  line!: number;

  @Field(() => String)
  message!: string;
}

@ObjectType('PlanImportResult', { description: 'Resultado de importar un plan: todo o nada.' })
export class PlanImportResultType {
  @Field(() => PlanType, { nullable: true, description: 'El plan importado; nulo si hubo errores (no se escribió nada).' })
  plan!: PlanType | null;

  @Field(() => [PlanImportErrorType])
  errors!: PlanImportErrorType[];
}
