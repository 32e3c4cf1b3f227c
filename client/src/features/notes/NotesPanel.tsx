import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { isStaffRole } from '../../../../shared/session/state';
import { loadCredential } from '../../app/credentials';
import { useRoom, useRoomStore } from '../../room/useRoom';
import { InlineError } from '../../ui/InlineError';
import { downloadNotes } from './download';
import { PreviousNotes } from './PreviousNotes';
import type { AppendToNotes } from './NotesEditor';
import { errorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import './notes.css';

// Yjs and CodeMirror load only when a facilitator opens the console.
const NotesEditor = lazy(() => import('./NotesEditor'));

/** Console panel: the live notes shared by the facilitator and co-facilitator. */
export function NotesPanel() {
  const { view } = useRoom();
  const store = useRoomStore();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  // Set by the editor once its document is open: how "bring in last session's notes" writes.
  const append = useRef<AppendToNotes | null>(null);
  const bringIn = useCallback((text: string) => append.current?.(text) ?? false, []);
  if (!view || !isStaffRole(view.me.role)) return null;

  const download = async () => {
    const token = loadCredential(store.sessionId)?.token;
    if (!token) return setError(t('notes.noSignIn'));
    const failed = await downloadNotes(store.sessionId, token);
    setError(failed ? errorText(t, failed) : null);
  };

  return (
    <section className="card notes-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('notes.title')}</h2>
      <p className="hint">{t('notes.hint')}</p>
      <Suspense fallback={<p className="hint">{t('notes.opening')}</p>}>
        <NotesEditor sessionId={store.sessionId} name={view.me.name} getTicket={store.notesTicket} appendRef={append} />
      </Suspense>
      <PreviousNotes sessionId={store.sessionId} token={loadCredential(store.sessionId)?.token ?? null} bringIn={bringIn} />
      <div className="notes-foot">
        <button type="button" className="secondary" onClick={() => void download()}>
          {t('notes.download')}
        </button>
      </div>
      <InlineError message={error} />
    </section>
  );
}
