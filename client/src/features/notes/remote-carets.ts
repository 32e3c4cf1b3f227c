import type { Extension, Range } from '@codemirror/state';
import { Annotation, RangeSet } from '@codemirror/state';
import { Decoration, EditorView, ViewPlugin, WidgetType } from '@codemirror/view';
import type { DecorationSet, ViewUpdate } from '@codemirror/view';
import type { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

/**
 * The other editor's caret and selection, with their name. Adapted from
 * y-codemirror.next's yRemoteSelections (MIT), with one change: colours are set
 * through the CSSOM (element.style), which our strict Content-Security-Policy
 * allows, instead of `style` attributes, which it refuses. The awareness format
 * (`user: {name, color, colorLight}`, `cursor: {anchor, head}`) is the binding's own.
 */

interface RemoteUser {
  name?: string;
  color?: string;
  colorLight?: string;
}

const refresh = Annotation.define<true>();

class CaretWidget extends WidgetType {
  constructor(
    readonly color: string,
    readonly name: string,
  ) {
    super();
  }

  override toDOM(): HTMLElement {
    const caret = document.createElement('span');
    caret.className = 'cm-ySelectionCaret';
    caret.style.borderColor = this.color;
    caret.style.backgroundColor = this.color;
    caret.append('\u2060');
    const info = document.createElement('span');
    info.className = 'cm-ySelectionInfo';
    info.style.backgroundColor = this.color;
    info.textContent = this.name;
    caret.append(info, '\u2060');
    return caret;
  }

  override eq(other: CaretWidget): boolean {
    return other.color === this.color && other.name === this.name;
  }

  override ignoreEvent(): boolean {
    return true;
  }
}

export function remoteCarets(ytext: Y.Text, awareness: Awareness): Extension {
  const plugin = ViewPlugin.fromClass(
    class {
      decorations: DecorationSet = RangeSet.of([]);
      private readonly onChange: (changes: { added: number[]; updated: number[]; removed: number[] }) => void;

      constructor(readonly view: EditorView) {
        this.onChange = ({ added, updated, removed }) => {
          if ([...added, ...updated, ...removed].some((id) => id !== awareness.clientID)) {
            view.dispatch({ annotations: [refresh.of(true)] });
          }
        };
        awareness.on('change', this.onChange);
      }

      destroy(): void {
        awareness.off('change', this.onChange);
      }

      update(update: ViewUpdate): void {
        this.publishOwnCursor(update);
        this.decorations = Decoration.set(this.remoteDecorations(update), true);
      }

      private publishOwnCursor(update: ViewUpdate): void {
        const local = awareness.getLocalState() as { cursor?: { anchor: unknown; head: unknown } | null } | null;
        if (!local) return;
        const focused = update.view.hasFocus && update.view.dom.ownerDocument.hasFocus();
        if (!focused) return;
        const sel = update.state.selection.main;
        const anchor = Y.createRelativePositionFromTypeIndex(ytext, sel.anchor);
        const head = Y.createRelativePositionFromTypeIndex(ytext, sel.head);
        const cur = local.cursor;
        const same =
          cur != null &&
          Y.compareRelativePositions(Y.createRelativePositionFromJSON(cur.anchor), anchor) &&
          Y.compareRelativePositions(Y.createRelativePositionFromJSON(cur.head), head);
        if (!same) awareness.setLocalStateField('cursor', { anchor, head });
      }

      private remoteDecorations(update: ViewUpdate): Array<Range<Decoration>> {
        const out: Array<Range<Decoration>> = [];
        const doc = update.state.doc;
        awareness.getStates().forEach((state, clientId) => {
          if (clientId === awareness.clientID) return;
          const cursor = (state as { cursor?: { anchor?: unknown; head?: unknown } | null }).cursor;
          if (!cursor?.anchor || !cursor.head) return;
          const anchor = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cursor.anchor), ytext.doc!);
          const head = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cursor.head), ytext.doc!);
          if (!anchor || !head || anchor.type !== ytext || head.type !== ytext) return;
          const user = ((state as { user?: RemoteUser }).user ?? {}) as RemoteUser;
          const color = user.color ?? 'var(--accent)';
          const light = user.colorLight ?? `color-mix(in srgb, ${color} 20%, transparent)`;
          const from = Math.min(anchor.index, head.index, doc.length);
          const to = Math.min(Math.max(anchor.index, head.index), doc.length);
          if (to > from) {
            out.push(Decoration.mark({ class: 'cm-ySelection', attributes: { style: `background-color: ${light}` } }).range(from, to));
          }
          const at = Math.min(head.index, doc.length);
          out.push(
            Decoration.widget({ side: head.index - anchor.index > 0 ? -1 : 1, widget: new CaretWidget(color, user.name ?? 'Someone') }).range(at),
          );
        });
        return out;
      }
    },
    { decorations: (v) => v.decorations },
  );
  return [plugin];
}
