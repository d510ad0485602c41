import { getEntity, isEntityCode, type ExecutionKind, type Modality, type Outcome } from '@gj/domain';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { AuthorityType } from '../authorities/authority.types.js';
import { ExecutionKindEnum, ModalityEnum, OutcomeEnum, PageInfoType, RowErrorType } from '../common/graphql-types.js';
import { PartnerType } from '../partner/partner.types.js';
import type { ExecutionRow } from './execution.entity.js';

@ObjectType('ExecutionRecorder', { description: 'Quién registró una ejecución: solo esa entidad, o la coordinación, puede modificarla.' })
export class ExecutionRecorderType {
  @Field(() => PartnerType, { nullable: true, description: 'Entidad que la registró; nula en registros antiguos sin rastro ("No registrado").' })
  entity!: PartnerType | null;

  static from(row: ExecutionRow): ExecutionRecorderType {
    const code = row.entityCode;
    let entity: PartnerType | null = null;
    if (row.recorder) entity = PartnerType.from(row.recorder);
    else if (code) entity = PartnerType.from(isEntityCode(code) ? getEntity(code) : { code, name: code, shortName: code });
    return Object.assign(new ExecutionRecorderType(), { entity });
  }
}

@ObjectType('Execution', { description: 'Ejecución de una actividad: evento, edición de curso, asistencia técnica, difusión…' })
export class ExecutionType {
  @Field(() => Int)
  id!: number;

  @Field(() => String)
  activityCode!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: 'Fecha AAAA-MM-DD.' })
  date!: string;

  @Field(() => ExecutionKindEnum)
  kind!: ExecutionKind;

  @Field(() => String)
  title!: string;

  @Field(() => ModalityEnum)
  modality!: Modality;

  @Field(() => String, { nullable: true })
  place!: string | null;

  @Field(() => String, { nullable: true })
  evidenceUrl!: string | null;

  @Field(() => String, { nullable: true })
  notes!: string | null;

  @Field(() => String, { nullable: true, description: 'Código de la entidad que la registró (ver recordedBy).' })
  entityCode!: string | null;

  @Field(() => ExecutionRecorderType, { description: 'Quién la registró; en una actividad conjunta, solo esa entidad o la coordinación pueden modificarla.' })
  recordedBy!: ExecutionRecorderType;

  @Field(() => Int, { description: 'Versión leída: se envía al editar para detectar cambios concurrentes.' })
  version!: number;

  static from(row: ExecutionRow): ExecutionType {
    return Object.assign(new ExecutionType(), {
      id: row.id,
      activityCode: row.activity.code,
      year: row.activity.planYear,
      date: row.date,
      kind: row.kind,
      title: row.title,
      modality: row.modality,
      place: row.place,
      evidenceUrl: row.evidenceUrl,
      notes: row.notes,
      entityCode: row.entityCode,
      recordedBy: ExecutionRecorderType.from(row),
      version: row.version,
    });
  }
}

@ObjectType('Participant')
export class ParticipantType {
  @Field(() => AuthorityType)
  authority!: AuthorityType;

  @Field(() => OutcomeEnum)
  outcome!: Outcome;
}

@InputType('ExecutionInput')
export class ExecutionInputType {
  @Field(() => String, { description: 'AAAA-MM-DD, dentro del año del plan.' })
  date!: string;

  @Field(() => ExecutionKindEnum)
  kind!: ExecutionKind;

  @Field(() => String)
  title!: string;

  @Field(() => ModalityEnum)
  modality!: Modality;

  @Field(() => String, { nullable: true })
  place?: string | null;

  @Field(() => String, { nullable: true })
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType('ParticipantInput')
export class ParticipantInputType {
  @Field(() => Int)
  authorityId!: number;

  @Field(() => OutcomeEnum)
  outcome!: Outcome;
}

@ObjectType('ParticipantImportResult')
export class ParticipantImportResultType {
  @Field(() => Int)
  inserted!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => [RowErrorType], { description: 'Filas leídas con una suposición que conviene verificar (p. ej. ceros iniciales del DNI restituidos).' })
  warnings!: RowErrorType[];

  @Field(() => [RowErrorType], { description: 'Si hay errores, no se escribió nada.' })
  errors!: RowErrorType[];
}

@ObjectType('ExecutionConnection')
export class ExecutionConnectionType {
  @Field(() => [ExecutionType])
  nodes!: ExecutionType[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}

@ObjectType('Participation', { description: 'Una participación: autoridad, ejecución y resultado.' })
export class ParticipationType {
  @Field(() => Int)
  id!: number;

  @Field(() => ExecutionType)
  execution!: ExecutionType;

  @Field(() => AuthorityType)
  authority!: AuthorityType;

  @Field(() => OutcomeEnum)
  outcome!: Outcome;
}

@ObjectType('ParticipationConnection')
export class ParticipationConnectionType {
  @Field(() => [ParticipationType])
  nodes!: ParticipationType[];

  @Field(() => Int)
  totalCount!: number;

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
