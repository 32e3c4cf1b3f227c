import { lazy, Suspense, useId, useState } from 'react';
import { isStaffRole } from '../../../../shared/session/state';
import { loadCredential } from '../../app/credentials';
import { useRoom, useRoomStore } from '../../room/useRoom';
import { InlineError } from '../../ui/InlineError';
import { downloadNotes } from './download';
import './notes.css';

// Yjs and CodeMirror load only when a facilitator opens the console.
const NotesEditor = lazy(() => import('./NotesEditor'));

/** Console panel: the live notes shared by the facilitator and co-facilitator. */
export function NotesPanel() {
  const { view } = useRoom();
  const store = useRoomStore();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  if (!view || !isStaffRole(view.me.role)) return null;

  const download = async () => {
    const token = loadCredential(store.sessionId)?.token;
    setError(token ? await downloadNotes(store.sessionId, token) : 'Your sign-in on this device was not found.');
  };

  return (
    <section className="card notes-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Shared notes</h2>
      <p className="hint">Only you and your co-facilitator see these. Members never do.</p>
      <Suspense fallback={<p className="hint">Opening the notes…</p>}>
        <NotesEditor sessionId={store.sessionId} name={view.me.name} getTicket={store.notesTicket} />
      </Suspense>
      <div className="notes-foot">
        <button type="button" className="secondary" onClick={() => void download()}>
          Download notes as text
        </button>
      </div>
      <InlineError message={error} />
    </section>
  );
}
