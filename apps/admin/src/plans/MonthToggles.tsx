import { Box, Button, Input, SimpleGrid } from '@mantine/core';
import { MONTHS } from '@gj/domain';
import { monthList, monthName } from '../lib/format';

/** "Ene" … "Dic". */
export const monthShort = (month: number) => monthName(month, true).slice(0, 3);

/**
 * The 12 months as toggles (Ene … Dic): pressed is programmed. Six a row on a phone, twelve on a
 * wider screen; each button is named by its month and says whether it is pressed (programmed).
 */
export function MonthToggles({
  label,
  description,
  value,
  onChange,
  error,
  disabled = false,
}: {
  label: string;
  description?: string;
  value: readonly number[];
  onChange: (months: number[]) => void;
  error?: string | null;
  disabled?: boolean;
}) {
  const toggle = (month: number) => onChange(value.includes(month) ? value.filter((m) => m !== month) : [...value, month].sort((a, b) => a - b));
  return (
    <Input.Wrapper label={label} description={description} error={error}>
      <SimpleGrid cols={{ base: 6, sm: 12 }} spacing={4} mt={4} role="group" aria-label={label} data-testid="month-toggles">
        {MONTHS.map((m) => {
          const on = value.includes(m);
          return (
            <Button
              key={m}
              size="compact-sm"
              px={0}
              variant={on ? 'filled' : 'default'}
              aria-pressed={on}
              aria-label={monthName(m, true)}
              onClick={() => toggle(m)}
              disabled={disabled}
            >
              {monthShort(m)}
            </Button>
          );
        })}
      </SimpleGrid>
    </Input.Wrapper>
  );
}

/** A compact, read-only strip of the programmed months, for tables: E F M A M J J A S O N D. */
export function PlannedMonths({ months }: { months: readonly number[] }) {
  return (
    <Box
      component="span"
      role="img"
      aria-label={months.length > 0 ? `Meses programados: ${monthList(months)}` : 'Sin meses programados'}
      title={months.length > 0 ? monthList(months) : 'Sin meses programados'}
      style={{ display: 'inline-flex', gap: 2 }}
      data-testid="planned-months"
      data-months={months.join(',')}
    >
      {MONTHS.map((m) => {
        const on = months.includes(m);
        return (
          <Box
            component="span"
            key={m}
            aria-hidden
            style={{
              width: 14,
              height: 18,
              fontSize: 10,
              lineHeight: '18px',
              textAlign: 'center',
              borderRadius: 3,
              fontWeight: 700,
              background: on ? 'var(--mantine-color-blue-6)' : 'var(--mantine-color-gray-1)',
              color: on ? 'white' : 'var(--mantine-color-gray-6)',
            }}
          >
            {monthName(m, true).charAt(0)}
          </Box>
        );
      })}
    </Box>
  );
}
