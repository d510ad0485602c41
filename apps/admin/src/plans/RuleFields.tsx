import { ActionIcon, Alert, Button, Group, MultiSelect, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import {
  EXECUTION_KIND_LABELS,
  OFFICE_DEFINITIONS,
  OUTCOMES,
  OUTCOME_LABELS,
  RULE_KINDS_BY_UNIT,
  RULE_KIND_LABELS,
  type Office,
  type Outcome,
  type RuleKind,
} from '@gj/domain';
import type { CountedThing, TargetUnit } from '../gql/graphql';
import { formatInteger } from '../lib/format';
import { COUNTED_LABELS, GROUP_OPTIONS, TARGET_UNIT_LABELS } from './labels';
import { EMPTY_PART, type PartValues, type RuleValues } from './planActivityForm';

const OUTCOME_OPTIONS = OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }));
const OFFICE_OPTIONS = OFFICE_DEFINITIONS.map((d) => ({ value: d.office, label: d.label }));

/** What each kind asks for, said before its fields. */
const KIND_HELP: Record<RuleKind, string> = {
  DISTINCT_AUTHORITIES: 'Cuenta cada mujer autoridad una sola vez, cuando tiene el resultado elegido en alguna ejecución, si su cargo está entre los elegidos.',
  COMPOSITION:
    'La meta es la suma de partes, cada una con su propia meta y sus cargos; una parte cuenta solo hasta su meta (el exceso de una no cubre a otra).',
  PASS_RATE:
    'Porcentaje (A/B)×100: A son las autoridades con un resultado (p. ej. Aprobó) y B las que tienen otro (p. ej. Inscrita), entre los cargos elegidos.',
  GROUP_SHARE: 'Porcentaje de un grupo fijo de autoridades (p. ej. las que lideran gobiernos) alcanzado con el resultado elegido.',
  ACTION_COUNT: `Cuenta las ejecuciones de tipo «${EXECUTION_KIND_LABELS.DISSEMINATION}». No necesita más datos.`,
};

function OutcomeField({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description: string;
  value: Outcome | null;
  onChange: (o: Outcome | null) => void;
}) {
  return <Select label={label} description={description} data={OUTCOME_OPTIONS} value={value} onChange={(v) => onChange(v as Outcome | null)} />;
}

function OfficesField({ value, onChange, description }: { value: Office[]; onChange: (o: Office[]) => void; description: string }) {
  return (
    <MultiSelect
      label="Cargos que cuentan"
      description={description}
      placeholder={value.length === 0 ? 'Elija los cargos' : undefined}
      data={OFFICE_OPTIONS}
      value={value}
      onChange={(v) => onChange(v as Office[])}
    />
  );
}

/**
 * The indicator rule: its kind (only those that fit the target's unit) and, for that kind, the
 * parameters it needs, each explained.
 */
