import { isCommonWord } from '../typo/commonWord';
import type { TypoLexicon } from '../typo/typoLexicon';

/**
 * Whether a repeated run is held to its neighbours by common dictionary words, so that words, not
 * a slip, put the copies side by side: one that starts before the run and ends inside its first
 * copy (党|组织组织: 党组织; 夯|实抓实抓: 夯实; 标|的的: 标的) or starts inside its last copy, past
 * its first character, and ends after the run (学院机械学院机械|设计: 机械设计).
 * A word that starts with the last copy is no evidence: 发展发展迅速 is still a doubling.
 */
export function gluedRun(lexicon: TypoLexicon, text: string, start: number, end: number, unit: number): boolean {
  for (let length = 2; length <= lexicon.maxWordLength; length++) {
    for (let s = Math.max(0, start - length + 1); s < start; s++) {
      if (s + length <= start + unit && isCommonWord(lexicon, text, s, length)) return true;
    }
    for (let s = Math.max(end - unit + 1, end - length + 1); s < end; s++) {
      if (s + length > end && s + length <= text.length && isCommonWord(lexicon, text, s, length)) return true;
    }
  }
  return false;
}
