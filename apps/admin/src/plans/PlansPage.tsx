/** /planes — the plan-years, for the coordination (lazy route, `plan:manage`). */
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Code, Group, Modal, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { FileImportPanel } from '../components/FileImportPanel';
import { ListTable } from '../components/ListTable';
import { PageHeader, queryPending } from '../components/PageScaffold';
import { ProblemsAlert, refusalOf, type Refusal } from '../components/ProblemsAlert';
import { EmptyState } from '../components/States';
import { usePageTitle } from '../components/usePageTitle';
import type { PlanFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../lib/format';
import { useDownload } from '../lib/useDownload';
import { CreatePlanMutation, ImportPlanMutation, PlansQuery } from './operations';
import { ClosePlanDialog, PLAN_QUERIES, PlanStatusBadge, PublishPlanDialog, planSheetName, planSheetUrl } from './PlanActions';

const XLSX_ONLY = { types: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', placeholder: 'Elegir archivo .xlsx' };

export default function PlansPage() {
  usePageTitle('Planes de trabajo');
  const query = useQuery(PlansQuery);
  const plans = query.data?.plans ?? [];
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState<{ year: number | null } | null>(null);
  const [publishing, setPublishing] = useState<number | null>(null);
  const [closing, setClosing] = useState<number | null>(null);
  const sheet = useDownload<number>();

  return (
    <Stack gap="md">
      <PageHeader
        title="Planes de trabajo"
        description="Un plan por año: se crea como borrador (vacío, copiado de otro año o importado de su hoja de cálculo), se publica cuando está completo y se cierra al terminar."
        action={
          <Group gap="xs">
            <Button variant="default" onClick={() => setImporting({ year: null })}>
              Importar hoja
            </Button>
            <Button onClick={() => setCreating(true)}>Nuevo plan</Button>
          </Group>
        }
      />
      {sheet.failure && (
        <Alert color="red" role="alert" title="No se pudo descargar el plan" withCloseButton onClose={sheet.clearFailure}>
          {sheet.failure}
        </Alert>
      )}

      {queryPending(query, 'Cargando los planes…') ??
        (plans.length === 0 ? (
          <EmptyState title="Aún no hay planes">Cree el primero con «Nuevo plan» o impórtelo de su hoja de cálculo.</EmptyState>
        ) : (
          <ListTable label="Planes de trabajo" testId="plans-table" minWidth={860} columns={['Año', 'Plan', 'Estado', 'Publicado', 'Cerrado', 'Acciones']}>
            {plans.map((p) => (
              <Table.Tr key={p.year} data-year={p.year}>
                <Table.Td fw={700}>{p.year}</Table.Td>
                <Table.Td maw={360}>
                  <Anchor component={Link} to={`/planes/${p.year}`} size="sm" lineClamp={2}>
                    {p.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {p.objectives.length === 1 ? '1 objetivo específico' : `${p.objectives.length} objetivos específicos`}
                  </Text>
                </Table.Td>
                <Table.Td miw={110}>
                  <PlanStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.publishedAt ? formatDateTime(p.publishedAt) : '—'}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{p.closedAt ? formatDateTime(p.closedAt) : '—'}</Table.Td>
                <Table.Td>
                  <PlanRowActions
                    plan={p}
                    downloading={sheet.busy === p.year}
                    onDownload={() => void sheet.download(p.year, planSheetUrl(p.year), planSheetName(p.year))}
                    onImport={() => setImporting({ year: p.year })}
                    onPublish={() => setPublishing(p.year)}
                    onClose={() => setClosing(p.year)}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        ))}

      {creating && <NewPlanModal plans={plans} onClose={() => setCreating(false)} />}
      {importing && <ImportPlanModal year={importing.year} plans={plans} onClose={() => setImporting(null)} />}
      {publishing !== null && <PublishPlanDialog year={publishing} onClose={() => setPublishing(null)} />}
      {closing !== null && <ClosePlanDialog year={closing} onClose={() => setClosing(null)} />}
    </Stack>
  );
}

/** The actions a plan's status allows: a draft is edited, imported over and published; a plan in force is closed. */
function PlanRowActions({
  plan,
  downloading,
  onDownload,
  onImport,
  onPublish,
  onClose,
}: {
  plan: PlanFieldsFragment;
  downloading: boolean;
  onDownload: () => void;
  onImport: () => void;
  onPublish: () => void;
  onClose: () => void;
}) {
  const draft = plan.status === 'DRAFT';
  return (
    <Group gap={4} wrap="wrap">
      <Button size="xs" variant="light" component={Link} to={`/planes/${plan.year}`} aria-label={`${draft ? 'Editar' : 'Abrir'} el plan ${plan.year}`}>
        {draft ? 'Editar' : 'Abrir'}
      </Button>
      <Button size="xs" variant="subtle" onClick={onDownload} loading={downloading} aria-label={`Descargar Excel del plan ${plan.year}`}>
        Descargar Excel
      </Button>
      {draft && (
        <Button size="xs" variant="subtle" onClick={onImport} aria-label={`Importar una hoja en el plan ${plan.year}`}>
          Importar
        </Button>
      )}
      {draft && (
        <Button size="xs" variant="subtle" color="green" onClick={onPublish} aria-label={`Publicar el plan ${plan.year}`}>
          Publicar
        </Button>
      )}
      {plan.status === 'IN_FORCE' && (
        <Button size="xs" variant="subtle" color="red" onClick={onClose} aria-label={`Cerrar el plan ${plan.year}`}>
          Cerrar
        </Button>
      )}
    </Group>
  );
}

/** The year a new plan is for: the one after the latest. */
export function nextPlanYear(years: readonly number[], today = new Date()): number {
  return years.length > 0 ? Math.max(...years) + 1 : today.getFullYear();
}

/** The «Copiar de» choice for a plan that starts empty (an option, so the keyboard reaches it). */
const EMPTY_PLAN = 'none';

/** The plan a new one copies unless told otherwise: the latest published (a draft may be unfinished). */
export function defaultCopySource(plans: readonly { year: number; status: string }[]): string | null {
  const published = plans.filter((p) => p.status !== 'DRAFT').map((p) => p.year);
  const candidates = published.length > 0 ? published : plans.map((p) => p.year);
  return candidates.length > 0 ? String(Math.max(...candidates)) : null;
}

/** «Nuevo plan»: a year and, optionally, the year whose plan it copies (as it stands, reprogrammings included). */
export function NewPlanModal({ plans, onClose }: { plans: readonly PlanFieldsFragment[]; onClose: () => void }) {
  const years = plans.map((p) => p.year);
  const [year, setYear] = useState<number | ''>(() => nextPlanYear(years));
  const [copyFrom, setCopyFrom] = useState<string>(() => defaultCopySource(plans) ?? EMPTY_PLAN);
  const [error, setError] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [create, { loading }] = useMutation(CreatePlanMutation, { refetchQueries: PLAN_QUERIES, awaitRefetchQueries: true });
  const navigate = useNavigate();
  async function submit(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    if (year === '' || year < 2000 || year > 2100) return setError('Escriba un año entre 2000 y 2100.');
    if (years.includes(year)) return setError(`Ya existe el plan ${year}: ábralo desde la lista.`);
    try {
      const source = copyFrom === EMPTY_PLAN ? null : Number(copyFrom);
      await create({ variables: { year, copyFrom: source } });
      notifications.show({
        color: 'green',
        title: 'Plan creado como borrador',
        message: source ? `El plan ${year} copia el de ${copyFrom}: revíselo y publíquelo.` : `Plan ${year} vacío: agregue sus objetivos y actividades.`,
      });
      onClose();
      void navigate(`/planes/${year}`);
    } catch (e) {
      setRefusal(refusalOf(e));
    }
  }
  return (
    <Modal opened onClose={onClose} title={<Text fw={700}>Nuevo plan de trabajo</Text>}>
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Nuevo plan de trabajo">
        <Stack gap="md">
          <NumberInput
            label="Año"
            required
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            value={year}
            onChange={(v) => {
              setYear(typeof v === 'number' ? v : '');
              setError(null);
            }}
            error={error}
            data-autofocus
          />
          <Select
            label="Copiar de"
            description="Toma sus objetivos, actividades y notas tal como están hoy (con sus reprogramaciones)."
            data={[{ value: EMPTY_PLAN, label: 'No copiar: plan vacío' }, ...[...years].reverse().map((y) => ({ value: String(y), label: `Plan ${y}` }))]}
            value={copyFrom}
            onChange={(v) => setCopyFrom(v ?? EMPTY_PLAN)}
            allowDeselect={false}
          />
          <Text size="xs" c="dimmed">
            El plan nuevo es un borrador: solo la coordinación lo ve hasta que se publique.
          </Text>
          {refusal && <ProblemsAlert title="No se pudo crear el plan" message={refusal.message} problems={refusal.problems} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              Cancelar
            </Button>
            <Button type="submit" loading={loading}>
              Crear plan
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** A plan's spreadsheet imported as a year's draft (created, or replacing a draft): all or nothing, each failing row listed. */
export function ImportPlanModal({ year: fixedYear, plans, onClose }: { year: number | null; plans: readonly PlanFieldsFragment[]; onClose: () => void }) {
  const [year, setYear] = useState<number | ''>(fixedYear ?? nextPlanYear(plans.map((p) => p.year)));
  const [importPlan] = useMutation(ImportPlanMutation, { refetchQueries: PLAN_QUERIES, awaitRefetchQueries: true });
  const existing = plans.find((p) => p.year === year);
  const refused = existing && existing.status !== 'DRAFT';
  return (
    <Modal opened onClose={onClose} size="lg" title={<Text fw={700}>Importar el plan desde su hoja de cálculo</Text>}>
      <Stack gap="md">
        {fixedYear === null && (
          <NumberInput
            label="Año del plan"
            description="El año lo elige usted, no la hoja"
            required
            min={2000}
            max={2100}
            allowDecimal={false}
            thousandSeparator=""
            value={year}
            onChange={(v) => setYear(typeof v === 'number' ? v : '')}
            w={200}
          />
        )}
        {refused ? (
          <Alert color="orange" role="alert" title={`El plan ${year} ya está publicado`}>
            Un plan vigente o cerrado no se reemplaza: sus actividades se reprograman una por una.
          </Alert>
        ) : year === '' ? (
          <Text size="sm" c="dimmed">
            Escriba el año del plan que importa.
          </Text>
        ) : (
          <FileImportPanel
            fileLabel="Hoja de cálculo del plan"
            accept={XLSX_ONLY}
            onImport={async (file) => {
              const { data } = await importPlan({ variables: { year, ...file } });
              return data ? { errors: data.importPlan.errors, warnings: [], plan: data.importPlan.plan } : null;
            }}
            success={(answer) => (
              <>
                {answer.plan?.title ?? `Plan ${year}`} quedó como borrador.{' '}
                <Anchor component={Link} to={`/planes/${year}`} onClick={onClose}>
                  Abrir el editor
                </Anchor>
              </>
            )}
          >
            <Text size="sm">
              {existing ? `Reemplaza el borrador ${year} entero con lo que traiga la hoja.` : `Crea el borrador ${year}.`} Lo más seguro es partir del Excel
              descargado de un plan: trae los encabezados, las listas desplegables y una hoja «Códigos» con cada valor permitido. La hoja{' '}
              <Code>Actividades</Code> es obligatoria; si una fila tiene un problema no se guarda nada y se listan todas las filas con problemas.
            </Text>
          </FileImportPanel>
        )}
      </Stack>
    </Modal>
  );
}
