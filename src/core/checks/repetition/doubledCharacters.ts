import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { FUNCTION_CHARACTERS } from './functionCharacters';
import { isHanCode } from '../../text/cjk';
import { codeAt } from '../../text/chineseContext';
import { CodeSet } from '../../text/codeSet';
import { isInAabb, isStandalone } from './repetitionContext';

const DOUBLED_CHARACTER_RULE = 'repetition.character';

/**
 * Any character written twice or more in a row; runs of characters outside the list are passed
 * over. A class of the function characters, scattered over the Han block, made V8 call out of the
 * compiled pattern at every position of a draft (8–9 ms a megabyte of news, now 3–4); a character repeated
 * is tested in the pattern itself.
 */
const DOUBLED_RE = /(.)\1+/g;
const FUNCTION_CODES = new CodeSet(Object.keys(FUNCTION_CHARACTERS).map((ch) => ch.charCodeAt(0)));

/**
 * Whether a pair of one function character can be legitimate: part of 的的确确-style
 * reduplication, the seam of two words (现在|在, 在|在建), 一把把, or a standalone interjection.
 */
function isLegitimatePair(text: string, start: number): boolean {
  const ch = text[start]!;
  const seams = FUNCTION_CHARACTERS[ch];
  const prev = text[start - 1] ?? '';
  const next = text[start + 2] ?? '';
  if (seams && ((prev && seams.before.includes(prev)) || (next && seams.after.includes(next)))) return true;
  // A preposition or auxiliary needs a word after it: a pair closing a clause is a sound word (磬莞将将).
  if (NEEDS_OBJECT.includes(ch) && !isHanCode(codeAt(text, start + 2))) return true;
  // 把 then the verb 把关 split by its object: 把把文字关.
  if (ch === '把' && text.slice(start + 2, start + 7).includes('关')) return true;
  return prev === '一' || isInAabb(text, start) || isStandalone(text, start, start + 2);
}

/** Function characters that never end a clause. */
const NEEDS_OBJECT = '在和与及把被为从将而并其之所以由给';

/**
 * Doubled function characters (的的, 了了, 在在). Only a closed list of characters that never
 * reduplicate is judged, so AA words (常常, 看看, 妈妈, 冉冉) are never touched. Three or more
 * in a row are always a slip.
 */
export function doubledCharacters(text: string, lang: Lang): RawFinding[] {
  const findings: RawFinding[] = [];
  DOUBLED_RE.lastIndex = 0;
  for (let m = DOUBLED_RE.exec(text); m !== null; m = DOUBLED_RE.exec(text)) {
    const unit = m[1]!;
    if (!FUNCTION_CODES.has(unit.charCodeAt(0))) continue;
    if (m[0].length === 2 && isLegitimatePair(text, m.index)) continue;
    findings.push({
      rule: DOUBLED_CHARACTER_RULE,
      severity: 'warning',
      message: t(lang, 'repetition.character', { unit, doubled: m[0] }),
      spans: [{ start: m.index, end: m.index + m[0].length }],
      suggestion: { replacement: unit },
    });
  }
  return findings;
}
