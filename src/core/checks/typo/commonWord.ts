import type { TypoLexicon } from './typoLexicon';
import { COMMON_WORD_FREQ } from './wordTables';

/** A test of whether text[start, start + length) is a word of a kind. */
export type WordTest = (lexicon: TypoLexicon, text: string, start: number, length: number) => boolean;

/** Whether text[start, start + length) is a dictionary word at all. */
export const isDictionaryWord: WordTest = (lexicon, text, start, length) => lexicon.cost(text, start, length) !== undefined;

/**
 * Whether text[start, start + length) is a common dictionary word: as common as the words the typo
 * check offers as corrections (COMMON_WORD_FREQ).
 */
export const isCommonWord: WordTest = (lexicon, text, start, length) => {
  const cost = lexicon.cost(text, start, length);
  // Costs are −log relative frequency, and a character the dictionary lacks costs as much as one occurrence.
  return cost !== undefined && cost <= lexicon.unknownCost - Math.log(COMMON_WORD_FREQ);
};

/**
 * Whether some window of two or more characters around `at` is a word `isWord` accepts in every one
 * of `texts` (texts of one length).
 */
export function withinWord(lexicon: TypoLexicon, texts: readonly string[], at: number, isWord: WordTest = isCommonWord): boolean {
  const size = texts[0]!.length;
  for (let length = 2; length <= lexicon.maxWordLength; length++) {
    for (let start = Math.max(0, at - length + 1); start <= at && start + length <= size; start++) {
      if (texts.every((text) => isWord(lexicon, text, start, length))) return true;
    }
  }
  return false;
}
