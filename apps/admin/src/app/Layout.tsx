import { Anchor, AppShell, Box, Burger, Button, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { ROLE_LABELS } from '@gj/domain';
import { useAuth, useSession } from '../auth/AuthContext';
import { PlanYearProvider } from '../activities/planYear';
import { LoadingState } from '../components/States';
import { NoticeBell } from '../notices/NoticeBell';
import { visibleNavigation } from './pages';

/** Header with the person and sign-out, a side menu (a drawer on tablets), and the page. */
export function Layout() {
  const { viewer } = useSession();
  const { signOut, can } = useAuth();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const navigate = useNavigate();
  const sections = visibleNavigation(viewer.role, can);

  useEffect(close, [location.pathname, close]);

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'md', collapsed: { mobile: !opened } }} padding="md">
      <Anchor href="#contenido" className="skip-link">
        Saltar al contenido
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={opened ? 'Cerrar el menú' : 'Abrir el menú'} />
            <Box>
              <Text fw={700} lh={1.1}>
                Gobernando Juntas
              </Text>
              <Text size="xs" c="dimmed" lh={1.1} visibleFrom="sm">
                Seguimiento del plan de trabajo
              </Text>
            </Box>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Box ta="right" visibleFrom="sm">
              <Text size="sm" fw={500} lh={1.2} data-testid="viewer-email">
                {viewer.email}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {ROLE_LABELS[viewer.role]}
                {viewer.entity ? ` · ${viewer.entity.shortName}` : ''}
              </Text>
            </Box>
            <NoticeBell />
            <Button
              variant="default"
              size="xs"
              onClick={() => {
                // Straight to the sign-in page: the next person starts from their own landing page.
                void navigate('/ingresar', { replace: true });
                signOut();
              }}
            >
              Cerrar sesión
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Menú principal">
        <ScrollArea>
          <Stack gap="md" component="nav" aria-label="Secciones">
            {sections.map((section) => (
              <Box key={section.label}>
                <Text size="xs" c="dimmed" fw={700} tt="uppercase" px="sm" mb={4}>
                  {section.label}
                </Text>
                {section.items.map((item) => (
                  <NavLink key={item.to} component={RouterNavLink} to={item.to} label={item.label} />
                ))}
              </Box>
            ))}
          </Stack>
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="contenido" tabIndex={-1}>
        <Box maw={1400} mx="auto">
          <PlanYearProvider>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </PlanYearProvider>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
