import type { RawFinding } from '../check';
import type { PunctuationRule } from './punctuationRule';
import { cachedMessage } from './cachedMessage';

const MIXED_QUOTES_RULE = 'punctuation.mixed-quotes';

/**
 * 「」『』 in a paragraph that also uses “”: GB/T 15834 quotes with “” and nests with ‘’, so
 * each corner bracket gets the curly mark for its depth (「 inside an open “ becomes ‘).
 * A paragraph check cannot see a draft that is consistently 「」 in one paragraph and “” in
 * another; that would be a document check.
 */
export const mixedQuoteStyles: PunctuationRule = ({ marks }, lang) => {
  if (!marks.some((m) => m.text === '“' || m.text === '”')) return [];
  const findings: RawFinding[] = [];
  let doubleDepth = 0;
  const cornerOpeners: string[] = [];
  for (const mark of marks) {
    let full: string | undefined;
    if (mark.text === '“') doubleDepth++;
    else if (mark.text === '”') doubleDepth = Math.max(0, doubleDepth - 1);
    else if (mark.text === '「') {
      full = doubleDepth > 0 ? '‘' : '“';
      cornerOpeners.push(full);
    } else if (mark.text === '」') full = cornerOpeners.pop() === '‘' ? '’' : '”';
    else if (mark.text === '『') full = '‘';
    else if (mark.text === '』') full = '’';
    if (!full) continue;
    findings.push({
      rule: MIXED_QUOTES_RULE,
      severity: 'warning',
      message: cachedMessage(lang, 'punctuation.mixedQuotes', { full, found: mark.text }),
      spans: [{ start: mark.index, end: mark.index + 1 }],
      suggestion: { replacement: full },
    });
  }
  return findings;
};
