import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ActivityType } from '../activity/activity.types.js';
import type { Context } from '../context.js';
import { activityOf, PlanActivityInput, PlanInput, ReprogrammingInput } from './plan.inputs.js';
import type { PlanRow } from './plan.entity.js';
import { ObjectiveType, PlanImportResultType, PlanType } from './plan.types.js';

@Resolver(() => PlanType)
export class PlanResolver {
  @Query(() => PlanType, {
    nullable: true,
    description: 'Plan de un año; sin año, el vigente del año en curso (hora de Lima) o el último vigente. Un borrador solo lo ve la coordinación.',
  })
  async plan(@Ctx() ctx: Context, @Arg('year', () => Int, { nullable: true }) year?: number | null): Promise<PlanType | null> {
    return this.typed(ctx, year ?? (await ctx.services.plans.defaultYear(ctx.principal)));
  }

  @Query(() => [PlanType], { description: 'Planes que el usuario puede ver, por año.' })
  async plans(@Ctx() ctx: Context): Promise<PlanType[]> {
    const years = await ctx.services.plans.years(ctx.principal);
    return (await Promise.all(years.map((p) => this.typed(ctx, p.year)))).filter((p): p is PlanType => p !== null);
  }

  @Query(() => [Int], { description: 'Años con plan de trabajo que el usuario puede ver.' })
  async planYears(@Ctx() ctx: Context): Promise<number[]> {
    return (await ctx.services.plans.years(ctx.principal)).map((p) => p.year);
  }

  @Mutation(() => PlanType, { description: 'Coordinación: crea el plan de un año como borrador, vacío o copiado de otro año.' })
  async createPlan(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('copyFrom', () => Int, { nullable: true }) copyFrom?: number | null,
  ): Promise<PlanType> {
    return this.after(ctx, await ctx.services.plans.create(ctx.principal, year, copyFrom ?? null));
  }

  @Mutation(() => PlanType, { description: 'Coordinación: cambia el encabezado, los objetivos y las notas de un borrador.' })
  async updatePlan(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('input', () => PlanInput) input: PlanInput): Promise<PlanType> {
    const current = await ctx.services.plans.document(ctx.principal, year);
    return this.after(ctx, await ctx.services.plans.saveDocument(ctx.principal, year, { ...current, ...input, activities: current?.activities ?? [] }));
  }

  @Mutation(() => PlanType, { description: 'Coordinación: agrega una actividad a un borrador o reemplaza la del mismo código.' })
  async savePlanActivity(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('input', () => PlanActivityInput) input: PlanActivityInput,
  ): Promise<PlanType> {
    return this.after(ctx, await ctx.services.plans.saveActivity(ctx.principal, year, activityOf(input)));
  }

  @Mutation(() => PlanType, { description: 'Coordinación: quita una actividad de un borrador.' })
  async deletePlanActivity(@Ctx() ctx: Context, @Arg('year', () => Int) year: number, @Arg('code', () => String) code: string): Promise<PlanType> {
    return this.after(ctx, await ctx.services.plans.deleteActivity(ctx.principal, year, code));
  }

  @Mutation(() => PlanImportResultType, {
    description: 'Coordinación: importa un plan desde la hoja de cálculo (XLSX, formato de docs/PLAN-SPREADSHEET.md) como borrador de ese año. Todo o nada.',
  })
  async importPlan(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('fileName', () => String) fileName: string,
    @Arg('contentBase64', () => String) contentBase64: string,
  ): Promise<PlanImportResultType> {
    const result = await ctx.services.plans.importWorkbook(ctx.principal, year, fileName, contentBase64);
    return { plan: result.plan ? await this.after(ctx, result.plan) : null, errors: result.errors };
  }

  @Mutation(() => PlanType, {
    description: 'Coordinación: publica un borrador completo. Si falta algo, lo rechaza con la lista de problemas (extensions.problems).',
  })
  async publishPlan(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<PlanType> {
    return this.after(ctx, await ctx.services.plans.publish(ctx.principal, year));
  }

  @Mutation(() => ActivityType, {
    description: 'Coordinación: reprograma una actividad de un plan vigente (meta, meses o responsables), con motivo, documento y fecha.',
  })
  async reprogramActivity(
    @Ctx() ctx: Context,
    @Arg('year', () => Int) year: number,
    @Arg('code', () => String) code: string,
    @Arg('input', () => ReprogrammingInput) input: ReprogrammingInput,
  ): Promise<ActivityType> {
    return ActivityType.from(await ctx.services.plans.reprogram(ctx.principal, year, code, { ...input }));
  }

  @Mutation(() => PlanType, { description: 'Coordinación: cierra un plan vigente; desde entonces es de solo lectura.' })
  async closePlan(@Ctx() ctx: Context, @Arg('year', () => Int) year: number): Promise<PlanType> {
    return this.after(ctx, await ctx.services.plans.close(ctx.principal, year));
  }

  private async typed(ctx: Context, year: number): Promise<PlanType | null> {
    const found = await ctx.services.plans.find(ctx.principal, year);
    return found ? PlanType.from(found.plan, found.objectives.map(ObjectiveType.from)) : null;
  }

  private async after(ctx: Context, plan: PlanRow): Promise<PlanType> {
    return (await this.typed(ctx, plan.year))!;
  }
}
