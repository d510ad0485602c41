import { useMutation } from '@apollo/client/react';
import { Code, List, Stack, Text } from '@mantine/core';
import { OUTCOME_LABELS, type Outcome } from '@gj/domain';
import { ActivityDetailQuery } from '../activities/operations';
import { FileImportPanel } from '../components/FileImportPanel';
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

/** Loads an execution's participants from a file: all rows or none. */
export function ParticipantImport({ executionId, outcomes }: { executionId: number; outcomes: readonly Outcome[] }) {
  const [importParticipants] = useMutation(ImportParticipantsMutation, {
    refetchQueries: [ExecutionParticipantsQuery, ActivityDetailQuery],
    awaitRefetchQueries: true,
  });

  return (
    <FileImportPanel
      fileLabel="Archivo de participantes"
      onImport={async (file) => (await importParticipants({ variables: { executionId, ...file } })).data?.importParticipants}
      success={(result) =>
        `Se importaron ${formatInteger(result.inserted)} participantes nuevas y se actualizó el resultado de ${formatInteger(result.updated)}.`
      }
    >
      <ParticipantImportHelp outcomes={outcomes} />
    </FileImportPanel>
  );
}
