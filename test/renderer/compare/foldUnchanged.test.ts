import { describe, expect, it } from 'vitest';
import type { ParagraphRow, RowKind } from '../../../src/core/diff/revisionDiff';
import { foldUnchanged, itemIndexOfRow } from '../../../src/renderer/components/compare/foldUnchanged';

function rows(kinds: string): ParagraphRow[] {
  const byLetter: Record<string, RowKind> = { s: 'same', c: 'changed', a: 'added', r: 'removed', m: 'moved' };
  return [...kinds].map((letter, i) => ({ kind: byLetter[letter]!, oldIndex: i, oldStart: 0, oldEnd: 0, newIndex: i, newStart: 0, newEnd: 0 }));
}

const NONE = new Set<number>();

describe('foldUnchanged', () => {
  it('folds a long unchanged run between changes, keeping one row of context on each side', () => {
    expect(foldUnchanged(rows('csssssc'), NONE)).toEqual([
      { type: 'row', row: 0 },
      { type: 'row', row: 1 },
      { type: 'fold', from: 2, to: 5 },
      { type: 'row', row: 5 },
      { type: 'row', row: 6 },
    ]);
  });

  it('keeps no context before the first change or after the last', () => {
    expect(foldUnchanged(rows('ssssc'), NONE)).toEqual([{ type: 'fold', from: 0, to: 3 }, { type: 'row', row: 3 }, { type: 'row', row: 4 }]);
    expect(foldUnchanged(rows('mssss'), NONE)).toEqual([{ type: 'row', row: 0 }, { type: 'row', row: 1 }, { type: 'fold', from: 2, to: 5 }]);
  });

  it('does not fold runs too short to be worth it, nor folds the user expanded', () => {
    expect(foldUnchanged(rows('cssssc'), NONE).every((item) => item.type === 'row')).toBe(true);
    expect(foldUnchanged(rows('csssssc'), new Set([2])).every((item) => item.type === 'row')).toBe(true);
  });

  it('folds identical texts into one line', () => {
    expect(foldUnchanged(rows('sssssss'), NONE)).toEqual([{ type: 'fold', from: 0, to: 7 }]);
  });

  it('finds the item that shows a row, folded or not', () => {
    const items = foldUnchanged(rows('csssssc'), NONE);
    expect(itemIndexOfRow(items, 6)).toBe(4);
    expect(itemIndexOfRow(items, 3)).toBe(2);
    expect(itemIndexOfRow(items, 9)).toBe(-1);
  });
});
