import { Stack, Tabs } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../components/PageScaffold';
import { usePageTitle } from '../components/usePageTitle';
import { AuthorityList } from './AuthorityList';
import { DuplicatesReview } from './DuplicatesReview';
import { RegisterImport } from './RegisterImport';
import { RegisterReviews } from './RegisterReviews';
import { TermsPanel } from './TermsPanel';

const VIEWS = ['registro', 'duplicados', 'cambios', 'importar', 'periodos'] as const;
type View = (typeof VIEWS)[number];

/** Coordination only (route gated with `can(role, 'authority:manage')`; the API enforces it too). */
export default function RegisterPage() {
  usePageTitle('Registro de mujeres autoridades');
  const [params, setParams] = useSearchParams();
  const requested = params.get('vista');
  const view: View = (VIEWS as readonly string[]).includes(requested ?? '') ? (requested as View) : 'registro';
  const show = (v: string | null) => setParams(v && v !== 'registro' ? { vista: v } : {}, { replace: true });

  return (
    <Stack gap="md">
      <PageHeader
        title="Registro de mujeres autoridades"
        description="Gobernadoras, vicegobernadoras, consejeras, alcaldesas y regidoras que pueden participar en las actividades."
      />
      <Tabs value={view} onChange={show} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="registro">Registro</Tabs.Tab>
          <Tabs.Tab value="duplicados">Posibles duplicados</Tabs.Tab>
          <Tabs.Tab value="cambios">Cambios por revisar</Tabs.Tab>
          <Tabs.Tab value="importar">Importar archivo</Tabs.Tab>
          <Tabs.Tab value="periodos">Periodos y censo</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="registro" pt="md">
          <AuthorityList />
        </Tabs.Panel>
        <Tabs.Panel value="duplicados" pt="md">
          <DuplicatesReview />
        </Tabs.Panel>
        <Tabs.Panel value="cambios" pt="md">
          <RegisterReviews />
        </Tabs.Panel>
        <Tabs.Panel value="importar" pt="md">
          <RegisterImport onShowDuplicates={() => show('duplicados')} onShowReviews={() => show('cambios')} />
        </Tabs.Panel>
        <Tabs.Panel value="periodos" pt="md">
          <TermsPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
