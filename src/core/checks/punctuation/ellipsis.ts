import type { RawFinding } from '../check';
import { codeAt, codeBeforeStraightMarks, isChineseAfter, isChineseBefore } from '../../text/chineseContext';
import type { PunctuationRule } from './punctuationRule';
import type { Mark } from './scanMarks';
import { cachedMessage } from './cachedMessage';

const ELLIPSIS_RULE = 'punctuation.ellipsis';
const CHINESE_ELLIPSIS = '……';

/**
 * A Chinese ellipsis is two "…" (六个点). "...", "......", "。。。", a lone "…" or three of them
 * next to Chinese text are not. "…………" (twelve dots, whole lines left out) is a legitimate form.
 */
function isWrongEllipsis(mark: Mark): boolean {
  const first = mark.text[0];
  if (first === '.' || first === '。') return mark.text.length >= 3;
  return first === '…' && (mark.text.length === 1 || mark.text.length === 3);
}

export const ellipsis: PunctuationRule = ({ text, marks }, lang) => {
  const findings: RawFinding[] = [];
  for (const mark of marks) {
    if (!isWrongEllipsis(mark)) continue;
    const end = mark.index + mark.text.length;
    if (!isChineseBefore(codeBeforeStraightMarks(text, mark.index)) && !isChineseAfter(codeAt(text, end))) continue;
    findings.push({
      rule: ELLIPSIS_RULE,
      severity: 'warning',
      message: cachedMessage(lang, 'punctuation.ellipsis', { found: mark.text }),
      spans: [{ start: mark.index, end }],
      suggestion: { replacement: CHINESE_ELLIPSIS },
    });
  }
  return findings;
};
