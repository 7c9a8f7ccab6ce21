import type { RawFinding } from '../check';
import { codeAt, isAsciiDigitCode, isChineseAfter, isChineseBefore } from '../../text/chineseContext';
import type { PunctuationRule } from './punctuationRule';
import { cachedMessage } from './cachedMessage';

const DASH_RULE = 'punctuation.dash';
const CHINESE_DASH = '——';

/**
 * "--" (or a longer run of hyphens) typed for the Chinese dash next to Chinese text.
 * A run between two digits is a range (3--5) and a lone hyphen joins words, so neither is judged.
 */
export const dash: PunctuationRule = ({ text, marks }, lang) => {
  const findings: RawFinding[] = [];
  for (const mark of marks) {
    if (mark.text[0] !== '-') continue;
    const end = mark.index + mark.text.length;
    const before = codeAt(text, mark.index - 1);
    const after = codeAt(text, end);
    if (isAsciiDigitCode(before) && isAsciiDigitCode(after)) continue;
    if (!isChineseBefore(before) && !isChineseAfter(after)) continue;
    findings.push({
      rule: DASH_RULE,
      severity: 'warning',
      message: cachedMessage(lang, 'punctuation.dash', { found: mark.text }),
      spans: [{ start: mark.index, end }],
      suggestion: { replacement: CHINESE_DASH },
    });
  }
  return findings;
};
