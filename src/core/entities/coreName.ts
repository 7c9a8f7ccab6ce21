import { toHalfWidth } from '../text/cjk';
import { INDUSTRY_WORDS_LONGEST_FIRST } from './industryWords';
import { CodeSet } from '../text/codeSet';

/**
 * The last characters of the trade words: a name ending in none of them keeps its end, which one
 * array read tells before the words are compared (every organisation of a draft is asked).
 */
const LAST_CHARS = new CodeSet(INDUSTRY_WORDS_LONGEST_FIRST.map((word) => word.charCodeAt(word.length - 1)));

/** The distinguishing part of an organisation's own name: trade words stripped from its end (薯味佳食品 → 薯味佳). */
export function stripIndustryWords(own: string): string {
  let core = own;
  for (let changed = LAST_CHARS.has(core.charCodeAt(core.length - 1)); changed; ) {
    changed = false;
    // Indexed: asked of every organisation, it runs cold, where for-of allocates per step (docs/architecture.md, "Cold code").
    for (let k = 0; k < INDUSTRY_WORDS_LONGEST_FIRST.length; k++) {
      const word = INDUSTRY_WORDS_LONGEST_FIRST[k]!;
      if (core.charCodeAt(core.length - 1) === word.charCodeAt(word.length - 1) && core.endsWith(word)) {
        core = core.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return core;
}

/** The key forms are compared on: full-width letters and digits as half-width, Latin case folded. */
export function formKey(form: string): string {
  return toHalfWidth(form).toLowerCase();
}
