import { Alert, Button, Group, Stack } from '@mantine/core';
import { useDownload } from '../lib/useDownload';

/** The import templates the API builds from the importers' own columns. */
export type ImportTemplateName = 'participantes' | 'registro';

export function templateUrl(name: ImportTemplateName, format: 'xlsx' | 'csv'): string {
  return `/api/templates/${name}.${format}`;
}

/** «Descargar plantilla»: the file to fill in (Excel, or CSV with «;»), with the session's token. */
export function TemplateDownload({ name }: { name: ImportTemplateName }) {
  const { busy, failure, clearFailure, download } = useDownload<'xlsx' | 'csv'>();
  const get = (format: 'xlsx' | 'csv') => void download(format, templateUrl(name, format), `plantilla-${name}.${format}`);
  return (
    <Stack gap={4} align="flex-start">
      <Group gap="xs">
        <Button size="xs" variant="light" onClick={() => get('xlsx')} loading={busy === 'xlsx'} disabled={busy !== null}>
          Descargar plantilla
        </Button>
        <Button size="xs" variant="subtle" onClick={() => get('csv')} loading={busy === 'csv'} disabled={busy !== null}>
          Plantilla en CSV
        </Button>
      </Group>
      {failure && (
        <Alert color="red" role="alert" title="No se pudo descargar la plantilla" withCloseButton onClose={clearFailure}>
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
