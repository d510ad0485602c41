import { Button, Group, Text } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { DATE_DISPLAY_FORMAT, parseDateInput } from '../lib/dates';
import { formatDate } from '../lib/format';
import { DEMO_DATA_END, todayInLima, useCutoff } from './cutoff';
import { dateWithinYear, PlanYearSelect, usePlanPeriod } from './planYear';

/** "Fecha de corte": the date progress and month statuses are computed at, inside the plan's year. */
export function CutoffControl() {
  const { setAsOf } = useCutoff();
  const { year, asOf } = usePlanPeriod();
  const today = todayInLima();
  const todayInYear = today.startsWith(`${year}-`);
  // "Hoy" in the chosen plan-year: today (its current month), or the year's last day once it is over.
  const todayOfPlan = dateWithinYear(today, year);
  const demoYear = DEMO_DATA_END.startsWith(`${year}-`);
  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <DateInput
        label="Fecha de corte"
        description={`Avance y estado de los meses a esta fecha de ${year}`}
        value={asOf}
        onChange={(value) => value && setAsOf(value)}
        valueFormat={DATE_DISPLAY_FORMAT}
        dateParser={parseDateInput}
        placeholder="dd/mm/aaaa"
        minDate={`${year}-01-01`}
        maxDate={`${year}-12-31`}
        w={190}
        data-testid="cutoff-date"
      />
      <Button
        variant="default"
        onClick={() => setAsOf(todayOfPlan)}
        disabled={asOf === todayOfPlan}
        title={todayInYear ? undefined : `Hoy (${formatDate(today)}) no es del plan ${year}: se usa el ${formatDate(todayOfPlan)}`}
      >
        Hoy
      </Button>
      {demoYear && (
        <Button
          variant="default"
          onClick={() => setAsOf(DEMO_DATA_END)}
          disabled={asOf === DEMO_DATA_END}
          title="Los datos de demostración llegan hasta esta fecha"
        >
          Al {formatDate(DEMO_DATA_END)}
        </Button>
      )}
      {demoYear && asOf > DEMO_DATA_END && (
        <Text size="xs" c="dimmed" maw={260}>
          Los datos de demostración llegan al {formatDate(DEMO_DATA_END)}.
        </Text>
      )}
    </Group>
  );
}

/** The plan's year and the cut-off date, side by side: what every page of figures is read at. */
export function PlanPeriodControls() {
  return (
    <Group align="flex-end" gap="lg" wrap="wrap">
      <PlanYearSelect />
      <CutoffControl />
    </Group>
  );
}
