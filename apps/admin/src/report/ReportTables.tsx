/** The consolidated report's tables: activities, groups and reach against the register. */
import { Anchor, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatInteger, formatNumber, formatPercent, monthName } from '../lib/format';
import { entityName } from './labels';

export interface ReportActivityRow {
  code: string;
  name: string;
  entities: readonly string[];
  /** The target as first published. */
  originalTargetValue: number;
  /** The target in force at the cut-off date (reprogrammed, if it was). */
  targetValue: number;
  targetUnit: string;
  achieved: number;
  percentOfTarget: number;
  expectedPercent: number;
  met: boolean;
  behind: boolean;
  executions: number;
  /** Executions with at least one means of verification. */
  executionsWithEvidence: number;
  plannedMonths: readonly number[];
  executedMonths: readonly number[];
  delayedMonths: readonly number[];
}

const inUnit = (value: number, unit: string) => (unit === 'PERCENT' ? formatPercent(value) : formatNumber(value));

/** "abr, may, jun"; "—" when there is none. */
export function shortMonths(months: readonly number[]): string {
  return months.length === 0 ? '—' : months.map((m) => monthName(m).slice(0, 3)).join(', ');
}

/** What the state column says of an activity, in words (colour only backs it up). */
export function activityState(row: Pick<ReportActivityRow, 'met' | 'behind' | 'delayedMonths'>): { label: string; color: string }[] {
  const states: { label: string; color: string }[] = [];
  if (row.met) states.push({ label: 'Meta cumplida', color: 'green' });
  if (row.behind) states.push({ label: 'Por debajo de lo esperado', color: 'orange' });
  if (row.delayedMonths.length > 0)
    states.push({ label: row.delayedMonths.length === 1 ? '1 mes retrasado' : `${row.delayedMonths.length} meses retrasados`, color: 'red' });
  if (states.length === 0) states.push({ label: 'Al día', color: 'blue' });
  return states;
}

function PercentCell({ value }: { value: number }) {
  return (
    <Stack gap={2} miw={76}>
      <Text size="sm" fw={600} ta="right">
        {formatPercent(value)}
      </Text>
      <Progress value={Math.min(100, Math.max(0, value))} size="xs" color={value >= 100 ? 'green.7' : 'blue.6'} aria-hidden />
    </Stack>
  );
}

/**
 * One row per activity: the programmed target and, when it was reprogrammed by the cut-off date,
 * the reprogrammed one (what achieved is measured against), achieved, % of target against the %
 * expected, months and state.
 */
