import { describe, expect, it } from 'vitest';
import { SortedWords } from '../../../../src/core/checks/typo/sortedWords';

/**
 * firstEqual by comparing every key in turn: the reference the binary search (and its shortcut for
 * one-character keys) must agree with.
 */
function firstEqualByScan(keys: string, width: number, text: string, start: number, skip: number): number {
  const rest = text.slice(start, start + skip) + text.slice(start + skip + 1, start + width + 1);
  for (let n = 0; n * width < keys.length; n++) if (keys.slice(n * width, n * width + width) === rest) return n;
  return -1;
}

describe('SortedWords.firstEqual', () => {
  const ALPHABET = '一二三中国人民大学';

  it.each([1, 2])('finds the first key equal to a window with one character passed over (keys of %i)', (width) => {
    // Every key more than once, some characters never first: equal runs and empty ranges both.
    const words = [...ALPHABET]
      .flatMap((a, i) => (width === 1 ? [a, a] : [...ALPHABET].filter((_, j) => (i + j) % 3 === 0).map((b) => a + b)))
      .filter((w) => !w.startsWith('民'))
      .sort();
    const keys = words.join('');
    const sorted = new SortedWords(keys, width);
    let asked = 0;
    for (const a of ALPHABET) {
      for (const b of ALPHABET) {
        for (const c of width === 1 ? [''] : ALPHABET) {
          const text = `${a}${b}${c}`;
          for (let skip = 0; skip <= width; skip++) {
            expect(sorted.firstEqual(text, 0, skip), `${text} skipping ${skip}`).toBe(firstEqualByScan(keys, width, text, 0, skip));
            asked++;
          }
        }
      }
    }
    expect(asked).toBeGreaterThan(100);
  });
});
