import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Button, Drawer, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useRef, useState } from 'react';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_FILES, EVIDENCE_TYPES_TEXT } from '@gj/domain';
import { useAuth, useSession } from '../auth/AuthContext';
import { ConfirmMutation } from '../components/ConfirmMutation';
import { DownloadError, saveFile } from '../lib/download';
import { MESSAGES } from '../lib/errors';
import { formatDate, formatDateTime, formatInteger } from '../lib/format';
import { evidencePreflight, evidenceTypeLabel, fetchEvidence, formatFileSize, uploadEvidence, type EvidenceItem } from './evidence';
import { DeleteEvidenceMutation, ExecutionEvidenceQuery } from './operations';

export const EVIDENCE_HEADING = 'Medios de verificación (archivos)';

/** "Archivos (2)" — the button that opens an execution's files. */
export const evidenceButtonLabel = (count: number | undefined) => (count === undefined ? 'Archivos' : `Archivos (${formatInteger(count)})`);

/**
 * The files that back an execution (actas, lists of attendance, photos): each one to download,
 * and, for whoever may change the execution while its month is open, to delete and to add. Size
 * and count are checked before sending, with the API's own messages; anything else the API
 * refuses shows in its words. After a change the execution's files are read again.
 */
export function EvidenceList({
  executionId,
  executionTitle,
  files,
  canManage,
  refusal = null,
  heading = true,
}: {
  executionId: number;
  executionTitle: string;
  files: readonly EvidenceItem[];
  /** The viewer may add and delete files (her entity recorded it, or she coordinates; the month is open). */
  canManage: boolean;
  /** Why she may not, when she may write executions at all (an approved month, another entity's record). */
  refusal?: string | null;
  /** Its own heading; off where the panel around it already says «Medios de verificación (archivos)». */
  heading?: boolean;
}) {
  const { token } = useSession();
  const { signOut } = useAuth();
  const client = useApolloClient();
  const [failure, setFailure] = useState<{ title: string; message: string } | null>(null);
  const [uploading, setUploading] = useState(false);
  const [downloading, setDownloading] = useState<number | null>(null);
  const [deleting, setDeleting] = useState<EvidenceItem | null>(null);
  const resetPicker = useRef<() => void>(null);
  const [remove] = useMutation(DeleteEvidenceMutation);
  const full = files.length >= EVIDENCE_MAX_FILES;

  /** Reads the execution's files again; the cached execution (and the list of executions) follows. */
  async function refresh() {
    try {
      await client.query({ query: ExecutionEvidenceQuery, variables: { id: executionId }, fetchPolicy: 'network-only' });
    } catch {
      // The change is made; the list catches up with the next read of the activity.
    }
  }

  /** A refusal by status: a 401 ends the session as any other request would. */
  function fail(title: string, error: unknown) {
    if (error instanceof DownloadError && error.status === 401) {
      signOut('expired');
      return;
    }
    setFailure({ title, message: error instanceof DownloadError ? error.message : MESSAGES.generic });
  }

  async function upload(file: File | null) {
    resetPicker.current?.();
    if (!file) return;
    setFailure(null);
    const refused = evidencePreflight(file, files.length);
    if (refused) {
      setFailure({ title: 'No se adjuntó el archivo', message: refused });
      return;
    }
    setUploading(true);
    try {
      const stored = await uploadEvidence(executionId, file, token);
      await refresh();
      notifications.show({ color: 'green', title: 'Archivo adjuntado', message: stored.fileName });
    } catch (e) {
      fail('No se adjuntó el archivo', e);
    } finally {
      setUploading(false);
    }
  }

  async function download(file: EvidenceItem) {
    setFailure(null);
    setDownloading(file.id);
    try {
      saveFile(await fetchEvidence(file, token));
    } catch (e) {
      fail('No se pudo descargar el archivo', e);
    } finally {
      setDownloading(null);
    }
  }

  return (
    <Stack gap="sm" data-testid="evidence-list" aria-label={`${EVIDENCE_HEADING} de «${executionTitle}»`} component="section">
      {heading && (
        <Title order={3} size="h5">
          {EVIDENCE_HEADING}
        </Title>
      )}
      {files.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="evidence-empty">
          Sin medios de verificación
        </Text>
      ) : (
        <Stack gap="xs" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {files.map((file) => (
            <Paper key={file.id} component="li" withBorder p="xs" radius="sm" data-testid="evidence-file">
              <Group justify="space-between" align="flex-start" gap="xs" wrap="wrap">
                <div style={{ minWidth: 0, flex: '1 1 220px' }}>
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {file.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {evidenceTypeLabel(file.contentType)} · {formatFileSize(file.size)}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    Adjuntado por {file.uploadedBy} el {formatDateTime(file.uploadedAt)}
                  </Text>
                </div>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => void download(file)}
                    loading={downloading === file.id}
                    disabled={downloading !== null && downloading !== file.id}
                    aria-label={`Descargar «${file.fileName}»`}
                  >
                    Descargar
                  </Button>
                  {canManage && (
                    <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(file)} aria-label={`Eliminar «${file.fileName}»`}>
                      Eliminar
                    </Button>
                  )}
                </Group>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}

      {canManage ? (
        <Stack gap={4} align="flex-start">
          <FileButton onChange={(file) => void upload(file)} accept={EVIDENCE_ACCEPT} resetRef={resetPicker} disabled={uploading || full}>
            {(props) => (
              <Button {...props} size="xs" variant="default" loading={uploading} disabled={uploading || full}>
                Adjuntar archivo
              </Button>
            )}
          </FileButton>
          <Text size="xs" c="dimmed" data-testid="evidence-hint">
            {full
              ? `Ya tiene ${formatInteger(EVIDENCE_MAX_FILES)} archivos, el máximo: elimine uno antes de adjuntar otro.`
              : `Hasta ${formatInteger(EVIDENCE_MAX_FILES)} archivos por ejecución, de 10 MB como máximo cada uno: ${EVIDENCE_TYPES_TEXT}.`}
          </Text>
        </Stack>
      ) : (
        refusal && (
          <Text size="xs" c="dimmed" data-testid="evidence-refusal">
            {refusal}
          </Text>
        )
      )}

      {failure && (
        <Alert color="red" role="alert" title={failure.title} withCloseButton onClose={() => setFailure(null)}>
          {failure.message}
        </Alert>
      )}

      {deleting && (
        <ConfirmMutation
          title="¿Eliminar el archivo?"
          confirmLabel="Eliminar"
          failureTitle="No se pudo eliminar"
          success={{ title: 'Archivo eliminado', message: `Se eliminó «${deleting.fileName}».` }}
          onConfirm={async () => {
            await remove({ variables: { id: deleting.id } });
            await refresh();
          }}
          onClose={() => setDeleting(null)}
        >
          <Text size="sm">
            Se eliminará «{deleting.fileName}» de los medios de verificación de «{executionTitle}». Esta acción no se puede deshacer.
          </Text>
        </ConfirmMutation>
      )}
    </Stack>
  );
}

/** An execution's files in a side panel, opened from its row. */
export function EvidenceDrawer({
  execution,
  onClose,
  canManage,
  refusal,
}: {
  execution: { id: number; title: string; date: string; evidence?: readonly EvidenceItem[] } | null;
  onClose: () => void;
  canManage: boolean;
  refusal: string | null;
}) {
  return (
    <Drawer
      opened={execution !== null}
      onClose={onClose}
      position="right"
      size="min(560px, 100vw)"
      title={
        <Title order={2} size="h4" component="span">
          {EVIDENCE_HEADING}
        </Title>
      }
    >
      {execution && (
        <Stack gap="md">
          <Text size="sm">
            <strong>{execution.title}</strong> · {formatDate(execution.date)}
          </Text>
          <EvidenceList
            executionId={execution.id}
            executionTitle={execution.title}
            files={execution.evidence ?? []}
            canManage={canManage}
            refusal={refusal}
            heading={false}
          />
        </Stack>
      )}
    </Drawer>
  );
}
