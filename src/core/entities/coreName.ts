import { toHalfWidth } from '../text/cjk';
import { INDUSTRY_WORDS_LONGEST_FIRST } from './industryWords';

/** The distinguishing part of an organisation's own name: trade words stripped from its end (薯味佳食品 → 薯味佳). */
export function stripIndustryWords(own: string): string {
  let core = own;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of INDUSTRY_WORDS_LONGEST_FIRST) {
      if (core.endsWith(word)) {
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
