import {
  EXECUTION_KINDS,
  MODALITIES,
  MONTH_STATUS_LABELS,
  OFFICES,
  OUTCOMES,
  type ExecutionKind,
  type Modality,
  type MonthStatus,
  type Office,
  type Outcome,
} from '@gj/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

const enumOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const OfficeEnum = enumOf<Office>(OFFICES);
registerEnumType(OfficeEnum, { name: 'Office', description: 'Cargo de la mujer autoridad.' });

export const OutcomeEnum = enumOf<Outcome>(OUTCOMES);
registerEnumType(OutcomeEnum, {
  name: 'Outcome',
  description:
    'Resultado de una participante: ENROLLED (inscrita), ATTENDED (participó), COMPLETED (culminó), APPROVED (aprobó), ASSISTED (recibió asistencia técnica).',
});

export const ExecutionKindEnum = enumOf<ExecutionKind>(EXECUTION_KINDS);
registerEnumType(ExecutionKindEnum, { name: 'ExecutionKind', description: 'Tipo de ejecución.' });

export const ModalityEnum = enumOf<Modality>(MODALITIES);
registerEnumType(ModalityEnum, { name: 'Modality', description: 'Modalidad: presencial, virtual o híbrida.' });

export const MonthStatusEnum = enumOf<MonthStatus>(Object.keys(MONTH_STATUS_LABELS) as MonthStatus[]);
registerEnumType(MonthStatusEnum, {
  name: 'MonthStatus',
  description:
    'DONE: ejecutado; DELAYED: programado, pasado y sin ejecución; IN_PROGRESS: en curso; UPCOMING: próximo; UNPLANNED: ejecutado sin programar; NOT_PLANNED: no programado.',
});

@ObjectType('RowError', { description: 'Una fila de un archivo importado que no se pudo aceptar.' })
export class RowErrorType {
  @Field(() => Int, { description: 'Número de fila en el archivo (la fila 1 es el encabezado).' })
  line!: number;

  @Field(() => String)
  message!: string;
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}
