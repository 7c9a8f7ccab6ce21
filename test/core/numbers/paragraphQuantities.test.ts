import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numberClaims } from '../../../src/core/claims/numberClaims';
import { KEPT_CHARS, paragraphQuantities } from '../../../src/core/numbers/paragraphQuantities';
import { readQuantities } from '../../../src/core/numbers/readQuantities';

const FIXTURES = join(__dirname, '..', '..', 'fixtures');
const DRAFTS = ['drafts/cold-storage.txt', 'numbers/clean-report.txt', 'sources/pressRelease.txt', 'review/draft.txt'];

describe('paragraphQuantities', () => {
  it('reads a paragraph as readQuantities does, once for every reader', () => {
    const paragraph = '全县新建烘干中心3座，日烘干能力达到1200吨，比上年增长25%，约4亿元投资已到位。';
    const first = paragraphQuantities(paragraph);
    expect(first).toEqual(readQuantities(paragraph));
    expect(first.length).toBe(4);
    expect(paragraphQuantities(paragraph)).toBe(first);
  });

  it('keeps readings of at most twice KEPT_CHARS characters: a long paragraph edited again and again is not kept in every version', () => {
    const long = (n: number) => `${n}万吨。`.padEnd(KEPT_CHARS / 4, '稻');
    const first = paragraphQuantities(long(1));
    expect(paragraphQuantities(long(1))).toBe(first);
    for (let n = 2; n <= 9; n++) paragraphQuantities(long(n));
    const again = paragraphQuantities(long(1));
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });

  it.each(DRAFTS)('gives the number claims reading the whole draft at once would: %s', (path) => {
    const text = readFileSync(join(FIXTURES, path), 'utf8');
    const whole = readQuantities(text)
      .filter((q) => q.kind !== 'bare' && !(q.form === 'chinese' && q.value === 1))
      .map((q) => ({ type: 'number', start: q.start, end: q.end }));
    expect(whole.length).toBeGreaterThan(0);
    expect(numberClaims(text)).toEqual(whole);
  });
});
