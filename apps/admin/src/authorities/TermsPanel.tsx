import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { OFFICE_DEFINITIONS, censusProblems, termLabel, type Office, type Term } from '@gj/domain';
import { ListTable } from '../components/ListTable';
import { queryPending } from '../components/PageScaffold';
import { ProblemsAlert, refusalOf, type Refusal } from '../components/ProblemsAlert';
import type { TermsQuery as TermsData } from '../gql/graphql';
import { formatInteger } from '../lib/format';
import { SetCensusMutation, TermsQuery } from './operations';
import { termChoices, termOptionLabel } from './terms';

type KnownTerm = TermsData['terms'][number];

/**
 * «Periodos y censo»: each four-year term with its register and its census (women per office, with
 * the source). A plan-year's percentages use its term's census, so a new term's census is entered
 * before its first plan is published.
 */
export function TermsPanel() {
  const query = useQuery(TermsQuery);
  const [editing, setEditing] = useState<{ term: Term; known: KnownTerm | null } | null>(null);
  const known = query.data?.terms ?? [];
  const terms = termChoices(known);

  return (
    <Stack gap="sm">
      <Text size="sm" maw={900}>
        Las autoridades regionales y municipales se eligen por cuatro años. Cada periodo tiene su propio registro (se importa en «Importar archivo») y su censo:
        cuántas mujeres ocupan cada cargo según la fuente oficial (p. ej. el oficio del JNE). Las metas en porcentaje de un plan se calculan con el censo del
        periodo al que pertenece su año.
      </Text>
      {queryPending(query, 'Cargando los periodos…') ?? (
        <ListTable label="Periodos de gobierno" testId="terms-table" minWidth={760} columns={['Periodo', 'Registro', 'Planes', 'Censo', 'Acciones']}>
          {terms.map((term) => {
            const row = known.find((t) => t.start === term.start) ?? null;
            return (
              <Table.Tr key={term.start} data-term={term.start}>
                <Table.Td fw={700} style={{ whiteSpace: 'nowrap' }}>
                  {termOptionLabel(term)}
                </Table.Td>
                <Table.Td>{row && row.authorities > 0 ? `${formatInteger(row.authorities)} autoridades` : 'Sin registro'}</Table.Td>
                <Table.Td>{row && row.planYears.length > 0 ? row.planYears.join(', ') : '—'}</Table.Td>
                <Table.Td maw={360}>
                  {row?.census ? (
                    <>
                      <Text size="sm">{formatInteger(row.census.leadingAuthorities)} mujeres lideran gobiernos regionales y locales</Text>
                      <Text size="xs" c="dimmed">
                        Fuente: {row.census.source}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" c={row && row.planYears.length > 0 ? 'orange.8' : 'dimmed'}>
                      Sin censo{row && row.planYears.length > 0 ? ': los porcentajes de sus planes no se pueden calcular' : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing({ term, known: row })}
                    aria-label={`${row?.census ? 'Actualizar censo' : 'Registrar censo'} del periodo ${termLabel(term)}`}
                  >
                    {row?.census ? 'Actualizar censo' : 'Registrar censo'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </ListTable>
      )}
      {editing && <CensusModal term={editing.term} known={editing.known} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface CountValues {
  women: number | '';
  seats: number | '';
}

function CensusModal({ term, known, onClose }: { term: Term; known: KnownTerm | null; onClose: () => void }) {
  const [source, setSource] = useState(known?.census?.source ?? '');
  const [counts, setCounts] = useState<Record<Office, CountValues>>(() => {
    const initial = {} as Record<Office, CountValues>;
    for (const d of OFFICE_DEFINITIONS) {
      const c = known?.census?.counts.find((x) => x.office === d.office);
      initial[d.office] = { women: c?.women ?? '', seats: c?.seats ?? '' };
    }
    return initial;
  });
  const [tried, setTried] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [save, { loading }] = useMutation(SetCensusMutation, { refetchQueries: [TermsQuery], awaitRefetchQueries: true });

  const input = {
    source,
    counts: OFFICE_DEFINITIONS.map((d) => {
      const { women, seats } = counts[d.office];
      // An empty box is a missing count: NaN makes the domain say so for that office.
      return { office: d.office, women: women === '' ? Number.NaN : women, seats: seats === '' ? null : seats };
    }),
  };
  const problems = censusProblems(input);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setRefusal(null);
    if (problems.length > 0) return;
    try {
      await save({ variables: { termStart: term.start, source: input.source.trim(), counts: input.counts } });
      notifications.show({ color: 'green', title: 'Censo guardado', message: `Periodo ${termLabel(term)}` });
      onClose();
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }

  return (
    <Modal opened onClose={onClose} size="lg" title={<Text fw={700}>Censo del periodo {termLabel(term)}</Text>}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={`Censo del periodo ${termLabel(term)}`}>
        <Stack gap="sm">
          {known?.census && (
            <Alert color="yellow" title="Reemplaza el censo registrado">
              Los porcentajes de los planes {known.planYears.join(', ') || 'del periodo'} se recalculan con el censo nuevo. El anterior queda en la auditoría.
            </Alert>
          )}
          <TextInput
            label="Fuente"
            description="Documento oficial con su fecha, p. ej. «Oficio N.° 123-2026-JNE, 15/12/2026»"
            required
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            maxLength={300}
          />
          <Table withRowBorders={false} aria-label="Mujeres por cargo">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Cargo</Table.Th>
                <Table.Th>Mujeres</Table.Th>
                <Table.Th>Cargos en total (opcional)</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {OFFICE_DEFINITIONS.map((d) => (
                <Table.Tr key={d.office}>
                  <Table.Td>
                    <Text size="sm">{d.pluralLabel}</Text>
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${d.pluralLabel}: mujeres`}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      value={counts[d.office].women}
                      onChange={(v) => setCounts({ ...counts, [d.office]: { ...counts[d.office], women: typeof v === 'number' ? v : '' } })}
                      w={120}
                    />
                  </Table.Td>
                  <Table.Td>
                    <NumberInput
                      aria-label={`${d.pluralLabel}: cargos en total`}
                      min={1}
                      allowDecimal={false}
                      allowNegative={false}
                      value={counts[d.office].seats}
                      onChange={(v) => setCounts({ ...counts, [d.office]: { ...counts[d.office], seats: typeof v === 'number' ? v : '' } })}
                      w={120}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {tried && <ProblemsAlert title="Corrija antes de guardar" problems={problems} testId="census-problems" />}
          {refusal && <ProblemsAlert title="No se pudo guardar el censo" message={refusal.message} problems={refusal.problems} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              Cancelar
            </Button>
            <Button type="submit" loading={loading}>
              Guardar censo
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
