import { EditorView } from '@codemirror/view';

/**
 * Typography of the draft: the typeface and size the settings chose, Chinese line height,
 * paragraph spacing and a readable measure centred in the pane. Colours, typeface and size come
 * from CSS variables set on the editor's host (styles/theme.css, app.css, settings/appliedSettings.ts),
 * which inherit into its shadow root. Injected by CodeMirror as a constructed stylesheet (CSP-safe).
 */
export const editorTheme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--jk-paper)', color: 'var(--jk-ink)', fontSize: 'var(--jk-editor-size, 17px)' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'var(--jk-editor-font, sans-serif)', lineHeight: '1.8', overflowX: 'hidden' },
  '.cm-content': {
    maxWidth: '42em',
    width: '100%',
    margin: '0 auto',
    padding: '40px 32px 30vh',
    caretColor: 'var(--jk-accent)',
    letterSpacing: '0.02em',
  },
  '.cm-line': { padding: '0', paddingBottom: '0.75em' },
  // A blank line between paragraphs adds a little to the paragraph spacing, not a whole empty line (paragraphLayout.ts).
  '.cm-line.cm-jk-blank': { paddingBottom: '0', lineHeight: '0.75' },
  '.cm-jk-indent': { display: 'inline-block', width: '2em' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--jk-accent)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--jk-selection)',
  },
  '.cm-tooltip': { border: 'none', backgroundColor: 'transparent' },
});
