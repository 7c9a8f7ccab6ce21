import { mentionForm, type Mention } from './mention';
import type { ParagraphScope } from './paragraphScope';
import { oneOf, trailingRunStart } from '../text/trailingRun';
import { allMatches } from '../text/allMatches';

/** Capitalised Latin-script words, runs of them joined by spaces (Jane Doe, Huawei, CRRT); full-width letters too. */
const LATIN_RE = /[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９&'.-]*(?:[ \u3000][A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９&'.-]*)*/g;

const NAME_END_MARKS = oneOf(".'-");

export function extractLatinNames(scope: ParagraphScope): Mention[] {
  const mentions: Mention[] = [];
  const matches = allMatches(LATIN_RE, scope.text);
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k]!;
    // A backward scan: `/[.'-]+$/` is quadratic on a long run of dots followed by a letter.
    const text = m[0].slice(0, trailingRunStart(m[0], NAME_END_MARKS));
    if (text.length < 2) continue;
    const start = scope.offset + m.index;
    mentions.push({
      kind: 'latin',
      start,
      end: start + text.length,
      text,
      form: mentionForm(start, start + text.length, text),
      category: 'latin',
      sentence: scope.sentenceAt(m.index),
    });
  }
  return mentions;
}
