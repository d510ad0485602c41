import { ROLES, type Role } from '@gj/domain';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerType } from '../partner/partner.types.js';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as { [R in Role]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'COORDINATOR: coordinación del MIMP; FOCAL_POINT: punto focal de una entidad; INTEGRATOR: sistema integrador (solo lectura).',
});

@ObjectType('Viewer', { description: 'La cuenta que hace la consulta.' })
export class ViewerType {
  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: Role;

  @Field(() => PartnerType, { nullable: true, description: 'Entidad del punto focal; nula para la coordinación.' })
  entity!: PartnerType | null;
}

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Enviar como "Authorization: Bearer <token>".' })
  token!: string;

  @Field(() => GraphQLDateTimeISO)
  expiresAt!: Date;

  @Field(() => ViewerType)
  viewer!: ViewerType;
}
