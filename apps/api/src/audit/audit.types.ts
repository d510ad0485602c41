import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfoType } from '../common/graphql-types.js';
import type { AuditEntryRow } from './audit.entity.js';

@ObjectType('AuditEntry', { description: 'Un cambio registrado: quién, cuándo, qué, valores antes y después (JSON).' })
export class AuditEntryType {
  @Field(() => Int) id!: number;
  @Field(() => GraphQLDateTimeISO) occurredAt!: Date;
  @Field(() => String) actorEmail!: string;
  @Field(() => String) actorRole!: string;
  @Field(() => String, { description: 'p. ej. execution.update, month.approve.' }) action!: string;
  @Field(() => String) targetType!: string;
  @Field(() => String, { nullable: true }) targetId!: string | null;
  @Field(() => Int, { nullable: true }) planYear!: number | null;
  @Field(() => String, { nullable: true }) activityCode!: string | null;
  @Field(() => [String]) entities!: string[];
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;

  static from(row: AuditEntryRow): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      ...row,
      entities: (row.subjectEntity ?? '').split(',').filter(Boolean),
    });
  }
}

@ObjectType('AuditConnection')
export class AuditConnectionType {
  @Field(() => [AuditEntryType]) nodes!: AuditEntryType[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}
