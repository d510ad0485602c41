import { Alert, Button, Group, NativeSelect, Popover, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { lastMonthOver, limaDate } from '@gj/domain';
import { monthName } from '../lib/format';
import { useDownload } from '../lib/useDownload';

/** The CSV views the API exports, with the names people see. */
export const EXPORT_VIEWS = {
  actividades: 'Actividades',
  objetivos: 'Por objetivo',
  entidades: 'Por entidad',
  'objetivos-ds': 'Por objetivo DS',
  cargos: 'Por cargo',
  departamentos: 'Por departamento',
  alertas: 'Alertas',
} as const;
export type ExportView = keyof typeof EXPORT_VIEWS;

export function exportUrl(format: 'xlsx' | 'csv', year: number, asOf: string, view?: ExportView): string {
  const params = new URLSearchParams({ year: String(year), asOf });
  if (format === 'csv' && view) params.set('view', view);
  return `/api/exports/consolidated.${format}?${params.toString()}`;
}

/** A period of months of one plan year (1–12, from ≤ to). */
export interface MonthPeriod {
  from: number;
  to: number;
}

/** The follow-up report as a Word document, for months `from`–`to` of `year`. */
export function followUpUrl(year: number, { from, to }: MonthPeriod): string {
  const params = new URLSearchParams({ year: String(year), from: String(from), to: String(to) });
  return `/api/reports/seguimiento.docx?${params.toString()}`;
}

/** January up to the last month already over in Lima (the month before this one; all of a past year). */
export function defaultFollowUpPeriod(year: number, today: { year: number; month: number } = limaDate(new Date())): MonthPeriod {
  return { from: 1, to: lastMonthOver(year, today) };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, true) }));
const SEMESTERS: readonly { label: string; period: MonthPeriod }[] = [
  { label: 'Primer semestre', period: { from: 1, to: 6 } },
  { label: 'Segundo semestre', period: { from: 7, to: 12 } },
];

/**
 * Downloads of the report as the API builds them (same scope as the page): an Excel book with a
 * sheet per view, or one view as CSV.
 */
export function ExportButtons({ year, asOf, view }: { year: number; asOf: string; view: ExportView }) {
  const { busy, failure, clearFailure, download: fetchAndSave } = useDownload<'xlsx' | 'csv' | 'docx'>();
  const download = (format: 'xlsx' | 'csv') =>
    fetchAndSave(format, exportUrl(format, year, asOf, view), `reporte-consolidado-${year}-al-${asOf}${format === 'csv' ? `-${view}` : ''}.${format}`);

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button onClick={() => void download('xlsx')} loading={busy === 'xlsx'} disabled={busy !== null} data-testid="export-xlsx">
          Descargar Excel (todas las vistas)
        </Button>
        <Button variant="default" onClick={() => void download('csv')} loading={busy === 'csv'} disabled={busy !== null} data-testid="export-csv">
          Descargar CSV: {EXPORT_VIEWS[view]}
        </Button>
        <FollowUpButton
          key={year}
          year={year}
          busy={busy}
          onDownload={(period) => void fetchAndSave('docx', followUpUrl(year, period), `informe-seguimiento-${year}-${period.from}-${period.to}.docx`)}
        />
      </Group>
      {failure && (
        <Alert color="red" role="alert" title="No se pudo descargar el reporte" withCloseButton onClose={clearFailure}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}

/**
 * «Informe de seguimiento (Word)»: the months to cover (January to the last month over, unless
 * changed; or a semester), then the download.
 */
function FollowUpButton({ year, busy, onDownload }: { year: number; busy: string | null; onDownload: (period: MonthPeriod) => void }) {
  const [opened, setOpened] = useState(false);
  const [period, setPeriod] = useState<MonthPeriod>(() => defaultFollowUpPeriod(year));
  const invalid = period.from > period.to;
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={300}
      shadow="md"
      trapFocus
      styles={{ dropdown: { maxWidth: 'calc(100vw - 16px)' } }}
    >
      <Popover.Target>
        <Button variant="default" onClick={() => setOpened((o) => !o)} loading={busy === 'docx'} disabled={busy !== null} data-testid="export-docx">
          Informe de seguimiento (Word)
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            Periodo del informe ({year})
          </Text>
          <Group gap="xs" grow wrap="nowrap">
            <NativeSelect
              label="Desde"
              size="xs"
              data={MONTHS}
              value={String(period.from)}
              onChange={(e) => {
                const from = Number(e.currentTarget.value);
                setPeriod((p) => ({ ...p, from }));
              }}
            />
            <NativeSelect
              label="Hasta"
              size="xs"
              data={MONTHS}
              value={String(period.to)}
              onChange={(e) => {
                const to = Number(e.currentTarget.value);
                setPeriod((p) => ({ ...p, to }));
              }}
              error={invalid ? 'Debe ser igual o posterior a «Desde»' : undefined}
            />
          </Group>
          <Group gap={4}>
            {SEMESTERS.map((s) => (
              <Button key={s.label} size="compact-xs" variant="light" onClick={() => setPeriod(s.period)}>
                {s.label}
              </Button>
            ))}
          </Group>
          <Button
            size="xs"
            disabled={invalid}
            onClick={() => {
              setOpened(false);
              onDownload(period);
            }}
          >
            Descargar Word
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
