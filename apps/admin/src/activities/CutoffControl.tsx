import { Button, Group, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { DATE_DISPLAY_FORMAT, parseDateInput } from '../lib/dates';
import { formatDate } from '../lib/format';
import { DEMO_DATA_END, todayInLima, useCutoff } from './cutoff';

/** "Fecha de corte": the date progress and month statuses are computed at. */
export function CutoffControl() {
  const { asOf, setAsOf } = useCutoff();
  const today = todayInLima();
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <DateInput
        label="Fecha de corte"
        description="Avance y estado de los meses a esta fecha"
        value={asOf}
        onChange={(value) => value && setAsOf(value)}
        valueFormat={DATE_DISPLAY_FORMAT}
        dateParser={parseDateInput}
        placeholder="dd/mm/aaaa"
        w={190}
        data-testid="cutoff-date"
      />
      <Button variant="default" onClick={() => setAsOf(today)} disabled={asOf === today}>
        Hoy
      </Button>
      <Button
        variant="default"
        onClick={() => setAsOf(DEMO_DATA_END)}
        disabled={asOf === DEMO_DATA_END}
        title="Los datos de demostración llegan hasta esta fecha"
      >
        Al {formatDate(DEMO_DATA_END)}
      </Button>
      {asOf !== DEMO_DATA_END && asOf > DEMO_DATA_END && (
        <Text size="xs" c="dimmed" maw={260}>
          Los datos de demostración llegan al {formatDate(DEMO_DATA_END)}.
        </Text>
      )}
    </Group>
  );
}
