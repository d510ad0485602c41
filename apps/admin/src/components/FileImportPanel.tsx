import { Alert, Button, FileInput, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { userMessage } from '../lib/errors';
import { ACCEPTED_SHEETS, fileToBase64 } from '../lib/files';
import { ImportErrorTable, ImportWarnings, type RowError } from './ImportErrorTable';
import { TemplateDownload, type ImportTemplateName } from './TemplateDownload';

/** What every import mutation answers: the refused rows (then nothing was saved), and the rows to check. */
export interface ImportAnswer {
  errors: readonly RowError[];
  warnings: readonly RowError[];
}

/**
 * The register and an execution's participants are imported from a spreadsheet the same way, all
 * rows or none: choose the file, send it, then either the refused rows (fix them in the file and
 * import it again; the file stays chosen) or the outcome and the rows to check (the chooser is
 * cleared). Only the help, the file's label and what a success says differ, so they are the props.
 */
export function FileImportPanel<A extends ImportAnswer>({
  fileLabel,
  onImport,
  success,
  maw,
  accept = { types: ACCEPTED_SHEETS, placeholder: 'Elegir archivo .csv o .xlsx' },
  children,
  template,
}: {
  /** The file chooser's label, e.g. «Archivo del registro». */
  fileLabel: string;
  /** Sends the file; resolves to the API's answer (nothing when it answered nothing) or throws its refusal. */
  onImport: (file: { fileName: string; contentBase64: string }) => Promise<A | null | undefined>;
  /** What «Importación completa» says about a file that went in. */
  success: (answer: A) => ReactNode;
  maw?: number;
  /** The files the chooser offers (CSV or XLSX unless said otherwise, e.g. only XLSX for a plan). */
  accept?: { types: string; placeholder: string };
  /** What the file must look like, above the chooser. */
  children: ReactNode;
  /** The API's template for this file, offered above the chooser. */
  template?: ImportTemplateName;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<A | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run() {
    if (!file) return;
    setAnswer(null);
    setFailure(null);
    setBusy(true);
    try {
      const result = await onImport({ fileName: file.name, contentBase64: await fileToBase64(file) });
      if (!result) throw new Error('empty answer');
      setAnswer(result);
      if (result.errors.length === 0) setFile(null);
    } catch (e) {
      setFailure(userMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const imported = answer && answer.errors.length === 0 ? answer : null;
  return (
    <Stack gap="sm" maw={maw}>
      {children}
      {template && <TemplateDownload name={template} />}
      <Group align="flex-end" gap="sm">
        <FileInput label={fileLabel} placeholder={accept.placeholder} accept={accept.types} value={file} onChange={setFile} clearable w={320} />
        <Button onClick={() => void run()} disabled={!file} loading={busy}>
          Importar
        </Button>
      </Group>
      {failure && (
        <Alert color="red" title="No se pudo importar" role="alert">
          {failure}
        </Alert>
      )}
      {imported && (
        <Alert color="green" title="Importación completa" role="status">
          {success(imported)}
        </Alert>
      )}
      {imported && <ImportWarnings warnings={imported.warnings} />}
      <ImportErrorTable errors={answer?.errors ?? []} />
    </Stack>
  );
}