export function RuleFields({
  unit,
  counted,
  targetValue,
  value,
  onChange,
}: {
  unit: TargetUnit;
  counted: CountedThing;
  targetValue: number | '';
  value: RuleValues;
  onChange: (rule: RuleValues) => void;
}) {
  const kinds = RULE_KINDS_BY_UNIT[unit];
  const set = (patch: Partial<RuleValues>) => onChange({ ...value, ...patch });
  const fits = value.kind === null || kinds.includes(value.kind);
  return (
    <Stack gap="sm" data-testid="rule-fields">
      <Select
        label="Regla de cálculo del avance"
        description={`Las reglas que sirven para una meta en ${TARGET_UNIT_LABELS[unit].toLowerCase()}`}
        placeholder="Elija cómo se calcula el avance"
        data={kinds.map((k) => ({ value: k, label: RULE_KIND_LABELS[k] }))}
        value={fits ? value.kind : null}
        onChange={(v) => set({ kind: v as RuleKind | null })}
        comboboxProps={{ position: 'bottom-start' }}
      />
      {!fits && value.kind && (
        <Alert color="orange" role="alert" title="La regla no sirve para esta meta">
          La regla «{RULE_KIND_LABELS[value.kind]}» no mide una meta en {TARGET_UNIT_LABELS[unit].toLowerCase()}: elija otra o cambie la unidad de la meta.
        </Alert>
      )}
      {fits && value.kind && (
        <Text size="sm" c="dimmed" data-testid="rule-help">
          {KIND_HELP[value.kind]}
        </Text>
      )}
      {fits && value.kind === 'DISTINCT_AUTHORITIES' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OutcomeField
            label="Resultado que cuenta"
            description="El que registra la participante"
            value={value.outcome}
            onChange={(outcome) => set({ outcome })}
          />
          <OfficesField value={value.offices} onChange={(offices) => set({ offices })} description="Solo cuentan las autoridades con estos cargos" />
        </SimpleGrid>
      )}
      {fits && value.kind === 'PASS_RATE' && (
        <>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <OutcomeField label="A (numerador)" description="p. ej. Aprobó" value={value.numerator} onChange={(numerator) => set({ numerator })} />
            <OutcomeField label="B (denominador)" description="p. ej. Inscrita" value={value.denominator} onChange={(denominator) => set({ denominator })} />
          </SimpleGrid>
          <OfficesField value={value.offices} onChange={(offices) => set({ offices })} description="A y B cuentan solo autoridades con estos cargos" />
        </>
      )}
      {fits && value.kind === 'GROUP_SHARE' && (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <OutcomeField
            label="Resultado que cuenta"
            description="El que registra la participante"
            value={value.outcome}
            onChange={(outcome) => set({ outcome })}
          />
          <Select
            label="Grupo"
            description="El grupo fijo cuya parte alcanzada se mide"
            data={GROUP_OPTIONS}
            value={value.group}
            onChange={(group) => set({ group })}
            comboboxProps={{ position: 'bottom-start' }}
          />
        </SimpleGrid>
      )}
      {fits && value.kind === 'COMPOSITION' && (
        <>
          <OutcomeField
            label="Resultado que cuenta"
            description={`En todas las partes; las partes cuentan ${COUNTED_LABELS[counted].toLowerCase()}, como la meta`}
            value={value.outcome}
            onChange={(outcome) => set({ outcome })}
          />
          <PartsEditor parts={value.parts} targetValue={targetValue} onChange={(parts) => set({ parts })} />
        </>
      )}
    </Stack>
  );
}

/** The parts of a composed target: key, name, own target and offices; their sum is shown against the target. */
export function PartsEditor({ parts, targetValue, onChange }: { parts: PartValues[]; targetValue: number | ''; onChange: (parts: PartValues[]) => void }) {
  const sum = parts.reduce((s, p) => s + (p.value === '' ? 0 : p.value), 0);
  const update = (index: number, patch: Partial<PartValues>) => onChange(parts.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  return (
    <Stack gap="xs" role="group" aria-label="Partes de la meta">
      <Group justify="space-between" align="baseline">
        <Text size="sm" fw={600}>
          Partes de la meta
        </Text>
        <Text size="sm" c={targetValue !== '' && sum === targetValue ? 'green.8' : 'orange.8'} fw={600} data-testid="parts-sum">
          Las partes suman {formatInteger(sum)}
          {targetValue !== '' ? ` de ${formatInteger(targetValue)}` : ''}
        </Text>
      </Group>
      {parts.map((part, i) => (
        <Paper key={i} withBorder p="xs" radius="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput
              label={`Parte ${i + 1}: nombre`}
              placeholder="Gobernadoras"
              value={part.label}
              onChange={(e) => update(i, { label: e.currentTarget.value })}
            />
            <TextInput
              label={`Parte ${i + 1}: clave`}
              description="Mayúsculas, dígitos y _"
              placeholder="GOBERNADORAS"
              value={part.key}
              onChange={(e) => update(i, { key: e.currentTarget.value.toUpperCase() })}
            />
            <NumberInput
              label={`Parte ${i + 1}: meta`}
              min={1}
              allowDecimal={false}
              value={part.value}
              onChange={(v) => update(i, { value: typeof v === 'number' ? v : '' })}
            />
            <MultiSelect
              label={`Parte ${i + 1}: cargos`}
              data={OFFICE_OPTIONS}
              value={part.offices}
              onChange={(v) => update(i, { offices: v as Office[] })}
              placeholder={part.offices.length === 0 ? 'Elija los cargos' : undefined}
            />
          </SimpleGrid>
          <Group justify="flex-end" mt={4}>
            <ActionIcon
              variant="subtle"
              color="red"
              onClick={() => onChange(parts.filter((_, j) => j !== i))}
              aria-label={`Quitar la parte ${i + 1}`}
              title="Quitar la parte"
            >
              ×
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => onChange([...parts, EMPTY_PART])}>
          Agregar parte
        </Button>
      </Group>
    </Stack>
  );
}
