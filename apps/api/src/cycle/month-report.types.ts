import { NARRATIVE_FIELDS, NARRATIVE_MAX_LENGTH, cleanNarrative, isDelayedInMonth, requiredNarrativeFields } from '@gj/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ActivityType } from '../activity/activity.types.js';
import { ExecutionType } from '../execution/execution.types.js';
import { SubmissionStatusEnum } from './cycle.types.js';
import type { MonthNarrativeRow } from './month-narrative.entity.js';
import type { MonthReport } from './month-report.service.js';
import type { MonthReviewCommentRow } from './month-review-comment.entity.js';
import type { SubmissionStatus } from '@gj/domain';

@InputType('NarrativeInput', { description: `Lo que la entidad informa de una actividad en el mes (hasta ${NARRATIVE_MAX_LENGTH} caracteres por campo).` })
export class NarrativeInputType {
  @Field(() => String) activityCode!: string;
  @Field(() => String, { nullable: true, description: 'Logros.' }) achievements?: string | null;
  @Field(() => String, { nullable: true, description: 'Dificultades.' }) difficulties?: string | null;
  @Field(() => String, { nullable: true, description: 'Medidas correctivas.' }) correctiveActions?: string | null;
}

@InputType('ActivityCommentInput', { description: 'Comentario de la coordinación sobre una actividad del mes.' })
export class ActivityCommentInputType {
  @Field(() => String) activityCode!: string;
  @Field(() => String) comment!: string;
}

@ObjectType('Narrative', { description: 'Logros, dificultades y medidas correctivas de una actividad en un mes.' })
export class NarrativeType {
  @Field(() => String) achievements!: string;
  @Field(() => String) difficulties!: string;
  @Field(() => String) correctiveActions!: string;
  @Field(() => String) updatedBy!: string;
  @Field(() => GraphQLDateTimeISO) updatedAt!: Date;

  static from(row: MonthNarrativeRow): NarrativeType {
    return Object.assign(new NarrativeType(), { ...cleanNarrative(row), updatedBy: row.updatedBy, updatedAt: row.updatedAt });
  }
}

@ObjectType('ReviewComment', { description: 'Comentario de la coordinación a una versión enviada: sobre una actividad o sobre todo el mes.' })
export class ReviewCommentType {
  @Field(() => Int, { description: 'Versión enviada que comenta.' }) version!: number;
  @Field(() => String, { nullable: true, description: 'Nulo: comentario sobre todo el mes.' }) activityCode!: string | null;
  @Field(() => String) comment!: string;
  @Field(() => String) author!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
}

@ObjectType('NarrativeEntry', { description: 'Lo informado de una actividad en una versión enviada.' })
export class NarrativeEntryType extends NarrativeType {
  @Field(() => String) activityCode!: string;
}

@ObjectType('MonthReportVersion', { description: 'Una versión enviada del reporte del mes, con los comentarios que recibió.' })
export class MonthReportVersionType {
  @Field(() => Int) version!: number;
  @Field(() => [NarrativeEntryType]) entries!: NarrativeEntryType[];
  @Field(() => [ReviewCommentType]) comments!: ReviewCommentType[];
}

@ObjectType('MonthReportActivity', { description: 'Una actividad del reporte del mes: programada en el mes o ejecutada en él.' })
export class MonthReportActivityType {
  @Field(() => ActivityType) activity!: ActivityType;
  @Field(() => Boolean, { description: 'Programada en el mes (cronograma vigente al cierre del mes).' }) planned!: boolean;
  @Field(() => Boolean, { description: 'Programada y sin ejecuciones en el mes.' }) delayed!: boolean;
  @Field(() => [String], { description: `Campos obligatorios al enviar: ${NARRATIVE_FIELDS.join(', ')}.` }) requiredFields!: string[];
  @Field(() => [ExecutionType], { description: 'Ejecuciones del mes (de cualquiera de sus entidades, en una actividad conjunta).' })
  executions!: ExecutionType[];
  @Field(() => NarrativeType, { nullable: true, description: 'Borrador en edición (versión 0).' }) draft!: NarrativeType | null;
  @Field(() => NarrativeType, { nullable: true, description: 'Lo enviado en la última versión.' }) sent!: NarrativeType | null;
  @Field(() => [ReviewCommentType], { description: 'Comentarios de la coordinación sobre esta actividad en la última versión enviada.' })
  comments!: ReviewCommentType[];
}

