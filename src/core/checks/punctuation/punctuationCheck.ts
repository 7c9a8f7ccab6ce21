import type { ParagraphCheck, RawFinding } from '../check';
import { dash } from './dash';
import { ellipsis } from './ellipsis';
import { halfWidthMarks } from './halfWidthMarks';
import { halfWidthParentheses } from './halfWidthParentheses';
import { pairMarks } from './markPairs';
import { mixedQuoteStyles } from './mixedQuoteStyles';
import type { PunctuationRule } from './punctuationRule';
import { scanMarks } from './scanMarks';
import { straightQuotes } from './straightQuotes';
import { unpairedMarks } from './unpairedMarks';

const RULES: readonly PunctuationRule[] = [halfWidthMarks, halfWidthParentheses, unpairedMarks, straightQuotes, mixedQuoteStyles, ellipsis, dash];

/**
 * GB/T 15834 in Chinese text. The paragraph is scanned for marks once; every rule then works
 * on that short list of marks, not on the text again, so a megabyte draft costs one regex pass.
 * Complexity: O(n + m log m) for n characters and m marks (one scan, stack pairing, one sort of
 * the unclosed openers); no rule recurses or scans a range per pair, so no paragraph is too long.
 */
export const punctuationCheck: ParagraphCheck = {
  id: 'punctuation',
  scope: 'paragraph',
  runParagraph(paragraph, ctx): RawFinding[] {
    const marks = scanMarks(paragraph);
    if (marks.length === 0) return [];
    const p = { text: paragraph, marks, pairing: pairMarks(marks) };
    const findings: RawFinding[] = [];
    for (const rule of RULES) for (const f of rule(p, ctx.lang)) findings.push(f);
    return findings;
  },
};
