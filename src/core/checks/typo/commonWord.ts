import type { TypoLexicon } from './typoLexicon';
import { COMMON_WORD_FREQ } from './wordTables';

/**
 * Whether text[start, start + length) is a common dictionary word: as common as the words the typo
 * check offers as corrections (COMMON_WORD_FREQ).
 */
export function isCommonWord(lexicon: TypoLexicon, text: string, start: number, length: number): boolean {
  const cost = lexicon.cost(text, start, length);
  // Costs are −log relative frequency, and a character the dictionary lacks costs as much as one occurrence.
  return cost !== undefined && cost <= lexicon.unknownCost - Math.log(COMMON_WORD_FREQ);
}

/** Whether some window of two or more characters around `at` is a common word in every one of `texts` (texts of one length). */
export function inCommonWord(lexicon: TypoLexicon, texts: readonly string[], at: number): boolean {
  const size = texts[0]!.length;
  for (let length = 2; length <= lexicon.maxWordLength; length++) {
    for (let start = Math.max(0, at - length + 1); start <= at && start + length <= size; start++) {
      if (texts.every((text) => isCommonWord(lexicon, text, start, length))) return true;
    }
  }
  return false;
}
