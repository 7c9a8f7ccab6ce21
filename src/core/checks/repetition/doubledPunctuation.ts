import type { RawFinding } from '../check';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { allMatches } from '../../text/allMatches';

const DOUBLED_PUNCTUATION_RULE = 'repetition.punctuation';

/**
 * The same full-width pause mark twice (，， 、、 ；； ：：) or exactly two full stops (。。).
 * ？？ and ！！ are allowed stacking for emphasis (GB/T 15834), and three or more 。 are
 * an attempted ellipsis, which the punctuation family reports.
 */
const DOUBLED_RE = /([，、；：])\1+|(?<!。)。。(?!。)/g;

export function doubledPunctuation(text: string, lang: Lang): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const m of allMatches(DOUBLED_RE, text)) {
    const mark = m[0][0]!;
    findings.push({
      rule: DOUBLED_PUNCTUATION_RULE,
      severity: 'warning',
      message: t(lang, 'repetition.punctuation', { mark }),
      spans: [{ start: m.index, end: m.index + m[0].length }],
      suggestion: { replacement: mark },
    });
  }
  return findings;
}
