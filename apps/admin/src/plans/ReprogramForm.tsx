import { Button, NumberInput, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState, type FormEvent } from 'react';
import { FormFooter } from '../components/FormFooter';
import { refusalOf, type Refusal } from '../components/ProblemsAlert';
import { useUnsavedChanges } from '../components/UnsavedChanges';
import type { PlanActivityFieldsFragment, ReprogrammingInput, UnitFieldsFragment } from '../gql/graphql';
import { DATE_DISPLAY_FORMAT, parseDateInput } from '../lib/dates';
import { isSessionExpired } from '../lib/errors';
import { useFocusFirstInvalid } from '../lib/formFocus';
import { formatDate } from '../lib/format';
import { targetText } from './labels';
import { MonthToggles } from './MonthToggles';
import { checkReprogram, reprogramValues, toReprogrammingInput, type ReprogramValues } from './reprogramForm';
import { UnitsSelect } from './UnitsSelect';

/**
 * Reprogramming an activity of a plan in force: a new target, months or responsible units, with
 * the reason, the document that approves it and the date it takes effect. What it changes is
 * said in words before sending; the domain's check runs first, the API's refusal is shown in full.
 */
export function ReprogramForm({
  activity,
  year,
  units,
  onSubmit,
  onCancel,
}: {
  activity: PlanActivityFieldsFragment;
  year: number;
  units: readonly UnitFieldsFragment[];
  onSubmit: (input: ReprogrammingInput) => Promise<unknown>;
  onCancel: () => void;
}) {
  const [initial] = useState<ReprogramValues>(() => reprogramValues(activity));
  const [values, setValues] = useState<ReprogramValues>(initial);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const set = <K extends keyof ReprogramValues>(key: K, value: ReprogramValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const check = checkReprogram(values, activity, year, new Set(units.map((u) => u.code)));
  const composition = activity.target.composition.length > 0;
  const latest = activity.reprogrammings.at(-1)?.effectiveDate ?? null;
  const { formRef, showInvalid } = useFocusFirstInvalid();
  const leave = useUnsavedChanges(JSON.stringify(values) !== JSON.stringify(initial));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setRefusal(null);
    if (check.problems.length > 0) return showInvalid(check.problems);
    setSaving(true);
    try {
      await onSubmit(toReprogrammingInput(values, activity));
    } catch (e) {
      setRefusal(refusalOf(e));
      // After an expiry the re-sign-in dialog takes the focus.
      if (!isSessionExpired(e)) showInvalid();
    } finally {
      setSaving(false);
    }
  }

  return (
    <form ref={formRef} onSubmit={(e) => void submit(e)} noValidate aria-label={`Reprogramar la actividad ${activity.code}`}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Programación vigente: meta {targetText(activity.target.value, activity.target.unit)}; cambie solo lo que reprograma.
        </Text>
        <NumberInput
          label="Nueva meta"
          min={0}
          decimalSeparator=","
          thousandSeparator="."
          allowDecimal={activity.target.unit === 'PERCENT'}
          value={values.targetValue}
          onChange={(v) => set('targetValue', typeof v === 'number' ? v : '')}
          disabled={composition}
          description={
            composition
              ? 'Esta meta es la suma de sus partes: no se reprograma sola.'
              : activity.target.unit === 'PERCENT'
                ? 'En porcentaje, de 0 a 100'
                : 'Un número entero'
          }
          maw={260}
        />
        <MonthToggles label="Meses programados" value={values.months} onChange={(m) => set('months', m)} />
        <UnitsSelect
          units={units}
          value={values.units}
          onChange={(codes) => set('units', codes)}
          description="Las que quedan a cargo desde la fecha de vigencia"
        />
        <Textarea
          label="Motivo"
          required
          autosize
          minRows={2}
          description="Por qué se reprograma (10 caracteres o más)"
          value={values.reason}
          onChange={(e) => set('reason', e.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Documento que la aprueba"
            required
            placeholder="Resolución Ministerial N° 045-2025-MIMP"
            value={values.document}
            onChange={(e) => set('document', e.currentTarget.value)}
          />
          <DateInput
            label="Vigente desde"
            required
            description={latest ? `Del ${formatDate(latest)} (última reprogramación) en adelante` : `Dentro de ${year}`}
            value={values.effectiveDate}
            onChange={(v) => set('effectiveDate', v)}
            valueFormat={DATE_DISPLAY_FORMAT}
            dateParser={parseDateInput}
            placeholder="dd/mm/aaaa"
            minDate={latest ?? `${year}-01-01`}
            maxDate={`${year}-12-31`}
          />
        </SimpleGrid>
        {check.summary && (
          <Text size="sm" data-testid="reprogram-summary">
            <Text span fw={600}>
              Cambia:
            </Text>{' '}
            {check.summary}.
          </Text>
        )}
        <FormFooter
          failure={
            tried && check.problems.length > 0
              ? { title: 'Corrija antes de reprogramar', problems: check.problems }
              : refusal
                ? { title: 'No se pudo reprogramar', message: refusal.message, problems: refusal.problems }
                : null
          }
          testId={tried && check.problems.length > 0 ? 'reprogram-problems' : 'reprogram-refusal'}
        >
          <Button variant="default" onClick={() => leave.cancel(onCancel)} disabled={saving}>
            Cancelar
          </Button>
          <Button type="submit" loading={saving}>
            Reprogramar
          </Button>
        </FormFooter>
      </Stack>
      {leave.element}
    </form>
  );
}
