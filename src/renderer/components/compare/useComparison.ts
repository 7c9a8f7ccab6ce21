import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../jiaokanApi';
import type { ComparisonPair, ComparisonSide } from './comparisonPair';

export interface ComparisonSources {
  /** The open draft; a different one ends the comparison (its texts belong to the draft before). */
  draft: { name: string } | null;
  /** The editor's text now, or null before the editor exists. */
  editorText(): string | null;
  /** The draft's text as it was opened. */
  openedText(): string | null;
  onError(message: string): void;
}

export interface Comparison {
  pair: ComparisonPair | null;
  /** Asks main for a file (any format the app opens) and compares it, as the old side, with the current text. */
  compareWithFile(): Promise<void>;
  /** Compares the draft as it was opened with the current text. */
  compareWithOpened(): void;
  /** Compares two given texts; a null new side means the editor's text now. */
  compareSides(old: ComparisonSide, next: ComparisonSide | null): void;
  /** Re-reads the live side(s) from the editor. */
  refresh(): void;
  close(): void;
}

function liveSide(text: string | null, draftName: string | null): ComparisonSide | null {
  return text === null ? null : { label: { kind: 'current', draftName }, text, live: true };
}

/** The comparison the app shows, if any, and the ways to start one. */
export function useComparison({ draft, editorText, openedText, onError }: ComparisonSources): Comparison {
  const [pair, setPair] = useState<ComparisonPair | null>(null);
  const nextId = useRef(1);
  const draftName = draft?.name ?? null;
  const sources = useRef({ editorText, openedText, onError, draftName });
  sources.current = { editorText, openedText, onError, draftName };

  const current = (): ComparisonSide | null => liveSide(sources.current.editorText(), sources.current.draftName);

  const compareWithFile = useCallback(async () => {
    try {
      const result = await api().pickComparisonFile();
      if (!result.ok) {
        if (result.cancelled !== true) sources.current.onError(result.message);
        return;
      }
      const now = current();
      if (now) setPair({ id: nextId.current++, old: { label: { kind: 'named', name: result.draft.name }, text: result.draft.text, live: false }, new: now });
    } catch (error) {
      sources.current.onError(error instanceof Error ? error.message : String(error));
    }
  }, []);

  const compareWithOpened = useCallback(() => {
    const opened = sources.current.openedText();
    const now = current();
    if (opened === null || !now) return;
    setPair({ id: nextId.current++, old: { label: { kind: 'opened', draftName: sources.current.draftName }, text: opened, live: false }, new: now });
  }, []);

  const compareSides = useCallback((old: ComparisonSide, next: ComparisonSide | null) => {
    const newSide = next ?? current();
    if (newSide) setPair({ id: nextId.current++, old, new: newSide });
  }, []);

  const refresh = useCallback(() => {
    const text = sources.current.editorText();
    if (text === null) return;
    const reread = (side: ComparisonSide): ComparisonSide => (side.live ? { ...side, text } : side);
    setPair((p) => p && { ...p, old: reread(p.old), new: reread(p.new) });
  }, []);

  const close = useCallback(() => setPair(null), []);

  useEffect(() => setPair(null), [draft]);

  return { pair, compareWithFile, compareWithOpened, compareSides, refresh, close };
}
