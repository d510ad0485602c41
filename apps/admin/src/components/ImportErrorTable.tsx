import { Alert, Table, Text } from '@mantine/core';
import { formatInteger } from '../lib/format';

export interface RowError {
  line: number;
  message: string;
}

/**
 * The rows of an imported file that were refused. Imports are all or nothing, so the person fixes
 * these rows in the file and imports it again.
 */
export function ImportErrorTable({ errors, maxRows = 200 }: { errors: readonly RowError[]; maxRows?: number }) {
  if (errors.length === 0) return null;
  const shown = errors.slice(0, maxRows);
  return (
    <Alert color="red" title="No se importó ninguna fila" role="alert">
      <Text size="sm" mb="xs">
        {errors.length === 1
          ? 'Una fila tiene errores. Corríjala en el archivo y vuelva a importarlo.'
          : `${formatInteger(errors.length)} filas tienen errores. Corríjalas en el archivo y vuelva a importarlo.`}
      </Text>
      <Table.ScrollContainer minWidth={400} maxHeight={320}>
        <Table striped withTableBorder aria-label="Filas con errores" data-testid="import-errors">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Fila</Table.Th>
              <Table.Th>Problema</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((e, i) => (
              <Table.Tr key={`${e.line}-${i}`}>
                <Table.Td>{lineLabel(e.line)}</Table.Td>
                <Table.Td>{withoutLinePrefix(e.message, e.line)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {errors.length > shown.length && (
        <Text size="xs" mt="xs">
          Se muestran las primeras {formatInteger(shown.length)} de {formatInteger(errors.length)} filas con errores.
        </Text>
      )}
    </Alert>
  );
}

/** Rows that were imported with an assumption the person should check (e.g. a DNI's leading zeros restored). */
export function ImportWarnings({ warnings }: { warnings: readonly RowError[] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={warnings.length === 1 ? 'Verifique una fila' : `Verifique ${formatInteger(warnings.length)} filas`} role="status">
      <Table.ScrollContainer minWidth={400} maxHeight={240}>
        <Table striped withTableBorder aria-label="Filas para verificar" data-testid="import-warnings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>Fila</Table.Th>
              <Table.Th>Qué verificar</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {warnings.slice(0, 200).map((w, i) => (
              <Table.Tr key={`${w.line}-${i}`}>
                <Table.Td>{formatInteger(w.line)}</Table.Td>
                <Table.Td>{withoutLinePrefix(w.message, w.line)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Alert>
  );
}

/** A row's number; 0 is a problem of the whole file (e.g. a missing sheet), not of a row. */
export function lineLabel(line: number): string {
  return line > 0 ? formatInteger(line) : 'General';
}

/** The API starts each message with "Fila N: "; the table already has a column for it. */
export function withoutLinePrefix(message: string, line: number): string {
  const prefix = `Fila ${line}: `;
  if (!message.startsWith(prefix)) return message;
  const rest = message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}
