import { ActionIcon, Alert, Button, Group, NumberInput, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ProblemsAlert, refusalOf, type Refusal } from '../components/ProblemsAlert';
import type { PlanInput } from '../gql/graphql';
import { footnoteGaps, headerProblems, toPlanInput, type HeaderValues } from './planHeaderForm';

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <ActionIcon variant="subtle" color="red" onClick={onClick} aria-label={label} title={label} mt={26}>
      ×
    </ActionIcon>
  );
}

/**
 * A draft's header: title, legal basis, general objective, specific objectives and footnotes,
 * saved together (updatePlan). The domain's checks run first; the API's refusal is shown in full.
 */
export function PlanHeaderForm({ year, initial, onSubmit }: { year: number; initial: HeaderValues; onSubmit: (input: PlanInput) => Promise<unknown> }) {
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const set = <K extends keyof HeaderValues>(key: K, value: HeaderValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const problems = headerProblems(year, values);
  const gaps = footnoteGaps(initial.footnotes.map((f) => (f.number === '' ? 0 : f.number)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setRefusal(null);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      await onSubmit(toPlanInput(values));
    } catch (e) {
      setRefusal(refusalOf(e));
    } finally {
      setSaving(false);
    }
  }

  // Objectives and footnotes are edited the same way: one item of the list at a time.
  type ListKey = 'objectives' | 'footnotes';
  const patchAt = <K extends ListKey>(key: K, i: number, patch: Partial<HeaderValues[K][number]>) =>
    set(key, values[key].map((item, j) => (j === i ? { ...item, ...patch } : item)) as HeaderValues[K]);
  const removeAt = (key: ListKey, i: number) => set(key, values[key].filter((_, j) => j !== i) as HeaderValues[typeof key]);
  const objective = (i: number, patch: Partial<HeaderValues['objectives'][number]>) => patchAt('objectives', i, patch);
  const footnote = (i: number, patch: Partial<HeaderValues['footnotes'][number]>) => patchAt('footnotes', i, patch);

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={`Encabezado del plan ${year}`}>
      <Stack gap="md">
        <TextInput label="Título" required value={values.title} onChange={(e) => set('title', e.currentTarget.value)} />
        <TextInput
          label="Base legal"
          placeholder="Decreto Supremo N° 004-2023-MIMP"
          value={values.legalBasis}
          onChange={(e) => set('legalBasis', e.currentTarget.value)}
        />
        <Textarea
          label="Objetivo operativo general"
          autosize
          minRows={2}
          value={values.generalObjective}
          onChange={(e) => set('generalObjective', e.currentTarget.value)}
        />

        <Stack gap="xs" role="group" aria-label="Objetivos específicos">
          <Title order={3} size="h5">
            Objetivos específicos
          </Title>
          {values.objectives.length === 0 && (
            <Text size="sm" c="dimmed">
              El plan aún no tiene objetivos: cada actividad pertenece a uno.
            </Text>
          )}
          {values.objectives.map((o, i) => (
            <Paper key={i} withBorder p="xs" radius="sm">
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <TextInput
                  label="N.°"
                  value={o.code}
                  onChange={(e) => objective(i, { code: e.currentTarget.value })}
                  w={60}
                  aria-label={`Número del objetivo ${i + 1}`}
                />
                <Textarea
                  label={`Objetivo específico ${o.code || i + 1}`}
                  autosize
                  minRows={1}
                  value={o.name}
                  onChange={(e) => objective(i, { name: e.currentTarget.value })}
                  style={{ flex: 1 }}
                />
                <RemoveButton label={`Quitar el objetivo n.° ${i + 1}`} onClick={() => removeAt('objectives', i)} />
              </Group>
            </Paper>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => set('objectives', [...values.objectives, { code: String(values.objectives.length + 1), name: '' }])}
            >
              Agregar objetivo
            </Button>
          </Group>
        </Stack>

        <Stack gap="xs" role="group" aria-label="Notas al pie">
          <Title order={3} size="h5">
            Notas al pie
          </Title>
          {gaps.length > 0 && (
            <Alert color="yellow" title="Notas que no se muestran" data-testid="footnote-gaps">
              Se muestran las notas que citan las actividades; la plataforma aún no lee las demás ({gaps.map((n) => `nota ${n}`).join(', ')}). Al guardar, el
              plan queda con las notas de esta lista: agregue las que falten o edítelas en la hoja de cálculo.
            </Alert>
          )}
          {values.footnotes.map((f, i) => (
            <Paper key={i} withBorder p="xs" radius="sm">
              <Group align="flex-start" gap="xs" wrap="nowrap">
                <NumberInput
                  label="N.°"
                  min={1}
                  allowDecimal={false}
                  value={f.number}
                  onChange={(v) => footnote(i, { number: typeof v === 'number' ? v : '' })}
                  w={70}
                  aria-label={`Número de la nota ${i + 1}`}
                />
                <Textarea
                  label={`Nota ${f.number || i + 1}`}
                  autosize
                  minRows={1}
                  value={f.text}
                  onChange={(e) => footnote(i, { text: e.currentTarget.value })}
                  style={{ flex: 1 }}
                />
                <RemoveButton label={`Quitar la nota n.° ${i + 1}`} onClick={() => removeAt('footnotes', i)} />
              </Group>
            </Paper>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() =>
                set('footnotes', [...values.footnotes, { number: Math.max(0, ...values.footnotes.map((f) => (f.number === '' ? 0 : f.number))) + 1, text: '' }])
              }
            >
              Agregar nota
            </Button>
          </Group>
        </Stack>

        {tried && <ProblemsAlert title="Corrija antes de guardar" problems={problems} testId="header-problems" />}
        {refusal && <ProblemsAlert title="No se pudo guardar el encabezado" message={refusal.message} problems={refusal.problems} />}
        <Group justify="flex-end">
          <Button type="submit" loading={saving}>
            Guardar encabezado
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
