import { startTransition, useEffect, useState } from 'react';
import type { DiffOptions } from '../../../core/diff/revisionDiff';
import { unpackDiff, type PackedDiff, type ShownDiff } from '../../worker/packedDiff';
import type { ComparisonSide } from './comparisonPair';

export type IgnoreOptions = Required<Pick<DiffOptions, 'ignoreWhitespace' | 'ignorePunctuationWidth'>>;

/** Runs a comparison off the UI thread (the check worker); resolves to null when a newer one replaced it. */
export type CompareTexts = (oldText: string, newText: string, options: IgnoreOptions, onProgress: (fraction: number) => void) => Promise<PackedDiff | null>;

/** A finished comparison with the two sides whose texts its offsets point into. */
export interface ShownComparison {
  diff: ShownDiff;
  old: ComparisonSide;
  new: ComparisonSide;
}

export interface RevisionDiffState {
  /** The latest finished comparison; kept on screen while a re-run (an option toggled) is computed. */
  shown: ShownComparison | null;
  running: boolean;
  progress: number;
  error: string | null;
}

/** Compares the two sides whenever they or the options change. */
export function useRevisionDiff(compare: CompareTexts, oldSide: ComparisonSide, newSide: ComparisonSide, options: IgnoreOptions): RevisionDiffState {
  const [state, setState] = useState<RevisionDiffState>({ shown: null, running: true, progress: 0, error: null });
  const { ignoreWhitespace, ignorePunctuationWidth } = options;

  useEffect(() => {
    let current = true;
    setState((s) => ({ ...s, running: true, progress: 0, error: null }));
    compare(oldSide.text, newSide.text, { ignoreWhitespace, ignorePunctuationWidth }, (progress) => {
      if (current) setState((s) => ({ ...s, progress }));
    }).then(
      (packed) => {
        if (!current || packed === null) return;
        const diff = unpackDiff(packed, oldSide.text, newSide.text);
        const shown = { diff, old: oldSide, new: newSide };
        // A transition renders the rows in slices between the editor's keystrokes instead of in one long task.
        startTransition(() => setState({ shown, running: false, progress: 1, error: null }));
      },
      (error: unknown) => {
        if (current) setState((s) => ({ ...s, running: false, error: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [compare, oldSide, newSide, ignoreWhitespace, ignorePunctuationWidth]);

  return state;
}
