import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Code, List, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { OFFICE_DEFINITIONS, termLabel, termOf } from '@gj/domain';
import { todayInLima } from '../activities/cutoff';
import { FileImportPanel } from '../components/FileImportPanel';
import { formatInteger } from '../lib/format';
import { ImportAuthoritiesMutation, RegisterQuery, TermsQuery } from './operations';
import { termOptions } from './terms';

/** Loads many authorities from a file: all rows or none. */
export function RegisterImport({ onShowDuplicates, onShowReviews }: { onShowDuplicates: () => void; onShowReviews: () => void }) {
  const [importRegister] = useMutation(ImportAuthoritiesMutation, { refetchQueries: [RegisterQuery, TermsQuery] });
  const terms = useQuery(TermsQuery, { fetchPolicy: 'cache-first' });
  const [termStart, setTermStart] = useState(() => String(termOf(Number(todayInLima().slice(0, 4))).start));
  const term = termOf(Number(termStart));

  return (
    <FileImportPanel
      fileLabel="Archivo del registro"
      template="registro"
      maw={900}
      onImport={async (file) => (await importRegister({ variables: { ...file, termStart: term.start } })).data?.importAuthorities}
      success={(result) => (
        <Stack gap={4} align="flex-start">
          <Text size="sm">
            Se agregaron {formatInteger(result.created)} autoridades y se actualizaron {formatInteger(result.updated)}
            {result.unchanged > 0 ? `; ${formatInteger(result.unchanged)} ya estaban con los mismos datos` : ''} (periodo {termLabel(term)}).
          </Text>
          {result.continuing > 0 && (
            <Text size="sm">
              {result.continuing === 1
                ? '1 autoridad ya figuraba en un periodo anterior (mismo DNI): se le creó el registro de este periodo y se conserva el anterior.'
                : `${formatInteger(result.continuing)} autoridades ya figuraban en un periodo anterior (mismo DNI): se les creó el registro de este periodo y se conservan los anteriores.`}
            </Text>
          )}
          {result.skipped > 0 && (
            <Text size="sm">
              {result.skipped === 1 ? 'Se omitió 1 fila de un hombre' : `Se omitieron ${formatInteger(result.skipped)} filas de hombres`} (columna «sexo»): el
              registro es de mujeres autoridades.
            </Text>
          )}
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
      <Select
        label="Periodo de gobierno"
        description="El registro de cada periodo se importa aparte; los de otros periodos no se tocan"
        data={termOptions(terms.data?.terms ?? [])}
        value={termStart}
        onChange={(v) => v && setTermStart(v)}
        allowDeselect={false}
        w={320}
      />
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
          cargo. Guárdelo como Texto; si Excel quitó el cero inicial (departamentos 01 a 09), se restituye y se avisa.
        </List.Item>
        <List.Item>
          Opcionales: <Code>sexo</Code> (F o M; las filas M de una lista electoral se omiten), <Code>inicio del periodo</Code> y <Code>fin del periodo</Code>{' '}
          (los del periodo elegido; una fila de otro periodo es un error).
        </List.Item>
      </List>
      <Text size="xs" c="dimmed">
        Se importa todo o nada: si alguna fila tiene un error no se guarda ninguna. Un registro nuevo con el mismo nombre y gobierno que otro se crea marcado
        como posible duplicado, para revisarlo.
      </Text>
    </FileImportPanel>
  );
}
