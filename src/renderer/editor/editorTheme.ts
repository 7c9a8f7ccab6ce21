import { EditorView } from '@codemirror/view';

/** Colours come from the CSS variables of styles/theme.css, so light and dark follow the page. */
const CJK_FONTS = '"PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

/**
 * Typography of the draft: a CJK font stack, Chinese line height, paragraph spacing and a
 * readable measure centred in the pane. Injected by CodeMirror as a constructed stylesheet (CSP-safe).
 */
export const editorTheme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--jk-paper)', color: 'var(--jk-ink)', fontSize: '17px' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: CJK_FONTS, lineHeight: '1.8', overflowX: 'hidden' },
  '.cm-content': {
    maxWidth: '42em',
    width: '100%',
    margin: '0 auto',
    padding: '40px 32px 30vh',
    caretColor: 'var(--jk-accent)',
    letterSpacing: '0.02em',
  },
  '.cm-line': { padding: '0', paddingBottom: '0.75em' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--jk-accent)', borderLeftWidth: '2px' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground': {
    backgroundColor: 'var(--jk-selection)',
  },
  '.cm-tooltip': { border: 'none', backgroundColor: 'transparent' },
});
