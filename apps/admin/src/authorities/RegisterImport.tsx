import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, FileInput, Group, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { OFFICE_DEFINITIONS } from '@gj/domain';
import { ImportErrorTable, ImportWarnings, type RowError } from '../components/ImportErrorTable';
import { userMessage } from '../lib/errors';
import { ACCEPTED_SHEETS, fileToBase64 } from '../lib/files';
import { formatInteger } from '../lib/format';
import { ImportAuthoritiesMutation, RegisterQuery } from './operations';

/** Loads many authorities from a file: all rows or none. */
export function RegisterImport({ onShowDuplicates, onShowReviews }: { onShowDuplicates: () => void; onShowReviews: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [summary, setSummary] = useState<{ created: number; updated: number; unchanged: number; flagged: number; review: number; warnings: RowError[] } | null>(
    null,
  );
  const [importRegister, { loading }] = useMutation(ImportAuthoritiesMutation, { refetchQueries: [RegisterQuery] });

  async function run() {
    if (!file) return;
    setRowErrors([]);
    setFailure(null);
    setSummary(null);
    try {
      const { data } = await importRegister({ variables: { fileName: file.name, contentBase64: await fileToBase64(file) } });
      const result = data?.importAuthorities;
      if (!result) throw new Error('empty answer');
      if (result.errors.length > 0) setRowErrors(result.errors);
      else {
        setSummary({
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
          flagged: result.flagged.length,
          review: result.review.length,
          warnings: result.warnings,
        });
        setFile(null);
      }
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  return (
    <Stack gap="sm" maw={900}>
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
      <Group align="flex-end" gap="sm">
        <FileInput
          label="Archivo del registro"
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
      {summary && (
        <Alert color="green" title="Importación completa" role="status">
          <Stack gap={4} align="flex-start">
            <Text size="sm">
              Se agregaron {formatInteger(summary.created)} autoridades y se actualizaron {formatInteger(summary.updated)}
              {summary.unchanged > 0 ? `; ${formatInteger(summary.unchanged)} ya estaban con los mismos datos` : ''}.
            </Text>
            {summary.review > 0 && (
              <Button size="xs" variant="light" color="orange" onClick={onShowReviews}>
                Revisar {summary.review === 1 ? '1 cambio no aplicado' : `${formatInteger(summary.review)} cambios no aplicados`}
              </Button>
            )}
            {summary.flagged > 0 && (
              <Button size="xs" variant="light" color="orange" onClick={onShowDuplicates}>
                Revisar {summary.flagged === 1 ? '1 posible duplicado' : `${formatInteger(summary.flagged)} posibles duplicados`}
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {summary && summary.warnings.length > 0 && <ImportWarnings warnings={summary.warnings} />}
      <ImportErrorTable errors={rowErrors} />
    </Stack>
  );
}
