import { MAX_SEARCH_LENGTH, type GovernmentLevel } from '@gj/domain';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { inputError } from '../common/errors.js';
import type { Context } from '../context.js';
import { DepartmentType, GovernmentLevelEnum, GovernmentType } from './geography.types.js';

export const MAX_GOVERNMENTS = 200;

@Resolver(() => GovernmentType)
export class GeographyResolver {
  @Query(() => [DepartmentType], { description: 'Departamentos del Perú (INEI), por código. Público.' })
  async departments(@Ctx() ctx: Context): Promise<DepartmentType[]> {
    return (await ctx.services.geography.listDepartments()).map(DepartmentType.from);
  }

  @Query(() => [GovernmentType], {
    description: `Gobiernos regionales y municipalidades, en orden de ubigeo. Público. "search" busca el texto dentro del nombre sin distinguir mayúsculas ni tildes; "limit" admite hasta ${MAX_GOVERNMENTS}.`,
  })
  async governments(
    @Ctx() ctx: Context,
    @Arg('search', () => String, { nullable: true, description: 'Parte del nombre, p. ej. "santa maria".' }) search?: string | null,
    @Arg('level', () => GovernmentLevelEnum, { nullable: true, description: 'Solo este nivel de gobierno.' }) level?: GovernmentLevel | null,
    @Arg('departmentCode', () => String, { nullable: true, description: 'Solo este departamento (código de dos dígitos).' }) departmentCode?: string | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50, description: `Máximo de resultados (50 por defecto, ${MAX_GOVERNMENTS} como tope).` })
    limit?: number | null,
  ): Promise<GovernmentType[]> {
    const wanted = limit ?? 50;
    if (wanted < 1) throw inputError('"limit" debe ser al menos 1.');
    if ((search ?? '').length > MAX_SEARCH_LENGTH) throw inputError(`La búsqueda admite hasta ${MAX_SEARCH_LENGTH} caracteres.`);
    const rows = await ctx.services.geography.searchGovernments({ search, level, departmentCode, limit: Math.min(wanted, MAX_GOVERNMENTS) });
    return rows.map(GovernmentType.from);
  }
}
