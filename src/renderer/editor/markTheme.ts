import { EditorView } from '@codemirror/view';
import { FAMILY_DESCRIPTORS } from '../../core/checks/families';

/** One hue per family, from its descriptor: a faint tint behind its marks (the panel's chips take the same hue from theme.css, which a test keeps equal). */
const FAMILY_HUES = FAMILY_DESCRIPTORS.map((family) => [`.jk-fam-${family.id}`, { '--jk-fam-hue': String(family.hue) }]);

/**
 * Finding marks and their hover card. Severity sets the underline (error: red wavy, warning:
 * amber solid, info: blue dotted); family sets the tint. These live in a CodeMirror theme, not a
 * .css file, because the editor sits in a shadow root that page stylesheets do not reach.
 */
export const markTheme = EditorView.theme({
  '.jk-mark': {
    textDecorationLine: 'underline',
    textDecorationThickness: '1.5px',
    textUnderlineOffset: '0.3em',
    textDecorationSkipInk: 'none',
    borderRadius: '2px',
    backgroundColor: 'hsl(var(--jk-fam-hue, 0) 75% 50% / var(--jk-tint-alpha))',
  },
  '.jk-sev-error': { textDecorationColor: 'var(--jk-error)', textDecorationStyle: 'wavy' },
  '.jk-sev-warning': { textDecorationColor: 'var(--jk-warning)', textDecorationStyle: 'solid', textDecorationThickness: '2px' },
  '.jk-sev-info': { textDecorationColor: 'var(--jk-info)', textDecorationStyle: 'dotted', textDecorationThickness: '2px' },
  ...Object.fromEntries(FAMILY_HUES),
  '.jk-mark-active': {
    backgroundColor: 'var(--jk-selected)',
    boxShadow: '0 0 0 1px var(--jk-selected-edge)',
    borderRadius: '2px',
  },
  '.jk-tip': {
    maxWidth: '380px',
    padding: '4px 0',
    backgroundColor: 'var(--jk-surface)',
    color: 'var(--jk-ink)',
    border: '1px solid var(--jk-line-strong)',
    borderRadius: '8px',
    boxShadow: 'var(--jk-shadow)',
    font: '13px/1.55 var(--jk-ui-font)',
    letterSpacing: 'normal',
  },
  '.jk-tip-item': { padding: '8px 12px' },
  '.jk-tip-item + .jk-tip-item': { borderTop: '1px solid var(--jk-line)' },
  '.jk-tip-head': { display: 'flex', alignItems: 'center', gap: '8px', marginBottom: '4px', fontSize: '12px' },
  '.jk-tip-severity': { padding: '0 6px', borderRadius: '3px', color: 'var(--jk-on-severity)', fontWeight: '600' },
  '.jk-tip-item[data-severity="error"] .jk-tip-severity': { backgroundColor: 'var(--jk-error)' },
  '.jk-tip-item[data-severity="warning"] .jk-tip-severity': { backgroundColor: 'var(--jk-warning)' },
  '.jk-tip-item[data-severity="info"] .jk-tip-severity': { backgroundColor: 'var(--jk-info)' },
  '.jk-tip-family': { color: 'var(--jk-ink-2)' },
  '.jk-tip-suggestion': { marginTop: '4px', color: 'var(--jk-ink-2)' },
  '.jk-tip-replacement': { padding: '0 4px', borderRadius: '3px', backgroundColor: 'var(--jk-accent-soft)', color: 'var(--jk-ink)', fontWeight: '600' },
  '.jk-tip-actions': { display: 'flex', gap: '6px', marginTop: '6px' },
  '.jk-tip-action': {
    height: '22px',
    padding: '0 8px',
    border: '1px solid var(--jk-line-strong)',
    borderRadius: '4px',
    backgroundColor: 'var(--jk-surface)',
    color: 'var(--jk-ink)',
    font: '12px var(--jk-ui-font)',
    cursor: 'pointer',
  },
  '.jk-tip-action:hover': { borderColor: 'var(--jk-selected-edge)', color: 'var(--jk-selected-edge)' },
});
