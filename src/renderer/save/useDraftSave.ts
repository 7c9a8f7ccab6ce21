import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftFile } from '../../core/draftFile';
import type { Review } from '../../core/review/review';
import { api } from '../jiaokanApi';

type SaveDraftShown = Pick<DraftFile, 'name' | 'path' | 'format'>;

/** A question Save asks before writing: why the draft's own file is not written over, or whether to switch to UTF-8. */
export type SaveQuestion = { kind: 'formatting'; name: string; format: string } | { kind: 'utf8'; message: string; path: string };

interface Options {
  draft: () => SaveDraftShown | null;
  text: () => string | null;
  review: () => Review | null;
  /** The draft's file now holds the editor's text (`encoding`: as written). */
  onSaved(encoding: string): void;
  /** Save As wrote a new file, which is now the draft. */
  onSavedAs(draft: DraftFile): void;
  onError(message: string): void;
}

/**
 * Save and Save As for the open draft. Only a .txt/.md draft is written back over its own file;
 * any other is offered Save As, since writing its text over it would lose its formatting.
 * Each resolves to whether the draft's text is now on disk (a prompt before closing waits on it).
 */
export function useDraftSave({ draft, text, review, onSaved, onSavedAs, onError }: Options) {
  const [question, setQuestion] = useState<{ ask: SaveQuestion; answer(saveAs: boolean): void } | null>(null);
  const latest = useRef({ draft, text, review, onSaved, onSavedAs, onError });
  latest.current = { draft, text, review, onSaved, onSavedAs, onError };

  const ask = (asked: SaveQuestion) =>
    new Promise<boolean>((resolve) =>
      setQuestion({
        ask: asked,
        answer: (go) => {
          setQuestion(null);
          resolve(go);
        },
      }),
    );

  const saveAs = useCallback(async (): Promise<boolean> => {
    const h = latest.current;
    const shown = h.draft();
    const current = h.text();
    if (!shown || current === null) return false;
    try {
      const result = await api().saveDraftAs({ sourcePath: shown.path, sourceName: shown.name, text: current, review: h.review() });
      if (result.ok) h.onSavedAs(result.draft);
      else if (result.cancelled !== true) h.onError(result.message);
      return result.ok;
    } catch (error) {
      h.onError(error instanceof Error ? error.message : String(error));
      return false;
    }
  }, []);

  const write = useCallback(
    async (path: string, toUtf8: boolean): Promise<boolean> => {
      const h = latest.current;
      const current = h.text();
      if (current === null) return false;
      try {
        const result = await api().saveDraft(path, current, toUtf8);
        if (result.ok) {
          h.onSaved(result.encoding);
          return true;
        }
        if (result.cancelled === true) return false;
        if (result.offerUtf8 === true) return (await ask({ kind: 'utf8', message: result.message, path })) && write(path, true);
        h.onError(result.message);
      } catch (error) {
        h.onError(error instanceof Error ? error.message : String(error));
      }
      return false;
    },
    [],
  );

  const save = useCallback(async (): Promise<boolean> => {
    const shown = latest.current.draft();
    if (!shown) return false;
    if (shown.path === null) return saveAs();
    if (shown.format !== 'txt' && shown.format !== 'md') {
      return (await ask({ kind: 'formatting', name: shown.name, format: shown.format.toUpperCase() })) && saveAs();
    }
    return write(shown.path, false);
  }, [saveAs, write]);

  // Ctrl+S also saves the review and a revision (useReviewKeys): both happen.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      void (event.shiftKey ? saveAs() : save());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save, saveAs]);

  return { save, saveAs, question };
}
