import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { yCollab, yUndoManagerKeymap } from 'y-codemirror.next';
import * as Y from 'yjs';
import { NOTES_TEXT } from '../../../../shared/notes/notes';
import type { NotesTicketAck } from '../../../../shared/protocol';
import { NotesConnection } from './notes-connection';
import { notesTheme } from './notes-theme';
import { remoteCarets } from './remote-carets';
import type { NotesStatus } from './notes-connection';
import { useLocale, useT } from '../../i18n/useT';
import type { MessageId } from '../../i18n/useT';
import { formatNames } from '../../ui/format';

/**
 * A person's caret colour, from the tokens (--caret-1 … --caret-6, dark enough
 * for text on white; names are shown with them, so colour is never the only
 * cue). It travels to the other editors as awareness data, so it is read as a value.
 */
function colorFor(name: string): string {
  const style = getComputedStyle(document.documentElement);
  const colors = [1, 2, 3, 4, 5, 6].map((i) => style.getPropertyValue(`--caret-${i}`).trim()).filter(Boolean);
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return colors[h % colors.length] ?? style.getPropertyValue('--accent').trim();
}

const STATUS_TEXT: Record<NotesStatus, MessageId> = {
  connecting: 'notes.connecting',
  connected: 'notes.connected',
  offline: 'notes.offline',
  refused: 'notes.refused',
};

/** Appends text at the end of the open notes; false while they are not open. */
export type AppendToNotes = (text: string) => boolean;

export interface NotesEditorProps {
  sessionId: string;
  name: string;
  getTicket: () => Promise<NotesTicketAck>;
  /** Filled with this editor's AppendToNotes while it is mounted. */
  appendRef?: RefObject<AppendToNotes | null>;
}

/**
 * The shared notes editor: CodeMirror bound to the session's Y.Text through
 * y-codemirror.next, synced by NotesConnection. Loaded lazily (it carries
 * Yjs and CodeMirror), and only in the facilitators' console.
 */
export default function NotesEditor({ sessionId, name, getTicket, appendRef }: NotesEditorProps) {
  const t = useT();
  const locale = useLocale();
  const host = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<NotesStatus>('connecting');
  const [others, setOthers] = useState<string[]>([]);

  useEffect(() => {
    const doc = new Y.Doc();
    const conn = new NotesConnection({
      origin: window.location.origin.replace(/^http/, 'ws'),
      sessionId,
      doc,
      getTicket,
      // A refusal's English message is for logs; the reader gets the catalog's text.
      onStatus: (s) => setStatus(s),
    });
    const color = colorFor(name);
    conn.awareness.setLocalStateField('user', { name, color, colorLight: `${color}33` });
    const onAwareness = () => {
      const names = [...conn.awareness.getStates()]
        .filter(([clientId]) => clientId !== doc.clientID)
        .map(([, state]) => (state as { user?: { name?: string } }).user?.name)
        .filter((n): n is string => typeof n === 'string');
      setOthers([...new Set(names)]);
    };
    conn.awareness.on('change', onAwareness);

    const ytext = doc.getText(NOTES_TEXT);
    const words = { placeholder: t('notes.placeholder'), label: t('notes.title') };
    const undoManager = new Y.UndoManager(ytext);
    if (appendRef) {
      appendRef.current = (text) => {
        ytext.insert(ytext.length, ytext.length > 0 ? `\n\n${text}` : text);
        return true;
      };
    }
    // CodeMirror injects its styles; in a shadow root they go into a constructed
    // stylesheet, which our strict CSP allows (a <style> element it would refuse).
    const shadow = host.current!.shadowRoot ?? host.current!.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    shadow.replaceChildren(mount);
    const view = new EditorView({
      state: EditorState.create({
        doc: ytext.toString(),
        extensions: [
          keymap.of(yUndoManagerKeymap),
          EditorView.lineWrapping,
          placeholder(words.placeholder),
          EditorView.contentAttributes.of({ 'aria-label': words.label, 'aria-multiline': 'true', spellcheck: 'true' }),
          notesTheme,
          // The binding's sync and undo; the carets come from remote-carets.ts (CSP-safe).
          yCollab(ytext, null, { undoManager }),
          remoteCarets(ytext, conn.awareness),
        ],
      }),
      parent: mount,
      root: shadow,
    });
    return () => {
      if (appendRef) appendRef.current = null;
      conn.awareness.off('change', onAwareness);
      view.destroy();
      conn.destroy();
      undoManager.destroy();
      doc.destroy();
    };
    // The editor is rebuilt when the language changes, so its placeholder and name follow.
  }, [sessionId, name, getTicket, t, appendRef]);

  return (
    <div className="notes-editor">
      <div ref={host} className="notes-host" data-testid="notes-editor" />
      <p className="notes-status hint" role="status" aria-live="polite">
        <span data-testid="notes-status">{t(STATUS_TEXT[status])}</span>
        {others.length > 0 ? <span> · {t('notes.alsoHere', { names: formatNames(others, locale) })}</span> : null}
      </p>
    </div>
  );
}
