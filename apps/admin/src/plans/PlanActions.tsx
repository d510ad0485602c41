/** What the plans' list and a plan's editor both offer: its status, its spreadsheet, publishing and closing. */
import { useMutation } from '@apollo/client/react';
import { Badge, List, Text } from '@mantine/core';
import type { PlanStatus } from '@gj/domain';
import { ConfirmMutation } from '../components/ConfirmMutation';
import { ClosePlanMutation, PublishPlanMutation } from './operations';
import { PLAN_STATUS_COLORS, planStatusLabel } from './labels';

/**
 * After a plan is created, imported, published or closed, every query on screen is asked again:
 * the list or the editor, and the years of the «Plan de trabajo» select.
 */
export const PLAN_QUERIES = 'active';

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  return (
    <Badge
      color={PLAN_STATUS_COLORS[status]}
      variant={status === 'IN_FORCE' ? 'filled' : 'light'}
      tt="none"
      style={{ flexShrink: 0, overflow: 'visible' }}
      data-status={status}
    >
      {planStatusLabel(status)}
    </Badge>
  );
}

/** `/api/plans/2025.xlsx`: the plan in the layout it is imported in (docs/PLAN-SPREADSHEET.md). */
export function planSheetUrl(year: number): string {
  return `/api/plans/${year}.xlsx`;
}

export function planSheetName(year: number): string {
  return `plan-de-trabajo-${year}.xlsx`;
}

/** Publishing a draft: refused, with every problem listed, while anything is incomplete. */
export function PublishPlanDialog({ year, onClose, onPublished }: { year: number; onClose: () => void; onPublished?: () => void }) {
  const [publish] = useMutation(PublishPlanMutation, { refetchQueries: PLAN_QUERIES, awaitRefetchQueries: true });
  return (
    <ConfirmMutation
      title={`¿Publicar el plan ${year}?`}
      confirmLabel="Publicar"
      color="green"
      failureTitle="El plan no se puede publicar todavía"
      success={{ title: 'Plan publicado', message: `El plan ${year} está vigente: los puntos focales ya ven sus actividades.` }}
      onConfirm={async () => {
        await publish({ variables: { year } });
        onPublished?.();
      }}
      onClose={onClose}
    >
      <Text size="sm">Al publicarlo, el plan {year} queda vigente:</Text>
      <List size="sm" spacing={4}>
        <List.Item>cada punto focal ve las actividades de su entidad y registra sus ejecuciones y reportes mensuales;</List.Item>
        <List.Item>las actividades ya no se editan: se reprograman (nueva meta, meses o responsables, con su documento).</List.Item>
      </List>
      <Text size="sm" c="dimmed">
        Antes se revisa que esté completo; si falta algo, se listan todos los problemas.
      </Text>
    </ConfirmMutation>
  );
}

/** Closing a plan in force: read-only from then on. */
export function ClosePlanDialog({ year, onClose }: { year: number; onClose: () => void }) {
  const [close] = useMutation(ClosePlanMutation, { refetchQueries: PLAN_QUERIES, awaitRefetchQueries: true });
  return (
    <ConfirmMutation
      title={`¿Cerrar el plan ${year}?`}
      confirmLabel="Cerrar el plan"
      failureTitle="No se pudo cerrar el plan"
      success={{ title: 'Plan cerrado', message: `El plan ${year} quedó de solo lectura.` }}
      onConfirm={() => close({ variables: { year } })}
      onClose={onClose}
    >
      <Text size="sm">
        El plan {year} quedará <strong>de solo lectura</strong>: nadie podrá registrar ni modificar ejecuciones o participantes, enviar ni revisar reportes
        mensuales, ni reprogramar actividades. Sus cifras, reportes y descargas siguen disponibles.
      </Text>
      <Text size="sm" fw={600}>
        No se puede deshacer.
      </Text>
    </ConfirmMutation>
  );
}
