/**
 * The page chrome of the last check, dimmed in the editor while it is left out of the checks
 * (see core/chrome/pageChrome); mapped through every edit, replaced wholesale by `setChrome`.
 */
import { StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import type { PageChromeState } from './pageChromeState';

/** The chrome recognised in exactly the document it is dispatched to. */
export const setChrome = StateEffect.define<PageChromeState>();

const dimmed = Decoration.mark({ class: 'jk-chrome' });

export const chromeField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setChrome)) {
        if (!effect.value.excluded) return Decoration.none;
        const length = tr.newDoc.length;
        return Decoration.set(effect.value.blocks.filter((b) => b.start < b.end && b.end <= length).map((b) => dimmed.range(b.start, b.end)));
      }
    }
    return tr.docChanged ? marks.map(tr.changes) : marks;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Dimmed, not hidden: the text is still the user's to read and edit. */
export const chromeTheme = EditorView.theme({
  '.jk-chrome': { opacity: '0.45' },
});
