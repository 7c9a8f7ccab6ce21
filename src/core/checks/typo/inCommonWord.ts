import type { TypoLexicon } from './typoLexicon';
import { COMMON_WORD_FREQ } from './wordTables';

/**
 * The windows [start, start + length) of two or more characters around `at` that are common
 * dictionary words in every one of `texts` (texts of one length): as common as the words the typo
 * check offers as corrections (COMMON_WORD_FREQ). Whether there is one.
 */
export function inCommonWord(lexicon: TypoLexicon, texts: readonly string[], at: number): boolean {
  // Costs are −log relative frequency, and a character the dictionary lacks costs as much as one occurrence.
  const dearest = lexicon.unknownCost - Math.log(COMMON_WORD_FREQ);
  const common = (text: string, start: number, length: number) => {
    const cost = lexicon.cost(text, start, length);
    return cost !== undefined && cost <= dearest;
  };
  const size = texts[0]!.length;
  for (let length = 2; length <= lexicon.maxWordLength; length++) {
    for (let start = Math.max(0, at - length + 1); start <= at && start + length <= size; start++) {
      if (texts.every((text) => common(text, start, length))) return true;
    }
  }
  return false;
}
