import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { FUNCTION_CHARACTERS } from './functionCharacters';
import { isInAabb, isStandalone } from './repetitionContext';

const DOUBLED_CHARACTER_RULE = 'repetition.character';

const DOUBLED_RE = new RegExp(`([${Object.keys(FUNCTION_CHARACTERS).join('')}])\\1+`, 'g');

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
  return prev === '一' || isInAabb(text, start) || isStandalone(text, start, start + 2);
}

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
