import { ALERT_KIND_LABELS, type AlertKind } from '@gj/domain';
import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate, formatInteger } from '../lib/format';

export interface ReportAlert {
  kind: string;
  activityCode: string;
  message: string;
}

const COLORS: Record<AlertKind, string> = { DELAYED: 'red', BEHIND: 'orange', CHECK: 'grape', NO_EVIDENCE: 'yellow' };

const kindOf = (kind: string) => ({ label: ALERT_KIND_LABELS[kind as AlertKind] ?? 'Alerta', color: COLORS[kind as AlertKind] ?? 'gray' });

/** Numeric activity order: 1.2 before 1.10. */
function byActivity(a: ReportAlert, b: ReportAlert): number {
  const [a1 = 0, a2 = 0] = a.activityCode.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.activityCode.split('.').map(Number);
  return a1 - b1 || a2 - b2 || a.kind.localeCompare(b.kind);
}

/**
 * The report's alerts: planned months already over with nothing executed, progress below the share
 * the schedule expects, figures to check, and executions of closed months without means of
 * verification. Each says what is wrong in words and links to its activity.
 */
export function AlertList({
  alerts,
  asOf,
  limit,
  moreLink,
  title = 'Alertas',
}: {
  alerts: readonly ReportAlert[];
  asOf: string;
  /** Show at most this many (the dashboard), with a link to the rest. */
  limit?: number;
  moreLink?: string;
  title?: string;
}) {
  const sorted = [...alerts].sort(byActivity);
  const shown = limit ? sorted.slice(0, limit) : sorted;
  const delayed = alerts.filter((a) => a.kind === 'DELAYED').length;
  const behind = alerts.filter((a) => a.kind === 'BEHIND').length;
  const checks = alerts.filter((a) => a.kind === 'CHECK').length;
  const unverified = alerts.filter((a) => a.kind === 'NO_EVIDENCE').length;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="alerts-heading" data-testid="report-alerts">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="alerts-heading">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            Al {formatDate(asOf)}
            {alerts.length > 0 && `: ${formatInteger(delayed)} por meses retrasados, ${formatInteger(behind)} por avance por debajo de lo esperado`}
            {checks > 0 && `, ${formatInteger(checks)} con datos por revisar`}
            {unverified > 0 && `, ${formatInteger(unverified)} sin medios de verificación`}
          </Text>
        </Group>
        {alerts.length === 0 ? (
          <Text size="sm" c="green.8" fw={500}>
            Sin alertas: ningún mes programado ha pasado sin ejecución y ninguna actividad está por debajo de lo esperado.
          </Text>
        ) : (
          <List spacing={6} listStyleType="none" aria-label="Alertas del reporte" styles={{ itemWrapper: { width: '100%' } }}>
            {shown.map((a, i) => {
              const kind = kindOf(a.kind);
              return (
                <List.Item key={`${a.activityCode}-${a.kind}-${i}`} data-kind={a.kind}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Badge color={kind.color} variant="light" size="sm" miw={180} style={{ flexShrink: 0 }}>
                      {kind.label}
                    </Badge>
                    <Text size="sm" style={{ flex: 1 }}>
                      {a.message}{' '}
                      <Anchor component={Link} to={`/actividades/${a.activityCode}`} size="sm">
                        Ver la actividad {a.activityCode}
                      </Anchor>
                    </Text>
                  </Group>
                </List.Item>
              );
            })}
          </List>
        )}
        {limit !== undefined && alerts.length > shown.length && moreLink && (
          <Anchor component={Link} to={moreLink} size="sm">
            Ver las {formatInteger(alerts.length)} alertas en el reporte consolidado
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
