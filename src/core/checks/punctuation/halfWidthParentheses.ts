import type { RawFinding } from '../check';
import { hanBetween, isChineseBefore } from '../../text/chineseContext';
import { FULL_WIDTH, halfWidthMessage } from './halfWidthName';
import { HALF_WIDTH_RULE } from './halfWidthMarks';
import type { PunctuationRule } from './punctuationRule';

/**
 * Half-width ( ) of a pair in Chinese text: the pair encloses Han, follows Han, or its other
 * half is already full-width. One finding per mark so each carries a correct replacement.
 * f(x)的 and unpaired list markers such as "1)" are left alone.
 */
export const halfWidthParentheses: PunctuationRule = ({ text, pairing }, lang) => {
  const findings: RawFinding[] = [];
  const hasHan = hanBetween(text);
  for (const { kind, open, close } of pairing.pairs) {
    if (kind !== 'paren' || (open.text === '（' && close.text === '）')) continue;
    const chinese =
      open.text === '（' ||
      close.text === '）' ||
      hasHan(open.index + 1, close.index) ||
      (open.index > 0 && isChineseBefore(text.charCodeAt(open.index - 1)));
    if (!chinese) continue;
    for (const mark of [open, close]) {
      const full = FULL_WIDTH[mark.text];
      if (!full) continue;
      findings.push({
        rule: HALF_WIDTH_RULE,
        severity: 'warning',
        message: halfWidthMessage(lang, mark.text),
        spans: [{ start: mark.index, end: mark.index + 1 }],
        suggestion: { replacement: full },
      });
    }
  }
  return findings;
};
