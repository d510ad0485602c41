import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { OUTCOME_LABELS, type Outcome } from '@gj/domain';
import { ActivityDetailQuery } from '../activities/operations';
import { ImportErrorTable, ImportWarnings, type RowError } from '../components/ImportErrorTable';
import { userMessage } from '../lib/errors';
import { ACCEPTED_SHEETS, fileToBase64 } from '../lib/files';
import { formatInteger } from '../lib/format';
import { ExecutionParticipantsQuery, ImportParticipantsMutation } from './operations';

/** What the file must look like; the API reads the same columns (header case and accents ignored). */
export function ParticipantImportHelp({ outcomes }: { outcomes: readonly Outcome[] }) {
  return (
    <Stack gap={4} data-testid="participant-import-help">
      <Text size="sm">
        Archivo CSV (separado por comas o punto y coma, UTF-8) o Excel (.xlsx, primera hoja). La primera fila lleva los nombres de las columnas:
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>
          <Code>dni</Code>: 8 dígitos. Si se indica, basta para encontrar a la autoridad en el registro (si la fila trae también nombres, deben ser los de esa
          persona). Si Excel quitó los ceros iniciales, se restituyen y se avisa.
        </List.Item>
        <List.Item>
          <Code>nombres</Code>, <Code>apellidos</Code> y <Code>ubigeo</Code> (del gobierno, p. ej. 150101): para quien no tiene DNI en el registro.
        </List.Item>
        <List.Item>
          <Code>resultado</Code>: {outcomes.map((o) => OUTCOME_LABELS[o]).join(', ')}.
        </List.Item>
      </List>
      <Text size="xs" c="dimmed">
        Se importa todo o nada: si alguna fila tiene un error, no se guarda ninguna y se listan las filas por corregir. Quien ya participa queda con el
        resultado del archivo. Se aceptan el CSV que guarda Excel en Windows y filas de título encima de los encabezados.
      </Text>
    </Stack>
  );
}

export function ParticipantImport({ executionId, outcomes }: { executionId: number; outcomes: readonly Outcome[] }) {
  const [file, setFile] = useState<File | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<RowError[]>([]);
  const [importParticipants, { loading }] = useMutation(ImportParticipantsMutation, {
    refetchQueries: [ExecutionParticipantsQuery, ActivityDetailQuery],
    awaitRefetchQueries: true,
  });

  async function run() {
    if (!file) return;
    setRowErrors([]);
    setFailure(null);
    setDone(null);
    setWarnings([]);
    try {
      const { data } = await importParticipants({ variables: { executionId, fileName: file.name, contentBase64: await fileToBase64(file) } });
      const result = data?.importParticipants;
      if (!result) throw new Error('empty answer');
      if (result.errors.length > 0) {
        setRowErrors(result.errors);
        return;
      }
      setDone(`Se importaron ${formatInteger(result.inserted)} participantes nuevas y se actualizó el resultado de ${formatInteger(result.updated)}.`);
      setWarnings(result.warnings);
      setFile(null);
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  return (
    <Stack gap="sm">
      <ParticipantImportHelp outcomes={outcomes} />
      <Group align="flex-end" gap="sm">
        <FileInput
          label="Archivo de participantes"
          placeholder="Elegir archivo .csv o .xlsx"
          accept={ACCEPTED_SHEETS}
          value={file}
          onChange={setFile}
          clearable
          w={320}
        />
        <Button onClick={() => void run()} disabled={!file} loading={loading}>
          Importar
        </Button>
      </Group>
      {failure && (
        <Alert color="red" title="No se pudo importar" role="alert">
          {failure}
        </Alert>
      )}
      {done && (
        <Alert color="green" title="Importación completa" role="status">
          {done}
        </Alert>
      )}
      <ImportWarnings warnings={warnings} />
      <ImportErrorTable errors={rowErrors} />
    </Stack>
  );
}
