import { ALERT_KINDS, type AlertKind as Kind } from '@gj/domain';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export const AlertKind = Object.fromEntries(ALERT_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
export type AlertKind = Kind;
registerEnumType(AlertKind, {
  name: 'AlertKind',
  description:
    'DELAYED: meses programados pasados sin ejecución; BEHIND: avance por debajo de lo esperado; CHECK: cifras que no cuadran y hay que revisar (p. ej. más lideresas que el censo); NO_EVIDENCE: ejecuciones de meses cerrados sin medios de verificación.',
});

@ObjectType('ActivityReportRow', { description: 'Una actividad en el reporte consolidado.' })
export class ActivityReportRowType {
  @Field(() => String) code!: string;
  @Field(() => String) name!: string;
  @Field(() => String) objectiveCode!: string;
  @Field(() => [String], { description: 'Entidades responsables.' }) entities!: string[];
  @Field(() => [String]) strategyObjectives!: string[];
  @Field(() => Float, { description: 'Meta vigente a la fecha de corte (reprogramada si corresponde).' }) targetValue!: number;
  @Field(() => Float, { description: 'Meta programada originalmente, antes de cualquier reprogramación.' }) originalTargetValue!: number;
  @Field(() => String, { description: 'COUNT o PERCENT.' }) targetUnit!: string;
  @Field(() => Float) achieved!: number;
  @Field(() => Float, { nullable: true, description: 'Metas compuestas: lo que cuenta para la meta (cada parte solo hasta su propia meta).' }) counted!:
    number | null;
  @Field(() => Float) percentOfTarget!: number;
  @Field(() => Boolean) met!: boolean;
  @Field(() => Int, { description: 'Ejecuciones hasta la fecha de corte.' }) executions!: number;
  @Field(() => Int, { description: 'Ejecuciones con al menos un medio de verificación adjunto.' }) executionsWithEvidence!: number;
  @Field(() => [Int]) plannedMonths!: number[];
  @Field(() => [Int]) executedMonths!: number[];
  @Field(() => [Int]) delayedMonths!: number[];
  @Field(() => Float, { description: 'Porcentaje de la meta esperado por los meses programados ya transcurridos.' }) expectedPercent!: number;
  @Field(() => Boolean) behind!: boolean;
  @Field(() => [String], { description: 'Cifras que no cuadran y hay que revisar, en palabras.' }) warnings!: string[];
}

@ObjectType('ReportTotals', { description: 'Resumen de todas las actividades del reporte.' })
export class ReportTotalsType {
  @Field(() => Int) activities!: number;
  @Field(() => Float, { description: 'Promedio del % de meta de sus actividades (cada una hasta 100).' }) averagePercentOfTarget!: number;
  @Field(() => Int) targetsMet!: number;
  @Field(() => Int) withDelays!: number;
  @Field(() => Int) behind!: number;
  @Field(() => Int, { description: 'Meses programados en el año, sumados sobre las actividades.' }) plannedMonths!: number;
  @Field(() => Int, { description: 'Meses programados con alguna ejecución a la fecha de corte.' }) doneMonths!: number;
  @Field(() => Int, { description: 'Meses programados ya vencidos sin ejecución.' }) delayedMonths!: number;
  @Field(() => Int, { description: 'Ejecuciones hasta la fecha de corte.' }) executions!: number;
  @Field(() => Int, { description: 'Ejecuciones con al menos un medio de verificación adjunto.' }) executionsWithEvidence!: number;
  @Field(() => Int, { description: 'Mujeres autoridades distintas alcanzadas en alguna actividad.' }) reachedAuthorities!: number;
}

@ObjectType('ReportGroup', { description: 'Resumen de un grupo de actividades (objetivo, entidad u objetivo DS).' })
export class ReportGroupType {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int) activities!: number;
  @Field(() => Float, { description: 'Promedio del % de meta de sus actividades (cada una hasta 100).' }) averagePercentOfTarget!: number;
  @Field(() => Int) targetsMet!: number;
  @Field(() => Int) withDelays!: number;
  @Field(() => Int) behind!: number;
  @Field(() => Int, { description: 'Meses programados en el año, sumados sobre sus actividades.' }) plannedMonths!: number;
  @Field(() => Int, { description: 'Meses programados con alguna ejecución a la fecha de corte.' }) doneMonths!: number;
  @Field(() => Int, { description: 'Meses programados ya vencidos sin ejecución.' }) delayedMonths!: number;
  @Field(() => Int, { description: 'Ejecuciones hasta la fecha de corte.' }) executions!: number;
  @Field(() => Int, { description: 'Ejecuciones con al menos un medio de verificación adjunto.' }) executionsWithEvidence!: number;
}

@ObjectType('ReachRow', { description: 'Mujeres autoridades alcanzadas frente a las del registro.' })
export class ReachRowType {
  @Field(() => String) key!: string;
  @Field(() => String) label!: string;
  @Field(() => Int, { nullable: true, description: 'Nulo cuando se reserva (sistemas integradores: celdas de menos de 5 mujeres).' }) reached!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
  @Field(() => Int) inRegister!: number;
}

@ObjectType('Alert')
export class AlertType {
  @Field(() => AlertKind) kind!: AlertKind;
  @Field(() => String) activityCode!: string;
  @Field(() => String) message!: string;
}

@ObjectType('ConsolidatedReport', { description: 'Reporte consolidado del plan a una fecha de corte, dentro del alcance del usuario.' })
export class ConsolidatedReportType {
  @Field(() => Int) year!: number;
  @Field(() => String) asOf!: string;
  @Field(() => [ActivityReportRowType]) activities!: ActivityReportRowType[];
  @Field(() => ReportTotalsType) totals!: ReportTotalsType;
  @Field(() => [ReportGroupType]) byObjective!: ReportGroupType[];
  @Field(() => [ReportGroupType]) byEntity!: ReportGroupType[];
  @Field(() => [ReportGroupType]) byStrategyObjective!: ReportGroupType[];
  @Field(() => [ReachRowType]) byOffice!: ReachRowType[];
  @Field(() => [ReachRowType]) byDepartment!: ReachRowType[];
  @Field(() => [AlertType]) alerts!: AlertType[];
}
