import { useMutation } from '@apollo/client/react';
import { Button, Code, List, Stack, Text } from '@mantine/core';
import { OFFICE_DEFINITIONS } from '@gj/domain';
import { FileImportPanel } from '../components/FileImportPanel';
import { formatInteger } from '../lib/format';
import { ImportAuthoritiesMutation, RegisterQuery } from './operations';

/** Loads many authorities from a file: all rows or none. */
export function RegisterImport({ onShowDuplicates, onShowReviews }: { onShowDuplicates: () => void; onShowReviews: () => void }) {
  const [importRegister] = useMutation(ImportAuthoritiesMutation, { refetchQueries: [RegisterQuery] });

  return (
    <FileImportPanel
      fileLabel="Archivo del registro"
      maw={900}
      onImport={async (file) => (await importRegister({ variables: file })).data?.importAuthorities}
      success={(result) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm">
            Se agregaron {formatInteger(result.created)} autoridades y se actualizaron {formatInteger(result.updated)}
            {result.unchanged > 0 ? `; ${formatInteger(result.unchanged)} ya estaban con los mismos datos` : ''}.
          </Text>
          {result.review.length > 0 && (
            <Button size="xs" variant="light" color="orange" onClick={onShowReviews}>
              Revisar {result.review.length === 1 ? '1 cambio no aplicado' : `${formatInteger(result.review.length)} cambios no aplicados`}
            </Button>
          )}
          {result.flagged.length > 0 && (
            <Button size="xs" variant="light" color="orange" onClick={onShowDuplicates}>
              Revisar {result.flagged.length === 1 ? '1 posible duplicado' : `${formatInteger(result.flagged.length)} posibles duplicados`}
            </Button>
          )}
        </Stack>
      )}
    >
      <Text size="sm">
        Archivo CSV (separado por comas o punto y coma; UTF-8 o el CSV que guarda Excel en Windows) o Excel (.xlsx, primera hoja), con una fila de encabezados
        (puede haber filas de título encima):
      </Text>
      <List size="sm" spacing={2}>
        <List.Item>
          <Code>dni</Code> (8 dígitos, opcional): si ya existe en el registro con los mismos nombres, se actualizan los datos de esa persona. Si el DNI tiene
          otros nombres en el registro, o el cambio movería cifras de meses aprobados, no se aplica: queda en «Cambios por revisar». Si Excel quitó los ceros
          iniciales (p. ej. 1234567), se restituyen y se avisa.
        </List.Item>
        <List.Item>
          <Code>nombres</Code> y <Code>apellidos</Code>.
        </List.Item>
        <List.Item>
          <Code>cargo</Code>: {OFFICE_DEFINITIONS.map((d) => d.label).join(', ')}.
        </List.Item>
        <List.Item>
          <Code>ubigeo</Code> del gobierno: 2 dígitos para un gobierno regional, 4 para una municipalidad provincial, 6 para una distrital; debe corresponder al
          cargo. Si Excel quitó el cero inicial (departamentos 01 a 09), se restituye.
        </List.Item>
        <List.Item>
          Opcionales: <Code>inicio del periodo</Code> y <Code>fin del periodo</Code> (2023 y 2026 si se omiten).
        </List.Item>
      </List>
      <Text size="xs" c="dimmed">
        Se importa todo o nada: si alguna fila tiene un error no se guarda ninguna. Un registro nuevo con el mismo nombre y gobierno que otro se crea marcado
        como posible duplicado, para revisarlo.
      </Text>
    </FileImportPanel>
  );
}
