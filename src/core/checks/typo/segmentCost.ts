import type { TypoLexicon } from './typoLexicon';

/**
 * The cost (−log probability) of the likeliest segmentation of `text` into dictionary words, as a
 * unigram word model does: the lower, the more the text reads as ordinary words. Used on a few
 * characters around a candidate typo, before and after the replacement.
 */
export function segmentCost(text: string, lexicon: TypoLexicon): number {
  const best = new Array<number>(text.length + 1).fill(Infinity);
  best[0] = 0;
  for (let end = 1; end <= text.length; end++) {
    for (let len = 1; len <= Math.min(lexicon.maxWordLength, end); len++) {
      const cost = lexicon.cost(text, end - len, len) ?? (len === 1 ? lexicon.unknownCost : undefined);
      if (cost !== undefined && best[end - len]! + cost < best[end]!) best[end] = best[end - len]! + cost;
    }
  }
  return best[text.length]!;
}
