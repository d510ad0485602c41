import { Alert, Button, Group, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useAuth, useSession } from '../auth/AuthContext';
import { DownloadError, fetchFile, saveFile } from '../lib/download';
import { MESSAGES } from '../lib/errors';

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
  const { token } = useSession();
  const { signOut } = useAuth();
  const [busy, setBusy] = useState<'xlsx' | 'csv' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function download(format: 'xlsx' | 'csv') {
    setBusy(format);
    setFailure(null);
    try {
      const fallback = `reporte-consolidado-${year}-al-${asOf}${format === 'csv' ? `-${view}` : ''}.${format}`;
      const file = await fetchFile(exportUrl(format, year, asOf, view), token, fallback);
      saveFile(file);
      notifications.show({ color: 'green', title: 'Descarga lista', message: file.fileName });
    } catch (e) {
      if (e instanceof DownloadError && e.status === 401) {
        signOut('expired');
        return;
      }
      setFailure(e instanceof DownloadError ? e.message : MESSAGES.generic);
    } finally {
      setBusy(null);
    }
  }

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
        <Alert color="red" role="alert" title="No se pudo descargar el reporte" withCloseButton onClose={() => setFailure(null)}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
