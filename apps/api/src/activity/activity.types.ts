import { activityFlags, plannedMonthsOf } from '@gj/domain';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerType, UnitType } from '../partner/partner.types.js';
import { ObjectiveType } from '../plan/plan.types.js';
import type { ActivityRow } from './activity.entity.js';

export enum TargetUnit {
  COUNT = 'COUNT',
  PERCENT = 'PERCENT',
}
registerEnumType(TargetUnit, { name: 'TargetUnit', description: 'COUNT: número; PERCENT: porcentaje.' });

export enum CountedThing {
  AUTHORITIES = 'AUTHORITIES',
  GOVERNMENTS = 'GOVERNMENTS',
  ACTIONS = 'ACTIONS',
}
registerEnumType(CountedThing, { name: 'CountedThing', description: 'Qué cuenta la meta: autoridades, gobiernos o acciones.' });

@ObjectType('TargetPart', { description: 'Parte de una meta compuesta (notas 6 y 9 del plan).' })
export class TargetPartType {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('Target', { description: 'Meta de la actividad.' })
export class TargetType {
  @Field(() => Float)
  value!: number;

  @Field(() => TargetUnit)
  unit!: TargetUnit;

  @Field(() => CountedThing)
  counted!: CountedThing;

  @Field(() => String, { description: 'Texto de la meta tal como figura en el plan.' })
  description!: string;

  @Field(() => [TargetPartType], { description: 'Composición de la meta; vacía si no es compuesta.' })
  composition!: TargetPartType[];
}

@ObjectType('Reprogramming', { description: 'Cambio de una actividad de un plan vigente, con lo que reemplazó.' })
export class ReprogrammingType {
  @Field(() => String, { description: 'Desde cuándo rige (AAAA-MM-DD).' })
  effectiveDate!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String, { description: 'Documento que la aprueba.' })
  document!: string;

  @Field(() => TargetType, { nullable: true, description: 'La nueva meta; nulo si no cambió.' })
  target!: TargetType | null;

  @Field(() => TargetType, { description: 'La meta que regía antes.' })
  previousTarget!: TargetType;

  @Field(() => [Int], { nullable: true, description: 'Los nuevos meses programados; nulo si no cambiaron.' })
  plannedMonths!: number[] | null;

  @Field(() => [String], { nullable: true, description: 'Las nuevas unidades responsables; nulo si no cambiaron.' })
  unitCodes!: string[] | null;

  @Field(() => String, { description: 'Qué cambió, en palabras.' })
  summary!: string;

  @Field(() => String)
  createdBy!: string;

  @Field(() => String)
  createdAt!: string;
}

@ObjectType('ScheduleMark', { description: 'Una marca del cronograma del plan.' })
export class ScheduleMarkType {
  @Field(() => [Int], { description: 'Meses (1–12) a los que puede corresponder la marca.' })
  candidates!: number[];

  @Field(() => [Int], { description: 'Lectura adoptada entre los candidatos.' })
  reading!: number[];

  @Field(() => Boolean, { description: 'La marca está bajo una columna que fusiona dos meses.' })
  ambiguous!: boolean;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('DataFlag', { description: 'Un dato que el plan deja vacío o ambiguo.' })
export class DataFlagType {
  @Field(() => String, { description: '"indicator" o "schedule".' })
  field!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('Footnote', { description: 'Nota al pie del plan.' })
export class FootnoteType {
  @Field(() => Int)
  number!: number;

  @Field(() => String)
  text!: string;
}

@ObjectType('Activity', { description: 'Actividad operativa del plan de trabajo.' })
export class ActivityType {
  @Field(() => Int)
  year!: number;

  @Field(() => String, { description: '"1.1" … "3.3".' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ObjectiveType)
  objective!: ObjectiveType;

  @Field(() => [UnitType])
  responsibleUnits!: UnitType[];

  @Field(() => [PartnerType], { description: 'Entidades responsables; una actividad conjunta tiene varias.' })
  entities!: PartnerType[];

  @Field(() => TargetType)
  target!: TargetType;

  @Field(() => String, { nullable: true, description: 'Nulo donde el plan no define indicador (ver flags).' })
  indicator!: string | null;

  @Field(() => [Int], { description: 'Meses programados (1–12); en columnas fusionadas, la lectura adoptada (ver schedule).' })
  plannedMonths!: number[];

  @Field(() => [ScheduleMarkType])
  schedule!: ScheduleMarkType[];

  @Field(() => Boolean, { description: 'Alguna marca del cronograma es ambigua.' })
  scheduleAmbiguous!: boolean;

  @Field(() => [DataFlagType])
  flags!: DataFlagType[];

  @Field(() => [String], { description: 'Alineamiento a los objetivos de la estrategia (columna DS): "Obj1" … "Obj5".' })
  strategyObjectives!: string[];

  @Field(() => [FootnoteType])
  footnotes!: FootnoteType[];

  @Field(() => String, { nullable: true, description: 'Cómo se interpreta el plan donde no es explícito.' })
  interpretation!: string | null;

  /** The row behind it, for field resolvers (progress, months, executions). Not exposed. */
  row!: ActivityRow;

  static from(row: ActivityRow): ActivityType {
    const footnotes = row.plan.footnotes.filter((f) => row.footnotes.includes(f.number));
    const units = row.units.map(UnitType.from);
    const entities = [...new Map(units.map((u) => [u.entity.code, u.entity])).values()];
    return Object.assign(new ActivityType(), {
      year: row.planYear,
      code: row.code,
      name: row.name,
      objective: ObjectiveType.from(row.objective),
      responsibleUnits: units,
      entities,
      target: {
        value: row.targetValue,
        unit: row.targetUnit as TargetUnit,
        counted: row.targetCounted as CountedThing,
        description: row.targetDescription,
        composition: row.rule.kind === 'COMPOSITION' ? row.rule.parts.map(({ key, label, value }) => ({ key, label, value })) : [],
      },
      indicator: row.indicator,
      plannedMonths: plannedMonthsOf(row.schedule),
      schedule: row.schedule.map((m) => ({ candidates: [...m.candidates], reading: [...m.reading], ambiguous: m.ambiguous, note: m.note })),
      scheduleAmbiguous: row.schedule.some((m) => m.ambiguous),
      flags: activityFlags(row.indicator, row.schedule),
      strategyObjectives: row.strategyObjectives,
      footnotes: footnotes.map((f) => ({ number: f.number, text: f.text })),
      interpretation: row.interpretation,
      row,
    });
  }
}
