import { Field, ObjectType } from 'type-graphql';
import type { PartnerEntityRow } from './partner-entity.entity.js';
import type { UnitRow } from './unit.entity.js';

@ObjectType('Entity', {
  description: 'Entidad integrante de la estrategia (MIMP, PCM, MEF, OSCE, CGR, SERVIR, CEPLAN en 2024; la coordinación puede agregar otras).',
})
export class PartnerType {
  @Field(() => String)
  code!: string;

  @Field(() => String, { description: 'Denominación oficial.' })
  name!: string;

  @Field(() => String, { description: 'Nombre corto, p. ej. "Contraloría".' })
  shortName!: string;

  static from(row: PartnerEntityRow): PartnerType {
    return Object.assign(new PartnerType(), { code: row.code, name: row.name, shortName: row.shortName });
  }
}

@ObjectType('Unit', { description: 'Unidad orgánica responsable; o la entidad misma cuando el plan no nombra una unidad.' })
export class UnitType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Verdadero cuando el plan nombra a la entidad sin unidad (p. ej. "OSCE- MIMP").' })
  isWholeEntity!: boolean;

  @Field(() => PartnerType)
  entity!: PartnerType;

  static from(row: UnitRow): UnitType {
    return Object.assign(new UnitType(), {
      code: row.code,
      name: row.name,
      isWholeEntity: row.kind === 'ENTITY',
      entity: PartnerType.from(row.entity),
    });
  }
}
