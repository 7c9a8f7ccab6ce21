import type { ParagraphRow } from '../../../core/diff/revisionDiff';

/** What the comparison lists, in order: a paragraph row, or a run of unchanged rows folded into one line. */
export type CompareItem = { type: 'row'; row: number } | { type: 'fold'; from: number; to: number };

/** Unchanged paragraphs kept visible on each side of a change, for context. */
export const FOLD_CONTEXT = 1;
/** A run is folded only when that hides at least this many paragraphs (folding two would save nothing). */
const FOLD_MIN = 3;

/**
 * Folds long runs of unchanged rows (rows[from, to) of kind 'same') so the changes stand out, keeping
 * FOLD_CONTEXT rows beside each change. A fold is named by its first hidden row; the folds whose
 * names are in `expanded` are shown in full.
 */
export function foldUnchanged(rows: readonly ParagraphRow[], expanded: ReadonlySet<number>, context = FOLD_CONTEXT): CompareItem[] {
  const items: CompareItem[] = [];
  const pushRows = (from: number, to: number): void => {
    for (let row = from; row < to; row++) items.push({ type: 'row', row });
  };
  let i = 0;
  while (i < rows.length) {
    if (rows[i]!.kind !== 'same') {
      items.push({ type: 'row', row: i++ });
      continue;
    }
    let end = i;
    while (end < rows.length && rows[end]!.kind === 'same') end++;
    const from = i === 0 ? 0 : i + context;
    const to = end === rows.length ? end : end - context;
    if (to - from >= FOLD_MIN && !expanded.has(from)) {
      pushRows(i, from);
      items.push({ type: 'fold', from, to });
      pushRows(to, end);
    } else {
      pushRows(i, end);
    }
    i = end;
  }
  return items;
}

/** The index of the item showing `row`: its own row item, or the fold hiding it; -1 if none. */
export function itemIndexOfRow(items: readonly CompareItem[], row: number): number {
  return items.findIndex((item) => (item.type === 'row' ? item.row === row : item.from <= row && row < item.to));
}
