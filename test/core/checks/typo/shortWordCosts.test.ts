import { describe, expect, it } from 'vitest';
import { ShortWordCosts, UNKEYED } from '../../../../src/core/checks/typo/shortWordCosts';
import { SortedWords } from '../../../../src/core/checks/typo/sortedWords';

/** Two-character keys over a small alphabet, sorted, with a cost code each: every pair of the alphabet is asked about. */
const ALPHABET = '的一是在不了有和人这中大为上个国我以要他';
const PAIRS = [...ALPHABET].flatMap((a, i) => [...ALPHABET].filter((_, j) => (i * 7 + j * 3) % 4 === 0).map((b) => a + b)).sort();
const PAIR_COSTS = PAIRS.map((_, n) => String.fromCharCode(100 + n)).join('');

describe('short word costs', () => {
  const pairs = ShortWordCosts.ofWords(PAIRS.join(''), PAIR_COSTS, 2);
  const sorted = new SortedWords(PAIRS.join(''), 2);

  it('agrees with the sorted table on every pair of the alphabet', () => {
    for (const a of ALPHABET) {
      for (const b of ALPHABET) {
        const at = sorted.find(`${a}${b}`, 0);
        expect(pairs.find(`${a}${b}`, 0)).toBe(at < 0 ? -1 : PAIR_COSTS.charCodeAt(at));
      }
    }
  });

  it('looks words up in place inside a longer text', () => {
    const word = PAIRS[5]!;
    expect(pairs.find(`他说${word}了`, 2)).toBe(PAIR_COSTS.charCodeAt(5));
  });

  it('keys single characters too', () => {
    const singles = ShortWordCosts.ofWords('一的是', 'ABC', 1);
    expect(singles.find('是', 0)).toBe('C'.charCodeAt(0));
    expect(singles.find('我', 0)).toBe(-1);
  });

  it('leaves text outside the CJK blocks to the sorted table', () => {
    expect(pairs.find('的a', 0)).toBe(UNKEYED);
    expect(pairs.find('、的', 0)).toBe(UNKEYED);
  });
});
