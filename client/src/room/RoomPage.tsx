import { Suspense, useEffect, useState } from 'react';
import { staffPage } from '../i18n/staff-page';
import { isStaffRole } from '../../../shared/session/state';
import { forgetCredential, loadCredential, saveCredential } from '../app/credentials';
import { navigate, takeFragmentParam } from '../app/router';
import { fetchCurrentSession } from './current-session';
import { MemberView } from '../member/MemberView';
import { BreakOverlay } from '../features/break/BreakOverlay';
import { ReconnectBanner } from './ReconnectBanner';
import { RoomStore } from './room-store';
import { ConnectingScreen, EndedScreen, LeftScreen, NoAccessScreen, OutsideScreen, WaitingScreen } from './screens';
import { RoomContext, useRoom, useRoomStore } from './useRoom';
import { useT } from '../i18n/useT';

// Facilitators' controls are their own chunk: a member's phone never downloads them.
const FacilitatorConsole = staffPage(() => import('../console/FacilitatorConsole').then((m) => m.FacilitatorConsole));

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
  const t = useT();
  // Staff see at a glance, even from another tab, that someone is waiting to come in.
  const waitingCount = view?.shared?.staff?.waiting.length ?? 0;
  const groupName = view?.session.groupName;
  useEffect(() => {
    if (groupName === undefined) return;
    const page = t('title.page', { page: groupName });
    document.title = waitingCount > 0 ? t('title.waiting', { count: waitingCount, page }) : page;
  }, [groupName, waitingCount, t]);
  const admission = view?.me.admission;
  const outside = status === 'revoked' || admission === 'removed' || admission === 'declined';
  const store = useRoomStore();
  useEffect(() => {
    // An unknown token is useless: forget it so this browser can join afresh. A removed person's is kept,
    // so a reload (or the invite link) says they are no longer part of the session instead of offering a new join.
    if (status === 'unauthorized') forgetCredential(store.sessionId);
  }, [status, store]);

  if (status === 'unauthorized') return <NoAccessScreen reason="unknown" />;
  if (status === 'left') return <LeftScreen />;
  // After a reload the handshake only says "revoked", without saying whether removed or turned away.
  if (outside) return <OutsideScreen admission={admission === 'declined' ? 'declined' : admission === 'removed' ? 'removed' : 'unknown'} />;
  if (!view) return <ConnectingScreen />;

  let body;
  if (view.session.endedAt !== null && isStaffRole(view.me.role)) body = <GoToSummary sessionId={store.sessionId} />;
  else if (view.session.endedAt !== null) body = <EndedScreen groupName={view.session.groupName} closing={view.session.closing} />;
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

/**
 * When the session ends, facilitators land on its summary; but once the group's next
 * session is open with them in it, their link of this one leads there (they keep their link).
 */
function GoToSummary({ sessionId }: { sessionId: string }) {
  useEffect(() => {
    let live = true;
    const token = loadCredential(sessionId)?.token;
    void (token ? fetchCurrentSession(token) : Promise.resolve(null)).then((r) => {
      if (!live) return;
      const next = r?.ok && r.data.sessionId !== sessionId ? r.data.sessionId : null;
      if (next && token && !loadCredential(next)) saveCredential(next, { token });
      navigate(next ? `/s/${encodeURIComponent(next)}` : `/s/${encodeURIComponent(sessionId)}/summary`, { replace: true });
    });
    return () => {
      live = false;
    };
  }, [sessionId]);
  return <ConnectingScreen />;
}
