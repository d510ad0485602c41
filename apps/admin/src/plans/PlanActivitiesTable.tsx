import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { ListTable } from '../components/ListTable';
import type { PlanActivityFieldsFragment } from '../gql/graphql';
import { RULE_KIND_LABELS } from '@gj/domain';
import { COUNTED_LABELS, RULE_KIND_SHORT, targetText } from './labels';
import { PlannedMonths } from './MonthToggles';
import { knownRule } from './planActivityForm';

export type PlanMode = 'edit' | 'reprogram' | 'read';

/** Responsible units as the plan writes them: "SGP (PCM)", "OSCE – MIMP". */
export function unitsText(units: PlanActivityFieldsFragment['responsibleUnits']): string {
  return units.map((u) => (u.isWholeEntity ? u.entity.shortName : `${u.code} (${u.entity.shortName})`)).join(' – ');
}

/**
 * The activities of a plan-year: code, name, responsible units, target (programmed and
 * reprogrammed when they differ), rule and the 12 months; a draft's rows are edited and removed,
 * those of a plan in force are reprogrammed.
 */
export function PlanActivitiesTable({
  year,
  activities,
  mode,
  onEdit,
  onDelete,
  onReprogram,
}: {
  year: number;
  activities: readonly PlanActivityFieldsFragment[];
  mode: PlanMode;
  onEdit: (a: PlanActivityFieldsFragment) => void;
  onDelete: (a: PlanActivityFieldsFragment) => void;
  onReprogram: (a: PlanActivityFieldsFragment) => void;
}) {
  return (
    <ListTable
      label={`Actividades del plan ${year}`}
      testId="plan-activities"
      minWidth={980}
      columns={['Código', 'Actividad', 'Responsables', 'Meta', 'Regla', 'Meses', { label: 'Acciones', hidden: mode === 'read' }]}
    >
      {activities.map((a) => {
        const rule = knownRule(year, a.code);
        const reprogrammed = a.originalTarget.value !== a.target.value;
        return (
          <Table.Tr key={a.code} data-code={a.code}>
            <Table.Td fw={700}>{a.code}</Table.Td>
            <Table.Td maw={320}>
              <Text size="sm" lineClamp={3} title={a.name}>
                {a.name}
              </Text>
            </Table.Td>
            <Table.Td fz="sm" maw={160}>
              {unitsText(a.responsibleUnits) || (
                <Text span size="sm" c="orange.8" fw={600}>
                  Sin responsables
                </Text>
              )}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }} data-testid="target-cell">
              <Text size="sm" fw={600}>
                {targetText(a.target.value, a.target.unit)}
              </Text>
              <Text size="xs" c="dimmed">
                {COUNTED_LABELS[a.target.counted]}
              </Text>
              {reprogrammed && (
                <Text size="xs" c="orange.8">
                  Programada: {targetText(a.originalTarget.value, a.originalTarget.unit)}
                </Text>
              )}
              {a.reprogrammings.length > 0 && (
                <Badge size="xs" variant="light" color="orange">
                  {a.reprogrammings.length === 1 ? 'Reprogramada' : `${a.reprogrammings.length} reprogramaciones`}
                </Badge>
              )}
            </Table.Td>
            <Table.Td fz="xs" miw={120} maw={170}>
              {rule ? (
                <span title={`${RULE_KIND_LABELS[rule.rule.kind]}${rule.assumed ? `. Según la actividad ${a.code} del plan ${rule.fromYear}` : ''}`}>
                  {RULE_KIND_SHORT[rule.rule.kind]}
                  {rule.assumed && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (según {rule.fromYear})
                    </Text>
                  )}
                </span>
              ) : (
                <Text span size="xs" c="dimmed">
                  No disponible
                </Text>
              )}
            </Table.Td>
            <Table.Td>
              <PlannedMonths months={a.plannedMonths} />
            </Table.Td>
            <Table.Td>
              <Stack gap={2} align="flex-start">
                {mode === 'edit' && (
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => onEdit(a)} aria-label={`Editar la actividad ${a.code}`}>
                      Editar
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => onDelete(a)} aria-label={`Quitar la actividad ${a.code}`}>
                      Quitar
                    </Button>
                  </Group>
                )}
                {mode === 'reprogram' && (
                  <Button size="xs" variant="light" onClick={() => onReprogram(a)} aria-label={`Reprogramar la actividad ${a.code}`}>
                    Reprogramar
                  </Button>
                )}
                {mode === 'read' && a.reprogrammings.length > 0 && (
                  <Button size="xs" variant="subtle" onClick={() => onReprogram(a)} aria-label={`Historial de la actividad ${a.code}`}>
                    Historial
                  </Button>
                )}
              </Stack>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
