import { lazy, Suspense, useEffect, useState } from 'react';
import { isStaffRole } from '../../../shared/session/state';
import { forgetCredential, loadCredential, saveCredential } from '../app/credentials';
import { takeFragmentParam } from '../app/router';
import { MemberView } from '../member/MemberView';
import { BreakOverlay } from './BreakOverlay';
import { ReconnectBanner } from './ReconnectBanner';
import { RoomStore } from './room-store';
import { ConnectingScreen, EndedScreen, LeftScreen, NoAccessScreen, OutsideScreen, WaitingScreen } from './screens';
import { RoomContext, useRoom } from './useRoom';

// Facilitators' controls are their own chunk: a member's phone never downloads them.
const FacilitatorConsole = lazy(() => import('../console/FacilitatorConsole').then((m) => ({ default: m.FacilitatorConsole })));

/** A capability link carries `#key=<token>`: keep it in localStorage, then clear it from the address bar. */
function credentialFor(sessionId: string): string | null {
  const key = takeFragmentParam('key');
  if (key) saveCredential(sessionId, { token: key });
  return loadCredential(sessionId)?.token ?? null;
}

export function RoomPage({ sessionId }: { sessionId: string }) {
  const [token] = useState(() => credentialFor(sessionId));
  const [store] = useState(() => (token ? new RoomStore(sessionId, token) : null));
  useEffect(() => store?.start(), [store]);
  if (!store) return <NoAccessScreen reason="missing" />;
  return (
    <RoomContext.Provider value={store}>
      <RoomScreen />
    </RoomContext.Provider>
  );
}

function RoomScreen() {
  const { status, view } = useRoom();
  const sessionId = view?.session.id;
  useEffect(() => {
    if (view) document.title = `${view.session.groupName} · Attune`;
  }, [view?.session.groupName]);
  const admission = view?.me.admission;
  const outside = status === 'revoked' || admission === 'removed' || admission === 'declined';
  useEffect(() => {
    // A removed person's token no longer works; forget it so this browser starts clean.
    if (outside && sessionId) forgetCredential(sessionId);
  }, [outside, sessionId]);

  if (status === 'unauthorized') return <NoAccessScreen reason="unknown" />;
  if (status === 'left') return <LeftScreen />;
  if (outside) return <OutsideScreen admission={admission === 'declined' ? 'declined' : 'removed'} />;
  if (!view) return <ConnectingScreen />;

  let body;
  if (view.session.endedAt !== null) body = <EndedScreen groupName={view.session.groupName} />;
  else if (view.me.admission === 'waiting') body = <WaitingScreen groupName={view.session.groupName} name={view.me.name} />;
  else if (isStaffRole(view.me.role))
    body = (
      <Suspense fallback={<ConnectingScreen />}>
        <FacilitatorConsole />
      </Suspense>
    );
  else body = <MemberView />;

  return (
    <>
      <ReconnectBanner />
      {body}
      {view.session.endedAt === null && view.me.admission === 'admitted' ? <BreakOverlay /> : null}
    </>
  );
}
