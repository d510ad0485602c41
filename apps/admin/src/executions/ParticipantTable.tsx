import { Button, Table, Text } from '@mantine/core';
import { OUTCOME_LABELS, type Outcome } from '@gj/domain';
import { ListTable } from '../components/ListTable';
import type { PickedAuthority } from './AuthorityPicker';
import { OutcomeSelect } from './OutcomeSelect';

export interface ParticipantRow {
  authority: PickedAuthority;
  outcome: Outcome;
}

/** Participants of an execution with their outcome, which can be changed or removed. */
export function ParticipantTable({
  rows,
  outcomes,
  onOutcomeChange,
  onRemove,
  busy = false,
  readOnly = false,
}: {
  rows: readonly ParticipantRow[];
  outcomes: readonly Outcome[];
  onOutcomeChange?: (authorityId: number, outcome: Outcome) => void;
  onRemove?: (authorityId: number) => void;
  busy?: boolean;
  readOnly?: boolean;
}) {
  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Todavía no hay participantes.
      </Text>
    );
  }
  return (
    <ListTable
      label="Participantes"
      testId="participants-table"
      minWidth={620}
      highlightOnHover={false}
      columns={['Apellidos y nombres', 'Cargo', 'Gobierno', 'Resultado', ...(readOnly ? [] : [{ label: 'Acción', hidden: true }])]}
    >
      {rows.map(({ authority: a, outcome }) => {
        const name = `${a.familyNames}, ${a.givenNames}`;
        return (
          <Table.Tr key={a.id}>
            <Table.Td>
              {name}
              {a.dni && (
                <Text size="xs" c="dimmed">
                  DNI {a.dni}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{a.officeLabel}</Table.Td>
            <Table.Td>{a.government.name}</Table.Td>
            <Table.Td miw={190}>
              {readOnly ? (
                OUTCOME_LABELS[outcome]
              ) : (
                <OutcomeSelect
                  outcomes={outcomes.includes(outcome) ? outcomes : [outcome, ...outcomes]}
                  value={outcome}
                  onChange={(o) => onOutcomeChange?.(a.id, o)}
                  label={`Resultado de ${name}`}
                  styles={{ label: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } }}
                  size="xs"
                  disabled={busy}
                />
              )}
            </Table.Td>
            {!readOnly && (
              <Table.Td>
                <Button size="xs" variant="subtle" color="red" onClick={() => onRemove?.(a.id)} disabled={busy} aria-label={`Quitar a ${name}`}>
                  Quitar
                </Button>
              </Table.Td>
            )}
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
