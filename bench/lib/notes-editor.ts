import * as Y from 'yjs';
import { NOTES_PATH, NOTES_TEXT } from '../../shared/notes/notes.js';
import { REMOTE, YSocket } from './y-socket.js';

/**
 * A staff editor of a session's shared notes in the bench: one Y.Doc over
 * the y-websocket protocol (./y-socket.ts). Each editor owns one line of the
 * notes, marked with its tag; `type` rewrites that line in one transaction
 * (the line typed a cycle earlier deleted, the new one inserted in its
 * place), so the document holds one line per editor however long the run.
 *
 * Updates are named by their author's Yjs client id and the clock after
 * them (`<client>:<clock>`): every rewrite inserts, so its clock moves on,
 * and the same name can be read back from the update as relayed by the
 * server (Y.parseUpdateMeta) at the other editor.
 */
export class NotesEditor {
  private readonly doc = new Y.Doc();
  private readonly text = this.doc.getText(NOTES_TEXT);
  private readonly socket: YSocket;
  private outgoing: Uint8Array | null = null;
  /** The name of every update that arrived from the server (other editors' and this editor's own, echoed). */
  onRemote: ((name: string) => void) | null = null;

  private constructor(
    url: string,
    private readonly tag: string,
    headers: Record<string, string>,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== REMOTE) this.outgoing = update;
    });
    this.socket = new YSocket(url, this.doc, headers);
    this.socket.onUpdate = (update) => {
      for (const name of updateNames(update)) this.onRemote?.(name);
    };
  }

  /**
   * Asks for a ticket (`notes:ticket` over the person's live connection), opens
   * `/notes/<sessionId>?ticket=…` and resolves once the document is synced.
   */
  static async open(baseUrl: string, sessionId: string, tag: string, ticket: () => Promise<string>, headers: Record<string, string> = {}): Promise<NotesEditor> {
    const url = `${baseUrl.replace(/^http/, 'ws')}${NOTES_PATH}/${encodeURIComponent(sessionId)}?ticket=${encodeURIComponent(await ticket())}`;
    const editor = new NotesEditor(url, tag, headers);
    try {
      await editor.socket.synced;
    } catch (err) {
      editor.close();
      throw err;
    }
    return editor;
  }

  /** The notes as this editor sees them. */
  get content(): string {
    return this.text.toString();
  }

  /** Binary frames as they arrived: their payload bytes. */
  set onFrame(fn: ((bytes: number) => void) | null) {
    this.socket.onFrame = fn;
  }

  /** Rewrites this editor's line as `line` and sends the update; returns the update's name. */
  type(line: string): string {
    const own = `${this.tag}: `;
    const current = this.text.toString();
    const at = lineStart(current, own);
    this.doc.transact(() => {
      if (at < 0) return this.text.insert(current.length, `${own}${line}\n`);
      const end = current.indexOf('\n', at);
      this.text.delete(at, (end < 0 ? current.length : end + 1) - at);
      this.text.insert(at, `${own}${line}\n`);
    });
    const update = this.outgoing!;
    this.outgoing = null;
    this.socket.send(update);
    return updateNames(update)[0]!;
  }

  close(): void {
    this.socket.close();
    this.doc.destroy();
  }
}

/** Where the line beginning with `prefix` starts in `text`, or -1. */
function lineStart(text: string, prefix: string): number {
  if (text.startsWith(prefix)) return 0;
  const i = text.indexOf(`\n${prefix}`);
  return i < 0 ? -1 : i + 1;
}

/** `<client>:<clock after>` for each author of new content in the update. */
function updateNames(update: Uint8Array): string[] {
  return [...Y.parseUpdateMeta(update).to].map(([client, clock]) => `${client}:${clock}`);
}
