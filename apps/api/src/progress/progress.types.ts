import type { Month, MonthStatus, Office } from '@gj/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MonthStatusEnum, OfficeEnum } from '../common/graphql-types.js';

@ObjectType('OfficeCount')
export class OfficeCountType {
  @Field(() => OfficeEnum)
  office!: Office;

  @Field(() => String)
  label!: string;

  @Field(() => Int, { nullable: true, description: 'Nulo cuando se reserva (sistemas integradores: celdas de menos de 5 mujeres).' })
  count!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

@ObjectType('DepartmentCount')
export class DepartmentCountType {
  @Field(() => String)
  departmentCode!: string;

  @Field(() => String)
  departmentName!: string;

  @Field(() => Int, { nullable: true, description: 'Nulo cuando se reserva (sistemas integradores: celdas de menos de 5 mujeres).' })
  count!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;
}

@ObjectType('TargetPartProgress', { description: 'Avance de una parte de una meta compuesta.' })
export class TargetPartProgressType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  target!: number;

  @Field(() => Int)
  achieved!: number;

  @Field(() => Int, { description: 'Lo que cuenta para la meta: la parte solo hasta su propia meta.' })
  counted!: number;
}

@ObjectType('Progress', { description: 'Avance calculado desde los registros con las reglas del plan.' })
export class ProgressType {
  @Field(() => Float, { description: 'Logro en la unidad de la meta (número o porcentaje).' })
  achieved!: number;

  @Field(() => Float)
  target!: number;

  @Field(() => Float, { description: 'Logro ÷ meta × 100.' })
  percentOfTarget!: number;

  @Field(() => Float, { description: 'Cuánto falta para la meta, en su unidad.' })
  remaining!: number;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => Int, { nullable: true, description: 'Fórmulas (A/B)×100 y porcentaje de un grupo: A.' })
  numerator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Fórmulas (A/B)×100 y porcentaje de un grupo: B.' })
  denominator!: number | null;

  @Field(() => Int, { nullable: true, description: 'Porcentaje de un grupo: integrantes necesarios (p. ej. 66 de 110).' })
  required!: number | null;

  @Field(() => Int, { nullable: true, description: 'Porcentaje de un grupo: cuántas faltan para llegar a lo necesario.' })
  missing!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Metas compuestas: lo que cuenta para la meta (cada parte solo hasta su propia meta; el exceso de una no cubre a otra).',
  })
  counted!: number | null;

  @Field(() => [String], { description: 'Cifras que no cuadran y hay que revisar, en palabras (p. ej. más lideresas alcanzadas que las del censo).' })
  warnings!: string[];

  @Field(() => [OfficeCountType])
  byOffice!: OfficeCountType[];

  @Field(() => [DepartmentCountType])
  byDepartment!: DepartmentCountType[];

  @Field(() => [TargetPartProgressType])
  parts!: TargetPartProgressType[];
}

@ObjectType('MonthState', { description: 'Mes programado frente a ejecutado a una fecha de corte.' })
export class MonthStateType {
  @Field(() => Int)
  month!: Month;

  @Field(() => Boolean)
  planned!: boolean;

  @Field(() => Int, { description: 'Ejecuciones registradas en el mes.' })
  executions!: number;

  @Field(() => MonthStatusEnum)
  status!: MonthStatus;
}
