import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { isHanCode } from '../../text/cjk';
import { codeAt, hanBetween, touchesChinese } from '../../text/chineseContext';
import type { PunctuationRule } from './punctuationRule';
import type { Mark } from './scanMarks';
import { cachedMessage } from './cachedMessage';

const STRAIGHT_QUOTE_RULE = 'punctuation.straight-quote';

function finding(lang: Lang, mark: Mark, full: string): RawFinding {
  return {
    rule: STRAIGHT_QUOTE_RULE,
    severity: 'warning',
    message: cachedMessage(lang, 'punctuation.straightQuote', { full, half: mark.text }),
    spans: [{ start: mark.index, end: mark.index + 1 }],
    suggestion: { replacement: full },
  };
}

/**
 * Straight quotes in Chinese text, paired in order of appearance: a pair that encloses Han or
 * touches it becomes “ ” (or ‘ ’). A leftover " next to Chinese is reported without a
 * replacement, since its direction is a guess. Single ' counts only beside Chinese text, so
 * English apostrophes (it's, students') never pair up.
 */
export const straightQuotes: PunctuationRule = ({ text, marks }, lang) => {
  const findings: RawFinding[] = [];
  const hasHan = hanBetween(text);
  const doubles = marks.filter((m) => m.text === '"');
  const singles = marks.filter((m) => m.text === "'" && touchesChinese(text, m.index));
  for (const [quotes, open, close] of [[doubles, '“', '”'], [singles, '‘', '’']] as const) {
    for (let k = 0; k + 1 < quotes.length; k += 2) {
      const a = quotes[k]!;
      const b = quotes[k + 1]!;
      const chinese =
        hasHan(a.index + 1, b.index) || isHanCode(codeAt(text, a.index - 1)) || isHanCode(codeAt(text, b.index + 1));
      if (chinese) findings.push(finding(lang, a, open), finding(lang, b, close));
    }
  }
  const last = doubles.length % 2 === 1 ? doubles[doubles.length - 1] : undefined;
  if (last && touchesChinese(text, last.index)) {
    findings.push({
      rule: STRAIGHT_QUOTE_RULE,
      severity: 'warning',
      message: cachedMessage(lang, 'punctuation.straightQuoteUnpaired', { half: last.text }),
      spans: [{ start: last.index, end: last.index + 1 }],
    });
  }
  return findings;
};
