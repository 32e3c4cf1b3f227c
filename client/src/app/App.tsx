import { lazy, Suspense, useEffect } from 'react';
import { Join } from '../pages/Join';
import { RoomPage } from '../room/RoomPage';
import { Page } from '../ui/Page';
import { Link } from '../ui/Link';
import { useRoute } from './router';
import type { Route } from './router';

// Starting a session and the co-facilitator invite are staff pages: their own chunks, so members never load them.
const Home = lazy(() => import('../pages/Home').then((m) => ({ default: m.Home })));
// A session's summary and the group's history: staff only, their own chunk.
const SummaryPage = lazy(() => import('../features/summary/SummaryPage').then((m) => ({ default: m.SummaryPage })));
const GroupPage = lazy(() => import('../features/summary/GroupPage').then((m) => ({ default: m.GroupPage })));
const CoFacilitatorInvite = lazy(() => import('../pages/CoFacilitatorInvite').then((m) => ({ default: m.CoFacilitatorInvite })));

const TITLES: Record<Route['name'], string> = {
  home: 'Start a session',
  join: 'Join a session',
  cofacilitator: 'Join as co-facilitator',
  room: 'Session room',
  summary: 'Session summary',
  group: 'Group history',
  notFound: 'Page not found',
};

export function App() {
  const route = useRoute();
  useEffect(() => {
    document.title = `${TITLES[route.name]} · Attune`;
  }, [route.name]);
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
          <h1>Page not found</h1>
          <p>
            This address is not part of Attune. <Link href="/join">Join a session</Link> or{' '}
            <Link href="/">start one</Link>.
          </p>
        </Page>
      );
  }
}
