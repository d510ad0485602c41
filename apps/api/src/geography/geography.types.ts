import { GOVERNMENT_LEVELS, type GovernmentLevel } from '@gj/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { DepartmentRow, GovernmentRow } from './geography.entity.js';

export const GovernmentLevelEnum = Object.fromEntries(GOVERNMENT_LEVELS.map((l) => [l, l])) as { [L in GovernmentLevel]: L };
registerEnumType(GovernmentLevelEnum, {
  name: 'GovernmentLevel',
  description: 'Nivel de gobierno.',
  valuesConfig: {
    REGIONAL: { description: 'Gobierno regional: uno por departamento.' },
    PROVINCIAL: { description: 'Municipalidad provincial: una por provincia; también gobierna el distrito capital de la provincia.' },
    DISTRICT: { description: 'Municipalidad distrital: una por distrito que no es capital de provincia.' },
  },
});

@ObjectType('Department', { description: 'Departamento del Perú según el INEI (24 más la Provincia Constitucional del Callao).' })
export class DepartmentType {
  @Field(() => String, { description: 'Código ubigeo del INEI, dos dígitos (p. ej. "15").' })
  code!: string;

  @Field(() => String, { description: 'Nombre del departamento.' })
  name!: string;

  static from(row: DepartmentRow): DepartmentType {
    return Object.assign(new DepartmentType(), { code: row.code, name: row.name });
  }
}

@ObjectType('Government', { description: 'Gobierno regional o municipalidad provincial o distrital, derivado de la lista de ubigeos del INEI.' })
export class GovernmentType {
  @Field(() => Int)
  id!: number;

  @Field(() => String, { description: 'Ubigeo de su territorio: departamento (2 dígitos), provincia (4) o distrito (6).' })
  ubigeo!: string;

  @Field(() => GovernmentLevelEnum, { description: 'Nivel de gobierno.' })
  level!: GovernmentLevel;

  @Field(() => String, { description: 'Nombre, p. ej. "Municipalidad Distrital de Santa María".' })
  name!: string;

  @Field(() => DepartmentType, { description: 'Departamento al que pertenece.' })
  department!: DepartmentType;

  static from(row: GovernmentRow): GovernmentType {
    return Object.assign(new GovernmentType(), {
      id: row.id,
      ubigeo: row.ubigeo,
      level: row.level as GovernmentLevel,
      name: row.name,
      department: DepartmentType.from(row.department),
    });
  }
}
