import { Table, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { MONTHS } from '@gj/domain';
import type { EntityOption } from '../entities/useEntities';
import { monthName } from '../lib/format';
import { submissionStyle, type Submission } from './status';

/** Cell colours: the same as the badges, strong enough to tell apart, with a symbol in each cell. */
const CELL: Record<string, { background: string; color: string; border: string }> = {
  DRAFT: { background: 'var(--mantine-color-gray-0)', color: 'var(--mantine-color-gray-7)', border: 'var(--mantine-color-gray-3)' },
  SUBMITTED: { background: 'var(--mantine-color-blue-6)', color: 'white', border: 'var(--mantine-color-blue-7)' },
  APPROVED: { background: 'var(--mantine-color-green-7)', color: 'white', border: 'var(--mantine-color-green-8)' },
  RETURNED: { background: 'var(--mantine-color-orange-1)', color: 'var(--mantine-color-orange-9)', border: 'var(--mantine-color-orange-5)' },
};

/**
 * Entity × month grid of the monthly cycle (7 entities × 12 months in 2024). Each cell says its
 * status in words to screen readers and opens the month's review. The rows are the entities with
 * reports, in the order of the API's list; one it does not name (yet) shows by its code.
 */
export function SubmissionGrid({
  year,
  entities,
  submissions,
  onSelect,
}: {
  year: number;
  entities: readonly EntityOption[];
  submissions: readonly Submission[];
  onSelect: (submission: Submission) => void;
}) {
  const byKey = new Map(submissions.filter((s) => s.year === year).map((s) => [`${s.entityCode}|${s.month}`, s]));
  const codes = [...new Set(submissions.map((s) => s.entityCode))];
  // Entities without activities in the year's plan send no reports: one cell says so.
  const without = new Set(submissions.filter((s) => s.year === year && s.hasActivities === false).map((s) => s.entityCode));
  const rows = [
    ...entities.filter((e) => codes.includes(e.code)),
    ...codes.filter((c) => !entities.some((e) => e.code === c)).map((code) => ({ code, name: code, shortName: code })),
  ];
  return (
    // Entities × months stays a grid on a phone: it scrolls sideways in a region reached with the
    // keyboard, with the entity column held in place (global.css `.submission-grid`).
    <Table.ScrollContainer
      minWidth={860}
      type="native"
      className="scroll-region submission-grid"
      tabIndex={0}
      role="region"
      aria-label={`Reportes mensuales ${year} por entidad y mes`}
    >
      <Table
        layout="fixed"
        withTableBorder
        withColumnBorders
        aria-label={`Reportes mensuales ${year} por entidad y mes`}
        data-testid="submission-grid"
        fz="xs"
        verticalSpacing={4}
        horizontalSpacing={4}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={96}>Entidad</Table.Th>
            {MONTHS.map((m) => (
              <Table.Th key={m} ta="center" title={monthName(m, true)}>
                {monthName(m, true).slice(0, 3)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((entity) => (
            <Table.Tr key={entity.code}>
              <Table.Th scope="row" title={entity.name} style={{ whiteSpace: 'nowrap' }}>
                {entity.shortName}
              </Table.Th>
              {without.has(entity.code) && (
                <Table.Td colSpan={MONTHS.length} data-entity={entity.code} data-status="NO_ACTIVITIES">
                  <Text size="xs" c="dimmed" ta="center">
                    Sin actividades en el plan {year}: no envía reportes mensuales.
                  </Text>
                </Table.Td>
              )}
              {(without.has(entity.code) ? [] : MONTHS).map((month) => {
                const submission = byKey.get(`${entity.code}|${month}`) ?? { entityCode: entity.code, year, month, status: 'DRAFT' };
                const style = submissionStyle(submission.status);
                const cell = CELL[submission.status] ?? CELL.DRAFT!;
                const label = `${entity.shortName}, ${monthName(month)}: ${style.label}`;
                return (
                  <Table.Td key={month} p={2} data-entity={entity.code} data-month={month} data-status={submission.status}>
                    <UnstyledButton
                      onClick={() => onSelect(submission)}
                      title={label}
                      w="100%"
                      h={34}
                      style={{
                        display: 'flex',
                        alignItems: 'center',
                        justifyContent: 'center',
                        gap: 3,
                        borderRadius: 4,
                        background: cell.background,
                        color: cell.color,
                        border: `1px solid ${cell.border}`,
                        fontWeight: 600,
                      }}
                    >
                      <span aria-hidden>{style.symbol}</span>
                      {submission.status !== 'DRAFT' && (
                        <Text span size="10px" aria-hidden visibleFrom="lg" fw={600} c="inherit">
                          {style.label}
                        </Text>
                      )}
                      <VisuallyHidden>{label}</VisuallyHidden>
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
