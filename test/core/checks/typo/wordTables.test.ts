import { describe, expect, it } from 'vitest';
import { buildTypoLexicon, TYPO_DATA_FORMAT, type TypoData } from '../../../../src/core/checks/typo/typoLexicon';
import { buildWordTables } from '../../../../src/core/checks/typo/wordTables';

const WORDS: [string, number][] = [['逆境', 2000], ['环境', 5000], ['环保', 900], ['逆', 10], ['境', 300], ['一筹莫展', 80], ['境况', 40]];
const data: TypoData = { format: TYPO_DATA_FORMAT, source: 't', words: buildWordTables(WORDS), sound: ['境竟'], shape: [], listed: [] };
const lexicon = buildTypoLexicon(data, 0);

describe('typo word tables', () => {
  it('finds every word, in place inside a longer text, and nothing else', () => {
    for (const [word] of WORDS) expect(lexicon.cost(`他说${word}了`, 2, word.length)).toBeGreaterThan(0);
    expect(lexicon.cost('逆竟', 0, 2)).toBeUndefined();
    expect(lexicon.cost('环', 0, 1)).toBeUndefined();
  });

  it('orders costs by frequency', () => {
    expect(lexicon.cost('环境', 0, 2)!).toBeLessThan(lexicon.cost('逆境', 0, 2)!);
  });

  it('stores the cheapest word of each length, which bounds every search', () => {
    expect(lexicon.cheapest(2)).toBe(lexicon.cost('环境', 0, 2));
    expect(lexicon.cheapest(1)).toBe(lexicon.cost('境', 0, 1));
    expect(lexicon.cheapest(4)).toBe(lexicon.cost('一筹莫展', 0, 4));
    expect(lexicon.cheapest(3)).toBe(Infinity);
    // As the build stores it: JSON has no Infinity.
    const stored = buildTypoLexicon(JSON.parse(JSON.stringify(data)) as TypoData, 0);
    expect([1, 2, 3, 4].map((length) => stored.cheapest(length))).toEqual([1, 2, 3, 4].map((length) => lexicon.cheapest(length)));
  });

  it('binds a word it does not offer as a correction', () => {
    const total = WORDS.reduce((sum, [, freq]) => sum + freq, 0);
    const added = buildTypoLexicon({ ...data, words: buildWordTables([...WORDS, ['逆竟', 1000]], total, new Set(['逆竟'])) }, 0);
    expect(added.cost('逆竟', 0, 2)).toBeCloseTo(Math.log(total / 1000), 2);
    expect(added.mayFit('逆竟', 0, 2)).toBe(true);
    // 逆? still completes to 逆境 only: 逆竟 is a word, not a correction.
    expect(added.completions('逆？', 0, 2, 1, Infinity).fills.charAt(0)).toBe('境');
    expect(added.completions('逆？', 0, 2, 1, Infinity).costs.charCodeAt(1)).toBe(0xffff);
  });

  it('keeps the costs of a counted dictionary when words are added on its scale', () => {
    const total = WORDS.reduce((sum, [, freq]) => sum + freq, 0);
    const added = buildTypoLexicon({ ...data, words: buildWordTables([...WORDS, ['抗疫', 1000]], total) }, 0);
    for (const [word] of WORDS) expect(added.cost(word, 0, word.length)).toBe(lexicon.cost(word, 0, word.length));
    expect(added.cost('抗疫', 0, 2)).toBeCloseTo(Math.log(total / 1000), 2);
  });

  it('completes a masked position with the characters of common words only, likeliest first', () => {
    expect(lexicon.completions('环？', 0, 2, 1, Infinity).fills).toBe('境保');
    expect(lexicon.completions('？境', 0, 2, 0, Infinity).fills).toBe('环逆');
    expect(lexicon.completions('一？莫展', 0, 4, 1, Infinity).fills).toBe('筹');
    // 境况 is below the common-word frequency: never offered as a correction.
    expect(lexicon.completions('？况', 0, 2, 0, Infinity).fills).toBe('');
  });

  it('reads completions only up to the dearest cost asked for', () => {
    const both = lexicon.completions('环？', 0, 2, 1, Infinity);
    const cheaper = both.costs.charCodeAt(0);
    expect(both.costs.charCodeAt(1)).toBeGreaterThan(cheaper);
    expect(lexicon.completions('环？', 0, 2, 1, cheaper).fills).toBe('境');
    expect(lexicon.completions('环？', 0, 2, 1, cheaper - 1).fills).toBe('');
  });

  it('tells sound-alike characters', () => {
    const confusables = lexicon.confusables('竟'.charCodeAt(0));
    expect(confusables.get('境'.charCodeAt(0))).toBe('sound');
    expect(confusables.get('环'.charCodeAt(0))).toBeUndefined();
    expect(confusables.get('竟'.charCodeAt(0))).toBeUndefined();
  });
});

describe('typo word positions', () => {
  it('lets a window through only when its characters stand where common words have them', () => {
    // 逆 opens 逆境 and 境 closes it: 逆? may become a word, ?逆 may not.
    expect(lexicon.mayFit('逆竟', 0, 2, 1)).toBe(true);
    expect(lexicon.mayFit('竟逆', 0, 2, 0)).toBe(false);
    expect(lexicon.mayFit('一竟莫展', 0, 4, 1)).toBe(true);
    expect(lexicon.mayFit('一竟莫境', 0, 4, 1)).toBe(false);
  });

  it('lets a window through only when its neighbouring characters stand together in some common word', () => {
    const idioms = buildTypoLexicon({ format: TYPO_DATA_FORMAT, source: 't', words: buildWordTables([['一筹莫展', 100], ['十拿九稳', 100]]), sound: [], shape: [], listed: [] }, 0);
    expect(idioms.mayFit('一筹莫稳', 0, 4, 3)).toBe(true);
    // Each of 一, 拿, 莫 opens, follows or precedes in one idiom, but 一拿 stands in neither.
    expect(idioms.mayFit('一拿莫稳', 0, 4, 3)).toBe(false);
    expect(idioms.mayFit('一拿莫展', 0, 4, 1)).toBe(true);
  });

  it('knows no words of a length the dictionary does not hold', () => {
    expect(lexicon.mayFit('环境保护法', 0, 5)).toBe(false);
  });

  it('lets every window of a held length through, and costs words the same, until enough searches pay for the fast tables', () => {
    const deferred = buildTypoLexicon(data, 3);
    expect(deferred.mayFit('竟逆', 0, 2, 0)).toBe(true);
    expect(deferred.mayFit('环境保护法', 0, 5)).toBe(false);
    for (const [word] of WORDS) expect(deferred.cost(word, 0, word.length)).toBe(lexicon.cost(word, 0, word.length));
    expect(deferred.mayFit('竟逆', 0, 2, 0)).toBe(false);
  });
});
