import { EditorView } from '@codemirror/view';

/**
 * The editor's look. It lives in a shadow root, so page CSS does not reach it;
 * CSS custom properties (var(--line) …) do.
 */
export const notesTheme = EditorView.theme({
  '&': {
    minHeight: '12rem',
    maxHeight: '28rem',
    fontSize: '1rem',
    color: 'var(--text)',
    backgroundColor: 'var(--surface)',
    border: '1px solid var(--line)',
    borderRadius: '8px',
  },
  '&.cm-focused': {
    outline: '3px solid var(--focus)',
    outlineOffset: '2px',
  },
  '.cm-scroller': {
    fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    lineHeight: '1.5',
    minHeight: '12rem',
  },
  '.cm-content': {
    // Room above the first line for the other person's name tag.
    padding: '1.4rem 0.35rem 0.6rem',
    caretColor: 'var(--text)',
  },
  '.cm-placeholder': {
    color: 'var(--muted)',
  },
  '.cm-ySelectionCaret': {
    position: 'relative',
    borderLeft: '2px solid',
    marginLeft: '-1px',
    marginRight: '-1px',
    boxSizing: 'border-box',
    display: 'inline',
  },
  '.cm-ySelectionInfo': {
    position: 'absolute',
    top: '-1.35em',
    left: '-2px',
    fontSize: '0.75rem',
    lineHeight: '1.3',
    padding: '0 0.3em',
    borderRadius: '3px',
    color: 'var(--on-accent)',
    whiteSpace: 'nowrap',
    userSelect: 'none',
    pointerEvents: 'none',
    zIndex: '5',
    // The name says who arrived, then goes so it never sits over the words being read; the coloured caret stays.
    // Hidden at once rather than faded: a half-faded label is unreadable (and fails contrast checks).
    animation: 'cm-yinfo-hide 0s linear 2.5s forwards',
  },
  '@keyframes cm-yinfo-hide': {
    to: { visibility: 'hidden' },
  },
});
