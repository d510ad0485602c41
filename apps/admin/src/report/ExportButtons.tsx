import { Alert, Button, Group, Stack } from '@mantine/core';
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

/**
 * Downloads of the report as the API builds them (same scope as the page): an Excel book with a
 * sheet per view, or one view as CSV.
 */
export function ExportButtons({ year, asOf, view }: { year: number; asOf: string; view: ExportView }) {
  const { busy, failure, clearFailure, download: fetchAndSave } = useDownload<'xlsx' | 'csv'>();
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
      </Group>
      {failure && (
        <Alert color="red" role="alert" title="No se pudo descargar el reporte" withCloseButton onClose={clearFailure}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
