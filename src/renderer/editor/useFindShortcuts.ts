import { useEffect } from 'react';
import type { EditorView } from '@codemirror/view';
import { openFind } from './findReplace';

/** Ctrl+F / Ctrl+H from anywhere in the window (the review panel, the toolbar), not only from inside the text. */
export function useFindShortcuts(view: () => EditorView | null): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      const editor = view();
      if ((key !== 'f' && key !== 'h') || !editor || document.querySelector('[role=dialog]')) return;
      event.preventDefault();
      openFind(editor, key === 'f' ? 'search' : 'replace');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view]);
}
