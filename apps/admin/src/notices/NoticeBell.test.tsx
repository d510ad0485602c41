import type { MockedResponse } from '@apollo/client/testing';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { PCM_FOCAL_POINT, renderSignedIn } from '../test/signedIn';
import { LATEST_NOTICES, NoticeBell, badgeText, bellLabel } from './NoticeBell';
import { LatestNoticesQuery, MarkAllNoticesReadMutation, MarkNoticesReadMutation, UnreadNoticeCountQuery } from './operations';

const notice = (id: number, title: string, readAt: string | null) => ({
  __typename: 'Notice' as const,
  id,
  kind: 'MONTH_RETURNED' as const,
  title,
  body: `El reporte de mayo de 2024 de PCM fue devuelto con observaciones.\n\nComentario de la coordinación: falta el acta del taller ${id}.`,
  link: `/ciclo?anio=2024&mes=5&entidad=PCM&aviso=${id}`,
  createdAt: '2024-06-03T14:30:00.000Z',
  readAt,
});

const RETURNED = notice(11, 'Reporte devuelto: mayo de 2024', null);
const APPROVED = notice(10, 'Reporte aprobado: abril de 2024', '2024-05-04T10:00:00.000Z');

const countMock = (counts: number[]) => {
  const result = vi.fn(() => ({ data: { unreadNoticeCount: counts.length > 1 ? counts.shift()! : counts[0]! } }));
  return { mock: { request: { query: UnreadNoticeCountQuery }, result, maxUsageCount: Number.POSITIVE_INFINITY }, result };
};

const latestMock = (nodes: ReturnType<typeof notice>[], maxUsageCount = 1): MockedResponse => ({
  request: { query: LatestNoticesQuery, variables: { first: LATEST_NOTICES } },
  result: { data: { notices: { __typename: 'NoticeConnection', totalCount: nodes.length, nodes } } },
  maxUsageCount,
});

function Where() {
  const location = useLocation();
  return <output data-testid="where">{`${location.pathname}${location.search}`}</output>;
}

function renderBell(mocks: readonly MockedResponse[]) {
  return renderSignedIn(
    <>
      <NoticeBell />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </>,
    { mocks, viewer: PCM_FOCAL_POINT, path: '/actividades' },
  );
}

const bell = (unread: number) => screen.findByRole('button', { name: bellLabel(unread) });

describe('NoticeBell', () => {
  it('shows how many notices are unread', async () => {
    const { mock } = countMock([3]);
    renderBell([mock]);
    await bell(3);
    expect(screen.getByText('3')).toBeInTheDocument();
    expect(badgeText(120)).toBe('99+');
  });

  it('shows no badge when all are read, and says when there are none', async () => {
    const { mock } = countMock([0]);
    renderBell([mock, latestMock([])]);
    await userEvent.click(await bell(0));
    expect(await screen.findByText('No tiene avisos')).toBeInTheDocument();
    expect(screen.queryByText('0')).toBeNull();
  });

  it('lists the latest notices, the unread ones in bold, with their date', async () => {
    const { mock } = countMock([1]);
    renderBell([mock, latestMock([RETURNED, APPROVED])]);
    await userEvent.click(await bell(1));
    const dialog = await screen.findByRole('dialog');
    const items = await within(dialog).findAllByTestId('notice');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveAttribute('data-unread', 'true');
    expect(items[0]).toHaveTextContent('Sin leer: Reporte devuelto: mayo de 2024');
    expect(items[0]).toHaveTextContent('03/06/2024, 09:30');
    expect(items[0]).toHaveAttribute('href', RETURNED.link);
    expect(items[1]).not.toHaveAttribute('data-unread');
    expect(items[1]).toHaveTextContent('Reporte aprobado: abril de 2024');
  });

  it('marks a notice read and opens its page', async () => {
    const { mock, result: counted } = countMock([1, 0]);
    const marked = vi.fn(() => ({ data: { markNoticesRead: 1 } }));
    renderBell([mock, latestMock([RETURNED, APPROVED]), { request: { query: MarkNoticesReadMutation, variables: { ids: [11] } }, result: marked }]);
    await userEvent.click(await bell(1));
    await userEvent.click((await screen.findAllByTestId('notice'))[0]!);
    expect(screen.getByTestId('where')).toHaveTextContent('/ciclo?anio=2024&mes=5&entidad=PCM&aviso=11');
    await waitFor(() => expect(marked).toHaveBeenCalledOnce());
    await bell(0);
    // First read, after the mark, and on the change of page.
    await waitFor(() => expect(counted.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('marks them all read', async () => {
    const { mock } = countMock([2, 0]);
    const markedAll = vi.fn(() => ({ data: { markAllNoticesRead: 2 } }));
    renderBell([
      mock,
      latestMock([RETURNED, { ...APPROVED, readAt: null }]),
      { request: { query: MarkAllNoticesReadMutation }, result: markedAll },
      latestMock([{ ...RETURNED, readAt: '2024-06-05T10:00:00.000Z' }, APPROVED]),
    ]);
    await userEvent.click(await bell(2));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findAllByTestId('notice')).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Marcar todo como leído' }));
    await waitFor(() => expect(markedAll).toHaveBeenCalledOnce());
    await bell(0);
    await waitFor(() =>
      expect(
        within(dialog)
          .queryAllByTestId('notice')
          .filter((n) => n.hasAttribute('data-unread')),
      ).toHaveLength(0),
    );
  });
});
