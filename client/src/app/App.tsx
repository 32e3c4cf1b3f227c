import { Suspense, useEffect } from 'react';
import { Join } from '../pages/Join';
import { RoomPage } from '../room/RoomPage';
import { Page } from '../ui/Page';
import { Link } from '../ui/Link';
import { useRoute } from './router';
import type { Route } from './router';
import type { MessageId } from '../i18n/useT';
import { useT } from '../i18n/useT';
import { staffPage } from '../i18n/staff-page';

// Starting a session and the co-facilitator invite are staff pages: their own chunks (and the staff texts), so members never load them.
const Home = staffPage(() => import('../pages/Home').then((m) => m.Home));
// A session's summary and the group's history: staff only, their own chunk.
const SummaryPage = staffPage(() => import('../features/summary/SummaryPage').then((m) => m.SummaryPage));
const GroupPage = staffPage(() => import('../features/summary/GroupPage').then((m) => m.GroupPage));
const CoFacilitatorInvite = staffPage(() => import('../pages/CoFacilitatorInvite').then((m) => m.CoFacilitatorInvite));

const TITLES: Record<Route['name'], MessageId> = {
  home: 'title.home',
  join: 'title.join',
  cofacilitator: 'title.cofacilitator',
  room: 'title.room',
  summary: 'title.summary',
  group: 'title.group',
  notFound: 'title.notFound',
};

export function App() {
  const route = useRoute();
  const t = useT();
  useEffect(() => {
    document.title = t('title.page', { page: t(TITLES[route.name]) });
  }, [route.name, t]);
  switch (route.name) {
    case 'home':
      return (
        <Suspense fallback={null}>
          <Home />
        </Suspense>
      );
    case 'join':
      return <Join code={route.code} />;
    case 'cofacilitator':
      return (
        <Suspense fallback={null}>
          <CoFacilitatorInvite sessionId={route.sessionId} />
        </Suspense>
      );
    case 'room':
      return <RoomPage key={route.sessionId} sessionId={route.sessionId} />;
    case 'summary':
      return (
        <Suspense fallback={null}>
          <SummaryPage key={route.sessionId} sessionId={route.sessionId} />
        </Suspense>
      );
    case 'group':
      return (
        <Suspense fallback={null}>
          <GroupPage key={route.groupId} groupId={route.groupId} />
        </Suspense>
      );
    case 'notFound':
      return (
        <Page>
          <h1>{t('title.notFound')}</h1>
          <p>
            {t('notFound.body')} <Link href="/join">{t('title.join')}</Link>
          </p>
        </Page>
      );
  }
}