@ObjectType('MonthReport', { description: 'El reporte mensual de una entidad con su contenido: actividades, ejecuciones, informe y revisión.' })
export class MonthReportType {
  @Field(() => String) entityCode!: string;
  @Field(() => String) entityName!: string;
  @Field(() => Int) year!: number;
  @Field(() => Int) month!: number;
  @Field(() => SubmissionStatusEnum) status!: SubmissionStatus;
  @Field(() => Int, { description: 'Veces que se envió (0: nunca).' }) version!: number;
  @Field(() => String, { nullable: true }) submittedBy!: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) submittedAt!: Date | null;
  @Field(() => String, { nullable: true }) reviewedBy!: string | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'Último comentario de la coordinación sobre todo el mes.' }) comment!: string | null;
  @Field(() => Boolean, { description: 'Si el usuario puede editar el borrador y enviar el mes ahora.' }) editable!: boolean;
  @Field(() => [MonthReportActivityType]) activities!: MonthReportActivityType[];
  @Field(() => [MonthReportVersionType], { description: 'Versiones enviadas, de la más reciente a la primera.' }) versions!: MonthReportVersionType[];

  static from(report: MonthReport): MonthReportType {
    const s = report.submission;
    const version = s?.version ?? 0;
    const codeOf = new Map(report.activities.map((a) => [a.activity.id, a.activity.code]));
    const comment = (c: MonthReviewCommentRow): ReviewCommentType =>
      Object.assign(new ReviewCommentType(), {
        version: c.version,
        activityCode: c.activityId === null ? null : (codeOf.get(c.activityId) ?? null),
        comment: c.comment,
        author: c.author,
        createdAt: c.createdAt,
      });
    const narrativeOf = (activityId: number, v: number) => report.narratives.find((n) => n.activityId === activityId && n.version === v);
    return Object.assign(new MonthReportType(), {
      entityCode: report.entityCode,
      entityName: report.entityName,
      year: report.year,
      month: report.month,
      status: s?.status ?? 'DRAFT',
      version,
      submittedBy: s?.submittedBy ?? null,
      submittedAt: s?.submittedAt ?? null,
      reviewedBy: s?.reviewedBy ?? null,
      reviewedAt: s?.reviewedAt ?? null,
      comment: s?.comment ?? null,
      editable: report.editable,
      activities: report.activities.map((row) => {
        const monthActivity = { code: row.activity.code, planned: row.planned, executions: row.executions.length };
        const draft = narrativeOf(row.activity.id, 0);
        const sent = version > 0 ? narrativeOf(row.activity.id, version) : undefined;
        return Object.assign(new MonthReportActivityType(), {
          activity: ActivityType.from(row.activity),
          planned: row.planned,
          delayed: isDelayedInMonth(monthActivity),
          requiredFields: requiredNarrativeFields(monthActivity),
          executions: row.executions.map(ExecutionType.from),
          draft: draft ? NarrativeType.from(draft) : null,
          sent: sent ? NarrativeType.from(sent) : null,
          comments: report.comments.filter((c) => c.version === version && c.activityId === row.activity.id).map(comment),
        });
      }),
      versions: Array.from({ length: version }, (_, i) => version - i).map((v) =>
        Object.assign(new MonthReportVersionType(), {
          version: v,
          entries: report.narratives
            .filter((n) => n.version === v && codeOf.has(n.activityId))
            .map((n) => Object.assign(new NarrativeEntryType(), { ...NarrativeType.from(n), activityCode: codeOf.get(n.activityId)! })),
          comments: report.comments.filter((c) => c.version === v).map(comment),
        }),
      ),
    });
  }
}
