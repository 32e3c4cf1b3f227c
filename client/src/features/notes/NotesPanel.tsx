import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { InlineError } from '../../ui/InlineError';
import { downloadNotes } from './download';
import { PreviousNotes } from './PreviousNotes';
import { useNotes } from './useNotes';
import type { AppendToNotes } from './NotesEditor';
import { errorText } from '../../i18n/errors';
import { useT } from '../../i18n/useT';
import './notes.css';

// Yjs and CodeMirror load only when a facilitator opens the console.
const NotesEditor = lazy(() => import('./NotesEditor'));

/** Console panel: the live notes shared by the facilitator and co-facilitator. */
export function NotesPanel() {
  const notes = useNotes();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const t = useT();
  // Set by the editor once its document is open: how "bring in last session's notes" writes.
  const append = useRef<AppendToNotes | null>(null);
  const bringIn = useCallback((text: string) => append.current?.(text) ?? false, []);
  if (!notes) return null;

  const download = async () => {
    if (!notes.token) return setError(t('notes.noSignIn'));
    const failed = await downloadNotes(notes.sessionId, notes.token);
    setError(failed ? errorText(t, failed) : null);
  };

  return (
    <section className="card notes-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('notes.title')}</h2>
      <p className="hint">{t('notes.hint')}</p>
      <Suspense fallback={<p className="hint">{t('notes.opening')}</p>}>
        <NotesEditor sessionId={notes.sessionId} name={notes.name} getTicket={notes.getTicket} appendRef={append} />
      </Suspense>
      <PreviousNotes sessionId={notes.sessionId} token={notes.token} bringIn={bringIn} />
      <div className="notes-foot">
        <button type="button" className="secondary" onClick={() => void download()}>
          {t('notes.download')}
        </button>
      </div>
      <InlineError message={error} />
    </section>
  );
}