export function ReportActivityTable({ rows }: { rows: readonly ReportActivityRow[] }) {
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table striped highlightOnHover withTableBorder horizontalSpacing="xs" aria-label="Avance de las actividades" data-testid="report-activities" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Actividad</Table.Th>
            <Table.Th ta="right">Meta programada</Table.Th>
            <Table.Th ta="right">Meta reprogramada</Table.Th>
            <Table.Th ta="right">Logro</Table.Th>
            <Table.Th ta="right">% de la meta</Table.Th>
            <Table.Th ta="right">% esperado</Table.Th>
            <Table.Th>Estado</Table.Th>
            <Table.Th>Meses programados</Table.Th>
            <Table.Th>Meses ejecutados</Table.Th>
            <Table.Th>Meses retrasados</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.code} data-code={r.code} data-behind={r.behind ? 'true' : 'false'}>
              <Table.Td miw={200}>
                <Group gap={6} wrap="nowrap" align="flex-start">
                  <Anchor component={Link} to={`/actividades/${r.code}`} fw={700} size="sm">
                    {r.code}
                  </Anchor>
                  <div>
                    <Text size="sm" lineClamp={2} title={r.name}>
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.entities.map(entityName).join(' – ')} · {r.executions === 1 ? '1 ejecución' : `${formatInteger(r.executions)} ejecuciones`}
                      {r.executions > 0 && ` (${formatInteger(r.executionsWithEvidence)} con medios de verificación)`}
                    </Text>
                  </div>
                </Group>
              </Table.Td>
              <Table.Td ta="right">{inUnit(r.originalTargetValue, r.targetUnit)}</Table.Td>
              {r.targetValue !== r.originalTargetValue ? (
                <Table.Td ta="right" fw={700} c="orange.9" data-reprogrammed="true">
                  {inUnit(r.targetValue, r.targetUnit)}
                </Table.Td>
              ) : (
                <Table.Td ta="right" c="dimmed" title="Sin reprogramar a la fecha de corte">
                  —
                </Table.Td>
              )}
              <Table.Td ta="right">{inUnit(r.achieved, r.targetUnit)}</Table.Td>
              <Table.Td>
                <PercentCell value={r.percentOfTarget} />
              </Table.Td>
              <Table.Td ta="right">{formatPercent(r.expectedPercent)}</Table.Td>
              <Table.Td miw={105} maw={125}>
                <Stack gap={2}>
                  {activityState(r).map((s) => (
                    <Text key={s.label} size="xs" fw={700} c={`${s.color}.8`} lh={1.25}>
                      {s.label}
                    </Text>
                  ))}
                </Stack>
              </Table.Td>
              <Table.Td fz="xs" maw={105}>
                {shortMonths(r.plannedMonths)}
              </Table.Td>
              <Table.Td fz="xs" maw={95}>
                {shortMonths(r.executedMonths)}
              </Table.Td>
              <Table.Td fz="xs" maw={90} c={r.delayedMonths.length ? 'red.8' : undefined} fw={r.delayedMonths.length ? 700 : undefined}>
                {shortMonths(r.delayedMonths)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export interface ReportGroupRow {
  key: string;
  label: string;
  activities: number;
  averagePercentOfTarget: number;
  targetsMet: number;
  withDelays: number;
  behind: number;
  executions: number;
  executionsWithEvidence: number;
}

/** Activities grouped by objective, entity or strategy objective (DS). */
export function ReportGroupTable({ rows, heading, label, testId }: { rows: readonly ReportGroupRow[]; heading: string; label: string; testId?: string }) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped withTableBorder aria-label={label} data-testid={testId} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{heading}</Table.Th>
            <Table.Th ta="right">Actividades</Table.Th>
            <Table.Th ta="right">Avance promedio</Table.Th>
            <Table.Th ta="right">Metas cumplidas</Table.Th>
            <Table.Th ta="right">Con meses retrasados</Table.Th>
            <Table.Th ta="right">Por debajo de lo esperado</Table.Th>
            <Table.Th ta="right">Ejecuciones con medios de verificación</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td maw={420}>{r.label}</Table.Td>
              <Table.Td ta="right">{formatInteger(r.activities)}</Table.Td>
              <Table.Td>
                <PercentCell value={r.averagePercentOfTarget} />
              </Table.Td>
              <Table.Td ta="right">{formatInteger(r.targetsMet)}</Table.Td>
              <Table.Td ta="right">{formatInteger(r.withDelays)}</Table.Td>
              <Table.Td ta="right">{formatInteger(r.behind)}</Table.Td>
              <Table.Td ta="right">
                {formatInteger(r.executionsWithEvidence)} de {formatInteger(r.executions)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** `reached` is null only for integrators' API keys (small cells are reserved). */
export interface ReachRow {
  key: string;
  label: string;
  reached: number | null;
  inRegister: number;
}

/** Women authorities reached against those in the register, by office or department. */
export function ReachTable({ rows, heading, label, testId }: { rows: readonly ReachRow[]; heading: string; label: string; testId?: string }) {
  const total = rows.reduce((s, r) => ({ reached: s.reached + (r.reached ?? 0), inRegister: s.inRegister + r.inRegister }), { reached: 0, inRegister: 0 });
  const coverage = (r: { reached: number | null; inRegister: number }) =>
    r.reached === null ? 'Reservado' : r.inRegister === 0 ? '—' : formatPercent((r.reached * 100) / r.inRegister);
  return (
    <Table.ScrollContainer minWidth={520} maxHeight={520}>
      <Table striped withTableBorder stickyHeader aria-label={label} data-testid={testId} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{heading}</Table.Th>
            <Table.Th ta="right">Alcanzadas</Table.Th>
            <Table.Th ta="right">En el registro</Table.Th>
            <Table.Th ta="right">Cobertura</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{r.reached === null ? 'Reservado' : formatInteger(r.reached)}</Table.Td>
              <Table.Td ta="right">{formatInteger(r.inRegister)}</Table.Td>
              <Table.Td ta="right">{coverage(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th>Total</Table.Th>
            <Table.Th ta="right">{formatInteger(total.reached)}</Table.Th>
            <Table.Th ta="right">{formatInteger(total.inRegister)}</Table.Th>
            <Table.Th ta="right">{coverage(total)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
