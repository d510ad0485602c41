import { useMutation } from '@apollo/client/react';
import { Code, List, Stack, Text } from '@mantine/core';
import { outcomeWordList, type Outcome } from '@gj/domain';
import { ActivityDetailQuery } from '../activities/operations';
import { FileImportPanel } from '../components/FileImportPanel';
import { formatInteger } from '../lib/format';
import { ExecutionParticipantsQuery, ImportParticipantsMutation } from './operations';

/** What the file must look like; the API reads the same columns (header case and accents ignored). */
export function ParticipantImportHelp({ outcomes }: { outcomes: readonly Outcome[] }) {
  return (
    <Stack gap={4} data-testid="participant-import-help">
      <Text size="sm">
        Archivo CSV (separado por comas o punto y coma; UTF-8 o el CSV que guarda Excel en Windows) o Excel (.xlsx, primera hoja), con una fila de encabezados
        (puede haber filas de título encima). La plantilla («Descargar plantilla») ya trae estas columnas:
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>
          <Code>dni</Code>: 8 dígitos. Si se indica, basta para encontrar a la autoridad en el registro (si la fila trae también nombres, deben ser los de esa
          persona). Si Excel quitó los ceros iniciales, se restituyen y se avisa.
        </List.Item>
        <List.Item>
          <Code>nombres</Code>, <Code>apellidos</Code> y <Code>ubigeo</Code> (del gobierno, p. ej. 150103): para quien no tiene DNI en el registro. Guarde el
          ubigeo como Texto; si Excel quitó el cero inicial (departamentos 01 a 09), se restituye y se avisa.
        </List.Item>
        <List.Item>
          <Code>resultado</Code>, con cualquiera de estas palabras (mayúsculas y tildes dan igual): {outcomeWordList(outcomes)}.
        </List.Item>
      </List>
      <Text size="xs" c="dimmed">
        Se importa todo o nada: si alguna fila tiene un error, no se guarda ninguna y se listan las filas por corregir. Quien ya participa queda con el
        resultado del archivo. Una autoridad que no está en el registro la registra la coordinación (MIMP).
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
      template="participantes"
      onImport={async (file) => (await importParticipants({ variables: { executionId, ...file } })).data?.importParticipants}
      success={(result) =>
        `Se importaron ${formatInteger(result.inserted)} participantes nuevas y se actualizó el resultado de ${formatInteger(result.updated)}.`
      }
    >
      <ParticipantImportHelp outcomes={outcomes} />
    </FileImportPanel>
  );
}
