import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SUBMISSION_STATUSES, type SubmissionStatus } from '@gj/domain';
import type { MonthCell } from './cycle.service.js';

export const SubmissionStatusEnum = Object.fromEntries(SUBMISSION_STATUSES.map((s) => [s, s])) as { [K in SubmissionStatus]: K };
registerEnumType(SubmissionStatusEnum, {
  name: 'SubmissionStatus',
  description: 'DRAFT: sin enviar; SUBMITTED: enviado; APPROVED: aprobado (bloqueado); RETURNED: devuelto o reabierto.',
});

@ObjectType('MonthlySubmission', { description: 'El reporte mensual de una entidad.' })
export class MonthlySubmissionType {
  @Field(() => String) entityCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) month!: number;
  @Field(() => SubmissionStatusEnum) status!: SubmissionStatus;
  @Field(() => String, { nullable: true }) submittedBy!: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewedBy!: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Comentario de la coordinación al devolver o reabrir.' }) comment!: string | null;
  @Field(() => Boolean, { description: 'Si la entidad tiene actividades en el plan del año: sin ellas no tiene reportes que enviar.' })
  hasActivities!: boolean;

  static from(cell: MonthCell): MonthlySubmissionType {
    const r = cell.row;
    return Object.assign(new MonthlySubmissionType(), {
      entityCode: cell.entityCode,
      year: cell.year,
      month: cell.month,
      status: cell.status,
      submittedBy: r?.submittedBy ?? null,
      submittedAt: r?.submittedAt ?? null,
      reviewedBy: r?.reviewedBy ?? null,
      reviewedAt: r?.reviewedAt ?? null,
      comment: r?.comment ?? null,
      hasActivities: cell.hasActivities,
    });
  }
}

@ObjectType('ActivityMonthStatus', {
  description:
    'Estado del reporte de un mes de una entidad responsable de la actividad (solo el estado). Un mes aprobado de cualquiera de sus entidades bloquea todas las ejecuciones de la actividad en ese mes.',
})
export class ActivityMonthStatusType {
  @Field(() => String) entityCode!: string;
  @Field(() => Int) month!: number;
  @Field(() => SubmissionStatusEnum) status!: SubmissionStatus;
}
