import { Alert, Button, Checkbox, Fieldset, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { COUNTED_THINGS, STRATEGY_OBJECTIVES, TARGET_UNITS } from '@gj/domain';
import { FormFooter } from '../components/FormFooter';
import { ProblemsAlert, refusalOf, type Refusal } from '../components/ProblemsAlert';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import type { CountedThing, PlanActivityInput, TargetUnit, UnitFieldsFragment } from '../gql/graphql';
import { isSessionExpired } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/formFocus';
import { monthList } from '../lib/format';
import { strategyObjectiveLabel } from '../report/labels';
import { COUNTED_LABELS, TARGET_UNIT_LABELS } from './labels';
import { MonthToggles } from './MonthToggles';
import { checkActivity, scheduleOf, toPlanActivityInput, type ActivityCheckContext, type ActivityFormValues } from './planActivityForm';
import { RuleFields } from './RuleFields';
import { UnitsSelect } from './UnitsSelect';

/** "Actividad 1.4: Meta: …" → "Meta: …": inside the activity's own form, its code goes without saying. */
export function withoutActivityPrefix(problem: string): string {
  return problem.replace(/^Actividad [^:]+: /, '').replace(/^./, (c) => c.toUpperCase());
}

/**
 * Every field of an activity of a draft plan: code, objective, name, responsible units, target,
 * indicator, months, alignment to the strategy (DS), footnotes, the indicator rule with its
 * parameters, and the interpretation. The domain's checks run before anything is sent: what the
 * API would refuse stops the saving; what would keep the plan from being published is listed.
 */
export function ActivityForm({
  initial,
  isNew,
  units,
  context,
  ruleNotice,
  knownFootnotes,
  onSubmit,
  onCancel,
}: {
  initial: ActivityFormValues;
  isNew: boolean;
  units: readonly UnitFieldsFragment[];
  context: Omit<ActivityCheckContext, 'isNew'>;
  /** Why the rule shown may not be the one saved (the API does not return it yet). */
  ruleNotice?: string | null;
  /** The footnotes the plan's activities cite, to say what each number is. */
  knownFootnotes: readonly { number: number; text: string }[];
  /** Saves; throws the API's refusal. */
  onSubmit: (input: PlanActivityInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const set = <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const check = checkActivity(values, { ...context, isNew });
  const { formRef, showInvalid } = useFocusFirstInvalid();
  const leave = useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(initial));
  const keepsAmbiguous = values.savedSchedule?.some((m) => m.candidates.length > 1) && scheduleOf(values) === values.savedSchedule;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setRefusal(null);
    if (!check.activity) return showInvalid(check.errors.map(withoutActivityPrefix));
    setSaving(true);
    try {
      await onSubmit(toPlanActivityInput(check.activity));
    } catch (e) {
      setRefusal(refusalOf(e));
      // After an expiry the re-sign-in dialog takes the focus.
      if (!isSessionExpired(e)) showInvalid();
    } finally {
      setSaving(false);
    }
  }

  const changeObjective = (objective: string | null) =>
    setValues((v) => ({
      ...v,
      objective,
      // A new activity's code follows its objective while only the prefix is written.
      code: isNew && objective && /^\d*\.?$/.test(v.code.trim()) ? `${objective}.` : v.code,
    }));

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-label={isNew ? 'Nueva actividad' : `Actividad ${initial.code}`}>
      <Stack gap="md">
        <Fieldset legend="Actividad">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label="Objetivo específico"
                required
                data={context.plan.objectives.map((o) => ({ value: o.code, label: `${o.code}. ${o.name}` }))}
                value={values.objective}
                onChange={changeObjective}
                comboboxProps={{ width: 420, position: 'bottom-start' }}
              />
              <TextInput
                label="Código"
                required
                description={isNew ? 'Objetivo.número, p. ej. 1.4' : 'El código no cambia; para otro, cree una actividad nueva'}
                value={values.code}
                onChange={(e) => set('code', e.currentTarget.value)}
                disabled={!isNew}
                data-autofocus
              />
            </SimpleGrid>
            <Textarea label="Nombre de la actividad" required autosize minRows={2} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} />
            <UnitsSelect units={units} value={values.units} onChange={(codes) => set('units', codes)} />
          </Stack>
        </Fieldset>

        <Fieldset legend="Meta e indicador">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <NumberInput
                label="Meta"
                required
                min={0}
                decimalSeparator=","
                thousandSeparator="."
                allowDecimal={values.targetUnit === 'PERCENT'}
                value={values.targetValue}
                onChange={(v) => set('targetValue', typeof v === 'number' ? v : '')}
                description={values.targetUnit === 'PERCENT' ? 'De 0 a 100, sin %' : 'Un número entero'}
              />
              <Stack gap={4}>
                <Text size="sm" fw={500} id="target-unit-label">
                  Unidad de la meta
                </Text>
                <SegmentedControl
                  aria-labelledby="target-unit-label"
                  data={TARGET_UNITS.map((u) => ({ value: u, label: TARGET_UNIT_LABELS[u] }))}
                  value={values.targetUnit}
                  onChange={(v) => set('targetUnit', v as TargetUnit)}
                />
              </Stack>
              <Select
                label="La meta cuenta"
                data={COUNTED_THINGS.map((c) => ({ value: c, label: COUNTED_LABELS[c] }))}
                value={values.counted}
                onChange={(v) => v && set('counted', v as CountedThing)}
                allowDeselect={false}
              />
            </SimpleGrid>
            <Textarea
              label="Texto de la meta"
              description="Como lo escribe el plan, p. ej. «150 mujeres autoridades que culminan el curso»"
              autosize
              minRows={2}
              value={values.targetDescription}
              onChange={(e) => set('targetDescription', e.currentTarget.value)}
            />
            <Textarea
              label="Indicador"
              description="Vacío si el plan no define indicador"
              autosize
              minRows={1}
              value={values.indicator}
              onChange={(e) => set('indicator', e.currentTarget.value)}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Cronograma y alineamiento">
          <Stack gap="sm">
            <MonthToggles label="Meses programados" description="Pulse cada mes en que se ejecuta" value={values.months} onChange={(m) => set('months', m)} />
            {keepsAmbiguous && (
              <Text size="xs" c="dimmed" data-testid="ambiguous-kept">
                Se conserva la lectura de las marcas dudosas del plan ({monthList(values.months)}) mientras no cambie los meses.
              </Text>
            )}
            <Checkbox.Group
              label="Objetivos de la estrategia (DS N° 004-2023-MIMP)"
              description="A los que contribuye la actividad (columna DS del plan)"
              value={values.strategyObjectives}
              onChange={(v) => set('strategyObjectives', v)}
            >
              <Group gap="md" mt={6}>
                {STRATEGY_OBJECTIVES.map((o) => (
                  <Checkbox key={o} value={o} label={o} title={strategyObjectiveLabel(o)} />
                ))}
              </Group>
            </Checkbox.Group>
            <TextInput
              label="Notas al pie"
              description={
                knownFootnotes.length > 0
                  ? `Números separados por comas. Notas citadas en el plan: ${knownFootnotes.map((f) => f.number).join(', ')}`
                  : 'Números separados por comas'
              }
              placeholder="p. ej. 4, 5"
              value={values.footnotes}
              onChange={(e) => set('footnotes', e.currentTarget.value)}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Regla de cálculo">
          <Stack gap="sm">
            {ruleNotice && (
              <Alert color="yellow" title="Verifique la regla" data-testid="rule-notice">
                {ruleNotice}
              </Alert>
            )}
            <RuleFields
              unit={values.targetUnit}
              counted={values.counted}
              targetValue={values.targetValue}
              value={values.rule}
              onChange={(rule) => set('rule', rule)}
            />
            <Textarea
              label="Interpretación"
              description="Dónde se interpreta el plan, dicho en palabras (se muestra en la página de la actividad)"
              autosize
              minRows={2}
              value={values.interpretation}
              onChange={(e) => set('interpretation', e.currentTarget.value)}
            />
          </Stack>
        </Fieldset>

        {check.errors.length === 0 && (
          <ProblemsAlert
            color="yellow"
            title="Se puede guardar; para publicar el plan faltará"
            problems={check.toPublish.map(withoutActivityPrefix)}
            testId="activity-publish-problems"
            role="status"
          />
        )}
        <FormFooter
          failure={
            tried && check.errors.length > 0
              ? { title: 'Corrija antes de guardar', problems: check.errors.map(withoutActivityPrefix) }
              : refusal
                ? { title: 'No se pudo guardar la actividad', message: refusal.message, problems: refusal.problems }
                : null
          }
          testId={tried && check.errors.length > 0 ? 'activity-errors' : 'activity-refusal'}
        >
          <Button variant="default" onClick={() => leave.cancel(onCancel)} disabled={saving}>
            Cancelar
          </Button>
          <Button type="submit" loading={saving}>
            Guardar actividad
          </Button>
        </FormFooter>
      </Stack>
      {leave.element}
    </form>
  );
}
