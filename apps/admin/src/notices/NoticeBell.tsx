/**
 * The bell in the header: how many notices the person has not read (asked every minute and on
 * every change of page), and the latest ones in a panel, each a link to the page it is about.
 * Kept light: it sits in the layout every page loads.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, Indicator, Loader, Popover, Stack, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { userMessage } from '../lib/errors';
import { formatDateTime, formatInteger } from '../lib/format';
import { LatestNoticesQuery, MarkAllNoticesReadMutation, MarkNoticesReadMutation, UnreadNoticeCountQuery } from './operations';

/** How many notices the panel shows. */
export const LATEST_NOTICES = 10;
/** How often the badge asks for the count. */
export const NOTICE_POLL_MS = 60_000;

/** "Avisos: 3 sin leer" — the bell's accessible name. */
export const bellLabel = (unread: number) => `Avisos: ${formatInteger(unread)} sin leer`;

/** A badge never wider than "99+". */
export const badgeText = (unread: number) => (unread > 99 ? '99+' : formatInteger(unread));

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

export function NoticeBell() {
  const location = useLocation();
  const [opened, setOpened] = useState(false);
  const count = useQuery(UnreadNoticeCountQuery, { pollInterval: NOTICE_POLL_MS, notifyOnNetworkStatusChange: false });
  const unread = count.data?.unreadNoticeCount ?? 0;

  // A new page may follow a change that made a notice (sending a month, approving one): ask again.
  const { refetch } = count;
  const shownPath = useRef(`${location.pathname}${location.search}`);
  useEffect(() => {
    const path = `${location.pathname}${location.search}`;
    if (path === shownPath.current) return;
    shownPath.current = path;
    setOpened(false);
    refetch().catch(() => {
      // the badge keeps its last count; the next poll tries again
    });
  }, [location.pathname, location.search, refetch]);

  return (
    <Indicator label={badgeText(unread)} size={16} color="red" disabled={unread === 0} offset={4} data-testid="notice-badge">
      <Popover
        opened={opened}
        onChange={setOpened}
        position="bottom-end"
        width={360}
        shadow="md"
        withArrow
        trapFocus
        returnFocus
        styles={{ dropdown: { maxWidth: 'calc(100vw - 16px)', padding: 0 } }}
      >
        <Popover.Target>
          <ActionIcon variant="default" size="lg" aria-label={bellLabel(unread)} onClick={() => setOpened((o) => !o)} data-testid="notice-bell">
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown>{opened && <NoticePanel unread={unread} onNavigate={() => setOpened(false)} />}</Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function NoticePanel({ unread, onNavigate }: { unread: number; onNavigate: () => void }) {
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(LatestNoticesQuery, { variables: { first: LATEST_NOTICES }, fetchPolicy: 'network-only' });
  const refetchQueries = [UnreadNoticeCountQuery, LatestNoticesQuery];
  const [markRead] = useMutation(MarkNoticesReadMutation, {
    refetchQueries: [UnreadNoticeCountQuery],
    update(cache, _result, { variables }) {
      const readAt = new Date().toISOString();
      for (const id of [variables?.ids ?? []].flat())
        cache.modify({ id: cache.identify({ __typename: 'Notice', id }), fields: { readAt: (old) => old ?? readAt } });
    },
  });
  const [markAll, markAllState] = useMutation(MarkAllNoticesReadMutation, { refetchQueries, awaitRefetchQueries: true });
  const [failure, setFailure] = useState<string | null>(null);
  const notices = data?.notices.nodes ?? [];

  async function readAll() {
    setFailure(null);
    try {
      await markAll();
    } catch (e) {
      setFailure(userMessage(e));
    }
  }

  return (
    <Stack gap={0}>
      <Group justify="space-between" gap="xs" px="sm" py="xs" wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Text fw={700} size="sm">
          Avisos
        </Text>
        <Button
          size="compact-xs"
          variant="subtle"
          onClick={() => void readAll()}
          loading={markAllState.loading}
          disabled={unread === 0 && notices.every((n) => n.readAt)}
        >
          Marcar todo como leído
        </Button>
      </Group>
      {failure && (
        <Text size="xs" c="red" px="sm" pt="xs" role="alert">
          {failure}
        </Text>
      )}
      {loading && !data ? (
        <Group justify="center" p="md" role="status">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Cargando avisos…
          </Text>
        </Group>
      ) : error && !data ? (
        <Text size="sm" c="red" p="sm" role="alert">
          {userMessage(error)}
        </Text>
      ) : notices.length === 0 ? (
        <Text size="sm" c="dimmed" p="md" ta="center" data-testid="notices-empty">
          No tiene avisos
        </Text>
      ) : (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none', maxHeight: 'min(420px, 70vh)', overflowY: 'auto' }} aria-label="Últimos avisos">
          {notices.map((notice) => (
            <li key={notice.id} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <UnstyledButton
                component="a"
                href={notice.link}
                onClick={(event) => {
                  if (!notice.readAt) markRead({ variables: { ids: [notice.id] } }).catch(() => {});
                  // A plain click stays in the app; Ctrl/⌘-click opens a new tab as any link would.
                  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  onNavigate();
                  void navigate(notice.link);
                }}
                px="sm"
                py="xs"
                display="block"
                w="100%"
                data-testid="notice"
                data-unread={notice.readAt ? undefined : 'true'}
                style={{ background: notice.readAt ? undefined : 'var(--mantine-color-blue-light)' }}
              >
                <Text size="sm" fw={notice.readAt ? 500 : 700} style={{ overflowWrap: 'anywhere' }}>
                  {!notice.readAt && <VisuallyHidden>Sin leer: </VisuallyHidden>}
                  {notice.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                  {notice.body}
                </Text>
                <Text size="xs" c="dimmed" mt={2}>
                  {formatDateTime(notice.createdAt)}
                </Text>
              </UnstyledButton>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
