import { NOTICE_KIND_LABELS, NOTICE_KINDS, type NoticeKind } from '@gj/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoType } from '../common/graphql-types.js';
import type { NoticeRow } from './notice.entity.js';

export const NoticeKindEnum = Object.fromEntries(NOTICE_KINDS.map((k) => [k, k])) as { [K in NoticeKind]: K };
registerEnumType(NoticeKindEnum, {
  name: 'NoticeKind',
  description: NOTICE_KINDS.map((k) => `${k}: ${NOTICE_KIND_LABELS[k].toLowerCase()}`).join('; ') + '.',
});

@ObjectType('Notice', { description: 'Un aviso para la cuenta que consulta (la campana): lo que pasó con un reporte mensual, o un recordatorio.' })
export class NoticeType {
  @Field(() => Int) id!: number;
  @Field(() => NoticeKindEnum) kind!: NoticeKind;
  @Field(() => String) title!: string;
  @Field(() => String, { description: 'Texto completo, con los comentarios de la coordinación; saltos de línea entre párrafos.' }) body!: string;
  @Field(() => String, { description: 'Ruta de la página en la aplicación web, p. ej. /ciclo?anio=2024&mes=5&entidad=PCM.' }) link!: string;
  @Field(() => GraphQLDateTimeISO) createdAt!: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) readAt!: Date | null;

  static from(row: NoticeRow): NoticeType {
    return Object.assign(new NoticeType(), {
      id: row.id,
      kind: row.kind,
      title: row.title,
      body: row.body,
      link: row.link,
      createdAt: row.createdAt,
      readAt: row.readAt,
    });
  }
}

@ObjectType('NoticeConnection')
export class NoticeConnectionType {
  @Field(() => [NoticeType]) nodes!: NoticeType[];
  @Field(() => Int) totalCount!: number;
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
}
